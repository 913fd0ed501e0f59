import moment from 'moment'
import 'moment/dist/locale/zh-cn'
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { DataSet } from 'vis-data/peer'
import { Timeline, type TimelineOptions } from 'vis-timeline/peer'
import { renderItemContent, type EventItem } from '../utils/event-items'
import type { TimelineGroup } from '../utils/groups'
import { renderGroupLabel } from '../utils/group-label'
import { createBucketLabels, type BucketLabels } from '../utils/bucket-labels'
import { isBucket, type FeedItem } from '../utils/window-feed'
import { useWindowFeed } from './use-window-feed'

export interface TimeWindow {
  start: Date
  end: Date
}

export interface UseTimelineArgs {
  containerRef: RefObject<HTMLDivElement | null>
  items: readonly EventItem[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  /** Window to show; null fits all items. */
  window: TimeWindow | null
  onSelect: (id: string | null) => void
  /** Called only for changes the user made (drag, wheel, pinch). */
  onUserWindowChange: (window: TimeWindow) => void
  /** Rows to show (only those with shown events), or null for a single row. */
  groups: readonly TimelineGroup[] | null
  /** What "fit" shows when the window is null: the bulk of the shown events. */
  fitWindow: TimeWindow | null
  /** Axis language: moment's 'zh-cn' or 'en'. */
  locale: 'zh-cn' | 'en'
  /** Tooltip of a bucket of events, with {count}. */
  clusterTitle: string
}

const HOUR = 3_600_000
const YEAR = 365.25 * 24 * HOUR
const TOLERANCE_MS = 60_000

const OPTIONS: TimelineOptions = {
  // Grow with the stacked items; the host element scrolls vertically (native scrolling, so
  // scrollIntoView works) and the axis stays at the top of the stack.
  minHeight: '100%',
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: HOUR,
  zoomMax: 2000 * YEAR,
  margin: { item: { horizontal: 2, vertical: 4 }, axis: 6 },
  orientation: { axis: 'top', item: 'top' },
  // Event times are floating wall-clock values carried in UTC: draw the axis in UTC.
  moment: ((date: moment.MomentInput) => moment(date).utc()) as unknown as TimelineOptions['moment'],
  // News text is untrusted: keep vis-timeline's own sanitising on (it is the default) for any
  // string it renders; item content is built as DOM with textContent only.
  xss: { disabled: false },
  groupTemplate: (group) => renderGroupLabel(group as TimelineGroup),
  groupOrder: 'order',
}

/** A bucket click zooms to its span with this share of margin each side. */
const ZOOM_MARGIN = 0.05

moment.locale('en')

function optionsWith(labels: BucketLabels): TimelineOptions {
  return { ...OPTIONS, template: (item: FeedItem) => (isBucket(item) ? labels.render(item) : renderItemContent(item)) }
}

function isSameWindow(timeline: Timeline, target: TimeWindow, tolerance = TOLERANCE_MS): boolean {
  const current = timeline.getWindow()
  return (
    Math.abs(current.start.getTime() - target.start.getTime()) <= tolerance &&
    Math.abs(current.end.getTime() - target.end.getTime()) <= tolerance
  )
}

/** A refit that would move the view by less than this share of its width is skipped (no jitter on each filter toggle). */
const FIT_SLACK = 0.02

/**
 * Owns one vis-timeline widget: created in an effect and destroyed in its cleanup (StrictMode
 * safe). The DataSet held in a ref holds only what the window shows (see useWindowFeed), synced
 * as a diff, never by rebuilding the widget.
 */
export function useTimeline(args: UseTimelineArgs): Timeline | null {
  const { containerRef, items, visibleIds, selectedId, window, onSelect, onUserWindowChange, groups, fitWindow, locale, clusterTitle } = args
  const dataRef = useRef<{ set: DataSet<FeedItem, 'id'>; groupSet: DataSet<TimelineGroup, 'id'>; labels: BucketLabels } | null>(null)
  if (dataRef.current === null) {
    dataRef.current = { set: new DataSet<FeedItem, 'id'>(), groupSet: new DataSet<TimelineGroup, 'id'>(), labels: createBucketLabels() }
  }
  const { set, groupSet, labels } = dataRef.current
  const [timeline, setTimeline] = useState<Timeline | null>(null)
  const selectedRef = useRef(selectedId)
  selectedRef.current = selectedId

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const created = new Timeline(container, set as never, optionsWith(labels))
    setTimeline(created)
    return () => {
      created.destroy()
      setTimeline(null)
    }
  }, [containerRef, set, labels])

  useEffect(() => {
    if (!timeline) return
    timeline.setOptions({ locale })
  }, [timeline, locale])

  const grouped = groups !== null
  useEffect(() => {
    if (!timeline) return
    timeline.setGroups(grouped ? (groupSet as never) : (null as never))
  }, [timeline, groupSet, grouped])

  useEffect(() => {
    if (!groups) return
    const ids = new Set(groups.map((g) => g.id))
    groupSet.update([...groups])
    groupSet.remove(groupSet.getIds().filter((id) => !ids.has(String(id))))
  }, [groupSet, groups])

  const startMs = window?.start.getTime() ?? null
  const endMs = window?.end.getTime() ?? null
  const fitStart = fitWindow?.start.getTime() ?? null
  const fitEnd = fitWindow?.end.getTime() ?? null
  useEffect(() => {
    if (!timeline) return
    const apply = () => {
      if (startMs === null || endMs === null) {
        if (fitStart === null || fitEnd === null) timeline.fit({ animation: false })
        else if (!isSameWindow(timeline, { start: new Date(fitStart), end: new Date(fitEnd) }, Math.max(TOLERANCE_MS, (fitEnd - fitStart) * FIT_SLACK))) {
          timeline.setWindow(fitStart, fitEnd, { animation: false })
        }
      } else if (!isSameWindow(timeline, { start: new Date(startMs), end: new Date(endMs) })) {
        timeline.setWindow(startMs, endMs, { animation: false })
      }
    }
    apply()
    // vis-timeline fits once on its first 'changed' (maybe after this effect, on an empty view):
    // apply the window again after the next redraw so ours wins.
    const again = () => {
      timeline.off('changed', again)
      apply()
    }
    timeline.on('changed', again)
    return () => timeline.off('changed', again)
  }, [timeline, startMs, endMs, fitStart, fitEnd, items])

  const bucketHint = useMemo(() => (count: number) => clusterTitle.replace('{count}', count.toLocaleString()), [clusterTitle])
  useWindowFeed({ timeline, containerRef, set, labels, items, visibleIds, grouped, selectedId, bucketHint })

  useEffect(() => {
    if (!timeline) return
    const handleSelect = (props: { items: (string | number)[] }) => {
      const [first] = props.items
      const bucket = first === undefined ? null : set.get(first)
      if (isBucket(bucket)) {
        // A bucket is not an event: zoom to its span and keep the selection as it was.
        const current = selectedRef.current
        timeline.setSelection(current !== null && set.get(current) ? [current] : [])
        const margin = (bucket.span.end - bucket.span.start) * ZOOM_MARGIN
        onUserWindowChange({ start: new Date(bucket.span.start - margin), end: new Date(bucket.span.end + margin) })
        return
      }
      onSelect(first === undefined ? null : String(first))
    }
    const handleRange = (props: { start: Date; end: Date; byUser: boolean }) => {
      if (props.byUser) onUserWindowChange({ start: new Date(props.start), end: new Date(props.end) })
    }
    timeline.on('select', handleSelect)
    timeline.on('rangechanged', handleRange)
    return () => {
      timeline.off('select', handleSelect)
      timeline.off('rangechanged', handleRange)
    }
  }, [timeline, set, onSelect, onUserWindowChange])

  return timeline
}
