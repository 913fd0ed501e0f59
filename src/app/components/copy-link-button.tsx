import { useEffect, useState } from 'react'

type CopyStatus = 'idle' | 'copied' | 'failed'

interface CopyLinkLabels {
  button: string
  copied: string
  failed: string
}

/** Copies the address (which holds the whole view) to the clipboard. */
export function CopyLinkButton({ labels }: { labels: CopyLinkLabels }) {
  const [status, setStatus] = useState<CopyStatus>('idle')
  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 2500)
    return () => clearTimeout(timer)
  }, [status])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }
  return (
    <div className="flex items-center gap-2">
      <span role="status" className="text-xs text-slate-300">
        {status === 'idle' ? '' : labels[status]}
      </span>
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded-md bg-white/10 px-3 py-1.5 text-sm font-medium text-white ring-1 ring-white/25 hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-white"
      >
        {labels.button}
      </button>
    </div>
  )
}
