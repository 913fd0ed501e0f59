import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { DataSet } from 'vis-data/peer'
import type { Timeline } from 'vis-timeline/peer'
import type { EventItem } from '../utils/event-items'
import type { BucketLabels } from '../utils/bucket-labels'
import { diffFeed, isEmptyDiff, type FeedDiff } from '../utils/feed-diff'
import { buildTimeIndex } from '../utils/time-index'
import { isBucket, windowFeed, type FeedItem } from '../utils/window-feed'

/** Quiet time after the last range change before redrawing: one redraw per wheel or drag gesture. */
const SETTLE_MS = 160

export interface WindowFeedArgs {
  timeline: Timeline | null
  containerRef: RefObject<HTMLDivElement | null>
  set: DataSet<FeedItem, 'id'>
  labels: BucketLabels
  items: readonly EventItem[]
  visibleIds: ReadonlySet<string>
  grouped: boolean
  selectedId: string | null
  bucketHint: (count: number) => string
}

/** A counter bumped once a pan or zoom gesture has settled. */
function useSettledRange(timeline: Timeline | null): number {
  const [settled, setSettled] = useState(0)
  useEffect(() => {
    if (!timeline) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onRange = () => {
      clearTimeout(timer)
      timer = setTimeout(() => setSettled((n) => n + 1), SETTLE_MS)
    }
    timeline.on('rangechanged', onRange)
    return () => {
      clearTimeout(timer)
      timeline.off('rangechanged', onRange)
    }
  }, [timeline])
  return settled
}

/**
 * Adds items while the view is parked well before them, then puts it back (one task, so nothing is
 * painted in between). vis-timeline draws an item added inside the view at once, one forced
 * layout each (~1.5 ms per item on a large page); items that come into view are drawn in one
 * batched redraw instead.
 */
function addOffstage(timeline: Timeline, set: DataSet<FeedItem, 'id'>, items: readonly FeedItem[]): void {
  const { start, end } = timeline.getWindow()
  const width = end.getTime() - start.getTime()
  const earliest = Math.min(start.getTime(), ...items.map((item) => item.start.getTime()))
  timeline.setWindow(earliest - 10 * width, earliest - 9 * width, { animation: false })
  set.add([...items])
  timeline.setWindow(start, end, { animation: false })
}

/** Removes, relabels, then adds: each as one DataSet call. */
function applyDiff(diff: FeedDiff, timeline: Timeline, set: DataSet<FeedItem, 'id'>, labels: BucketLabels, drawn: ReadonlyMap<string, FeedItem>): void {
  for (const id of diff.remove) if (isBucket(drawn.get(id))) labels.forget(id)
  if (diff.remove.length > 0) set.remove(diff.remove)
  for (const bucket of diff.relabel) labels.relabel(bucket)
  for (const item of diff.add) if (isBucket(item)) labels.relabel(item)
  if (diff.add.length > 0) addOffstage(timeline, set, diff.add)
}

/**
 * Scrolls the timeline to its selected item once the frame with it is drawn: read then, the
 * layout is already done (read right after React's commit it forced a layout of the whole page,
 * ~0.3 s at 50k events).
 */
function scrollToSelected(container: HTMLElement | null): void {
  requestAnimationFrame(() =>
    setTimeout(() => container?.querySelector('.vis-item.vis-selected')?.scrollIntoView({ block: 'nearest' }), 0),
  )
}

/**
 * Keeps the DataSet holding only what the window shows (events, or counts per bucket), updated
 * as a diff on filter, grouping, data and selection changes and once each pan or zoom settles.
 * The selected event is drawn and selected whenever it is near the window.
 */
export function useWindowFeed(args: WindowFeedArgs): void {
  const { timeline, containerRef, set, labels, items, visibleIds, grouped, selectedId, bucketHint } = args
  const settled = useSettledRange(timeline)
  const index = useMemo(() => buildTimeIndex(items), [items])
  const drawnRef = useRef(new Map<string, FeedItem>())
  const lastSelectedRef = useRef<string | null>(null)

  useEffect(() => {
    if (!timeline) return
    const range = timeline.getWindow()
    const feed = windowFeed({
      index,
      visibleIds,
      window: { start: range.start.getTime(), end: range.end.getTime() },
      grouped,
      selectedId,
      bucketHint,
    })
    const before = drawnRef.current
    const diff = diffFeed(before, feed.items)
    if (!isEmptyDiff(diff)) {
      applyDiff(diff, timeline, set, labels, before)
      drawnRef.current = new Map(feed.items.map((item) => [item.id, item]))
    }
    const drawn = selectedId !== null && drawnRef.current.has(selectedId)
    // Only when it changed: vis-timeline redraws the selected item at once, forcing a layout of the page.
    const want = drawn ? [selectedId] : []
    const have = timeline.getSelection().map(String)
    if (have.length !== want.length || have.some((id, i) => id !== want[i])) timeline.setSelection(want)
    const newlyDrawn = drawn && (lastSelectedRef.current !== selectedId || !before.has(selectedId))
    lastSelectedRef.current = selectedId
    if (newlyDrawn) scrollToSelected(containerRef.current)
  }, [timeline, containerRef, set, labels, index, visibleIds, grouped, selectedId, bucketHint, settled])
}
