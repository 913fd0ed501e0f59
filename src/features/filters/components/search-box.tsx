import { useEffect, useRef, type RefObject } from 'react'
import { FOCUS, type FilterLabels } from './styles'

interface SearchBoxProps {
  /** The query as the URL holds it (trimmed). */
  value: string
  onChange: (query: string) => void
  /** Set by the app so the "/" key can focus the box. */
  inputRef?: RefObject<HTMLInputElement | null>
  pending: boolean
  labels: Pick<FilterLabels, 'search' | 'searchKey' | 'searchPlaceholder' | 'searchHint'>
}

/**
 * Uncontrolled so typing keeps its spaces while the URL holds the trimmed query; the box follows
 * the URL when it changes from elsewhere (clear filters, Back).
 */
export function SearchBox({ value, onChange, inputRef, pending, labels }: SearchBoxProps) {
  const ownRef = useRef<HTMLInputElement>(null)
  const ref = inputRef ?? ownRef
  useEffect(() => {
    const input = ref.current
    if (input && input.value.replace(/\s+/g, ' ').trim() !== value) input.value = value
  }, [ref, value])
  return (
    <div className="px-4 pt-3">
      <label htmlFor="event-search" className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-700">
        {labels.search} <span className="font-normal normal-case text-slate-600">{labels.searchKey}</span>
      </label>
      <input
        ref={ref}
        id="event-search"
        type="search"
        lang="zh"
        defaultValue={value}
        placeholder={labels.searchPlaceholder}
        aria-describedby="event-search-hint"
        onChange={(e) => onChange(e.currentTarget.value)}
        className={`w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-600 ${FOCUS}`}
      />
      <p id="event-search-hint" className="mt-1 text-xs text-slate-600">
        {labels.searchHint(pending)}
      </p>
    </div>
  )
}
