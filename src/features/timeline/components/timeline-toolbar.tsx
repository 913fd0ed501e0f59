import type { ReactNode } from 'react'
import type { TimelineGrouping } from '../utils/groups'

export interface TimelineLabels {
  heading: string; zoomIn: string; zoomOut: string; fit: string; fitHint: string; jump: string; group: string; view: string
  cluster: string; shown: (n: number, total: number) => string; legend: string; dated: string; span: string; uncertain: string
}

export type GroupingLabels = Record<TimelineGrouping, string>

const BUTTON =
  'whitespace-nowrap rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50'
const GROUPINGS: readonly TimelineGrouping[] = ['none', 'actor', 'article', 'outlet']

function Legend({ labels }: { labels: TimelineLabels }) {
  return (
    <ul className="hidden items-center gap-4 text-xs text-slate-600 2xl:flex" aria-label={labels.legend}>
      <li className="flex items-center gap-1.5">
        <span className="inline-block size-2.5 rounded-full bg-sky-600" aria-hidden="true" /> {labels.dated}
      </li>
      <li className="flex items-center gap-1.5">
        <span className="inline-block h-2.5 w-6 rounded-sm bg-sky-200 ring-1 ring-sky-500" aria-hidden="true" /> {labels.span}
      </li>
      <li className="flex items-center gap-1.5">
        <span className="legend-uncertain inline-block h-2.5 w-6 rounded-sm ring-1 ring-slate-400" aria-hidden="true" /> {labels.uncertain}
      </li>
    </ul>
  )
}

interface ToolbarProps {
  labels: TimelineLabels
  groupingLabels: GroupingLabels
  grouping: TimelineGrouping
  onGroupingChange: (grouping: TimelineGrouping) => void
  shown: number
  total: number
  canJump: boolean
  onZoom: (factor: number) => void
  onFit: () => void
  onJump: () => void
  /** Controls the app adds (time zone, export). */
  extra?: ReactNode
}

/** Heading, counts and the view controls of the timeline. */
export function TimelineToolbar(props: ToolbarProps) {
  const { labels, groupingLabels, grouping, onGroupingChange, shown, total, canJump, onZoom, onFit, onJump, extra } = props
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 border-b border-slate-200 px-4 py-2">
      <div className="flex items-baseline gap-3">
        <h2 id="timeline-heading" className="text-sm font-semibold text-slate-700">
          {labels.heading}
        </h2>
        <p className="text-xs text-slate-600" aria-live="polite">
          {labels.shown(shown, total)}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Legend labels={labels} />
        <label className="flex items-center gap-1 text-sm text-slate-700">
          {labels.group}
          <select
            value={grouping}
            onChange={(e) => onGroupingChange(e.currentTarget.value as TimelineGrouping)}
            className="rounded border border-slate-300 bg-white px-1.5 py-1 text-sm"
          >
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {groupingLabels[g]}
              </option>
            ))}
          </select>
        </label>
        <div className="flex gap-1" role="group" aria-label={labels.view}>
          <button type="button" className={BUTTON} onClick={() => onZoom(0.5)}>
            {labels.zoomIn}
          </button>
          <button type="button" className={BUTTON} onClick={() => onZoom(2)}>
            {labels.zoomOut}
          </button>
          <button type="button" className={BUTTON} onClick={onFit} title={labels.fitHint} aria-describedby="timeline-fit-hint">
            {labels.fit}
          </button>
          <button type="button" className={BUTTON} onClick={onJump} disabled={!canJump}>
            {labels.jump}
          </button>
          <span id="timeline-fit-hint" className="sr-only">
            {labels.fitHint}
          </span>
        </div>
        {extra}
      </div>
    </div>
  )
}
