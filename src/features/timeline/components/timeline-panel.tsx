import { useImperativeHandle, useRef, type Ref } from 'react'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import { useTimeline, type TimeWindow } from '../hooks/use-timeline'
import type { EventItem } from '../utils/event-items'
import { zoomWindow } from '../utils/zoom'

interface TimelinePanelProps {
  items: readonly EventItem[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  window: TimeWindow | null
  onSelect: (id: string | null) => void
  /** A window the user chose (pan, zoom); null asks to fit all events. */
  onWindowChange: (window: TimeWindow | null) => void
  /** Zoom and fit for callers outside the panel (keyboard shortcuts). */
  controlsRef?: Ref<TimelineControls>
}

export interface TimelineControls {
  zoom: (factor: number) => void
  fit: () => void
}

const BUTTON =
  'whitespace-nowrap rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600'

function Legend() {
  return (
    <ul className="hidden items-center gap-4 text-xs text-slate-500 lg:flex" aria-label="Legend">
      <li className="flex items-center gap-1.5">
        <span className="inline-block size-2.5 rounded-full bg-sky-600" aria-hidden="true" /> dated event
      </li>
      <li className="flex items-center gap-1.5">
        <span className="inline-block h-2.5 w-6 rounded-sm bg-sky-200 ring-1 ring-sky-500" aria-hidden="true" /> time span
      </li>
      <li className="flex items-center gap-1.5">
        <span className="legend-uncertain inline-block h-2.5 w-6 rounded-sm ring-1 ring-slate-400" aria-hidden="true" /> uncertain
      </li>
    </ul>
  )
}

/** The interactive timeline with zoom and fit controls. */
export function TimelinePanel({ items, visibleIds, selectedId, window, onSelect, onWindowChange, controlsRef }: TimelinePanelProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const timeline = useTimeline({
    containerRef,
    items,
    visibleIds,
    selectedId,
    window,
    onSelect,
    onUserWindowChange: onWindowChange,
  })
  const zoom = (factor: number) => {
    if (timeline) onWindowChange(zoomWindow(timeline.getWindow(), factor))
  }
  const fitAll = () => {
    timeline?.fit({ animation: false })
    onWindowChange(null)
  }
  useImperativeHandle(controlsRef, () => ({ zoom, fit: fitAll }))
  return (
    <section aria-labelledby="timeline-heading" className="flex h-full flex-col">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-2">
        <div className="flex items-baseline gap-3">
          <h2 id="timeline-heading" className="text-sm font-semibold text-slate-700">
            Timeline
          </h2>
          <p className="text-xs text-slate-500" aria-live="polite">
            {visibleIds.size} of {items.length} events shown · times as stated in the articles
          </p>
        </div>
        <div className="flex items-center gap-4">
          <Legend />
          <div className="flex gap-1" role="group" aria-label="Timeline view">
            <button type="button" className={BUTTON} onClick={() => zoom(0.5)}>
              Zoom in
            </button>
            <button type="button" className={BUTTON} onClick={() => zoom(2)}>
              Zoom out
            </button>
            <button type="button" className={BUTTON} onClick={fitAll}>
              Fit all
            </button>
          </div>
        </div>
      </div>
      <div ref={containerRef} lang="zh" data-testid="timeline" className="timeline-host min-h-0 flex-1 overflow-y-auto" />
    </section>
  )
}
