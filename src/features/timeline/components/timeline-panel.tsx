import { useImperativeHandle, useMemo, useRef, type ReactNode, type Ref } from 'react'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import './timeline-buckets.css'
import { useTimeline, type TimeWindow } from '../hooks/use-timeline'
import type { EventItem } from '../utils/event-items'
import { bulkWindow, windowAround } from '../utils/fit'
import type { Grouped, TimelineGrouping } from '../utils/groups'
import { zoomWindow } from '../utils/zoom'
import { TimelineToolbar, type GroupingLabels, type TimelineLabels } from './timeline-toolbar'

interface TimelinePanelProps {
  items: readonly EventItem[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  window: TimeWindow | null
  onSelect: (id: string | null) => void
  /** A window the user chose (pan, zoom); null asks to fit the shown events. */
  onWindowChange: (window: TimeWindow | null) => void
  /** Zoom and fit for callers outside the panel (keyboard shortcuts). */
  controlsRef?: Ref<TimelineControls>
  grouping: TimelineGrouping
  /** Rows of the current grouping (null for none). */
  grouped: Grouped | null
  onGroupingChange: (grouping: TimelineGrouping) => void
  labels: TimelineLabels
  groupingLabels: GroupingLabels
  locale: 'zh-cn' | 'en'
  extraControls?: ReactNode
}

export interface TimelineControls {
  zoom: (factor: number) => void
  fit: () => void
}

/** Start and end of every shown event, for the fit window. */
function shownTimes(items: readonly EventItem[], visibleIds: ReadonlySet<string>): Float64Array {
  const times = new Float64Array(visibleIds.size * 2)
  let n = 0
  for (const item of items) {
    if (!visibleIds.has(item.id)) continue
    times[n++] = item.start.getTime()
    times[n++] = (item.end ?? item.start).getTime()
  }
  return times.subarray(0, n)
}

/** The interactive timeline with grouping, zoom, fit-to-bulk and jump controls. */
export function TimelinePanel(props: TimelinePanelProps) {
  const { items, visibleIds, selectedId, window, onSelect, onWindowChange, controlsRef, grouped, labels } = props
  const containerRef = useRef<HTMLDivElement>(null)
  const groupOf = grouped?.groupOf ?? null
  const placed = useMemo(
    () => (groupOf ? items.map((item) => ({ ...item, group: groupOf.get(item.id) ?? '' })) : items),
    [items, groupOf],
  )
  const groups = useMemo(() => {
    if (!grouped) return null
    const used = new Set([...visibleIds].map((id) => grouped.groupOf.get(id)))
    return grouped.groups.filter((g) => used.has(g.id))
  }, [grouped, visibleIds])
  const fitWindow = useMemo(() => bulkWindow(shownTimes(items, visibleIds)), [items, visibleIds])
  const timeline = useTimeline({
    containerRef,
    items: placed,
    visibleIds,
    selectedId,
    window,
    onSelect,
    onUserWindowChange: onWindowChange,
    groups,
    fitWindow,
    locale: props.locale,
    clusterTitle: labels.cluster,
  })
  const zoom = (factor: number) => {
    if (timeline) onWindowChange(zoomWindow(timeline.getWindow(), factor))
  }
  const fit = () => {
    if (fitWindow) timeline?.setWindow(fitWindow.start, fitWindow.end, { animation: false })
    else timeline?.fit({ animation: false })
    onWindowChange(null)
  }
  const selectedItem = selectedId ? items.find((i) => i.id === selectedId) : undefined
  const jump = () => {
    if (timeline && selectedItem) onWindowChange(windowAround(selectedItem.start.getTime(), timeline.getWindow()))
  }
  useImperativeHandle(controlsRef, () => ({ zoom, fit }))
  return (
    <section aria-labelledby="timeline-heading" className="flex h-full flex-col">
      <TimelineToolbar
        labels={labels}
        groupingLabels={props.groupingLabels}
        grouping={props.grouping}
        onGroupingChange={props.onGroupingChange}
        shown={visibleIds.size}
        total={items.length}
        canJump={selectedItem !== undefined && visibleIds.has(selectedItem.id)}
        onZoom={zoom}
        onFit={fit}
        onJump={jump}
        extra={props.extraControls}
      />
      <div ref={containerRef} lang="zh" data-testid="timeline" className="timeline-host min-h-0 flex-1 overflow-hidden sm:overflow-y-auto" />
    </section>
  )
}
