/** Shared classes: visible focus rings and AA-contrast text on white. */
export const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700'
export const INPUT = `w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 ${FOCUS}`
export const COUNT = 'rounded-full bg-slate-100 px-2 text-xs tabular-nums text-slate-700'
export const LEGEND = 'mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700'

/** The words of the filter panel, filled by the app in the UI language. */
export interface FilterLabels {
  heading: string; shown: (n: number, total: number) => string; clear: string; search: string; searchKey: string
  searchPlaceholder: string; searchHint: (pending: boolean) => string; types: string; outlets: string
  dateRange: string; from: string; to: string; actorMode: string; any: string; all: string; events: string
}
