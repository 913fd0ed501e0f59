interface ErrorNoticeProps {
  title: string
  error: unknown
  onRetry: () => void
  retrying?: boolean
  retryLabel?: string
  retryingLabel?: string
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/** A failure shown in place of the content it replaces, with the reason and a retry button. */
export function ErrorNotice({ title, error, onRetry, retrying = false, retryLabel = 'Retry', retryingLabel = 'Retrying…' }: ErrorNoticeProps) {
  return (
    <div role="alert" className="m-4 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 break-words font-mono text-xs text-red-800">{describe(error)}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-3 rounded border border-red-300 bg-white px-3 py-1 font-medium text-red-900 hover:bg-red-100 disabled:opacity-50"
      >
        {retrying ? retryingLabel : retryLabel}
      </button>
    </div>
  )
}

export function PendingNotice({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 p-4 text-sm text-slate-500">
      <span className="size-3 animate-pulse rounded-full bg-sky-400" aria-hidden="true" />
      {label}
    </div>
  )
}
