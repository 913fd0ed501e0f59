/**
 * What the timeline draws now: vis-timeline measures every drawn item on each redraw, so it is
 * only given the events around the visible window, or, when those are too many, one count per
 * row and time bucket.
 */
import { BUCKET_LADDER, stepFor, type BucketStep } from './bucket-ladder'
import type { EventItem } from './event-items'
import { itemsBetween, type TimeIndex } from './time-index'

/** A count of the shown events that start in one row and time bucket; clicking it zooms to its span. */
export interface BucketItem {
  id: string
  kind: 'bucket'
  /** The count, compact ("12", "1.2k"), as plain text. */
  content: string
  /** Drawn slightly inside the span, so neighbouring buckets sit on one line. */
  start: Date
  end: Date
  type: 'range'
  className: string
  hint: string
  group?: string
  count: number
  /** Shade: 1 for 1–9 events, 2 for 10–99, 3 for 100–999, 4 above. */
  level: number
  /** The bucket's whole span: where a click zooms to. */
  span: { start: number; end: number }
}

export type FeedItem = EventItem | BucketItem

export interface FeedOptions {
  /** Most events drawn one by one in the window and its margins; above it, buckets. */
  limit: number
  /** At most this many buckets across one window width. */
  maxPerWindow: number
  /** At most this many buckets in all rows together; coarser steps are taken above it. */
  maxBuckets: number
  /** Margin drawn each side of the window, as a share of its width (small pans need no redraw). */
  margin: number
}

export const DEFAULT_FEED_OPTIONS: FeedOptions = { limit: 400, maxPerWindow: 60, maxBuckets: 1500, margin: 1 }

export interface FeedInput {
  /** Every event item (with its row when grouped), by time. */
  index: TimeIndex
  /** Ids passing the filters. */
  visibleIds: ReadonlySet<string>
  window: { start: number; end: number }
  grouped: boolean
  /** Drawn whenever it is shown and near the window, buckets or not. */
  selectedId: string | null
  /** Tooltip and accessible name of a bucket. */
  bucketHint: (count: number) => string
}

export interface Feed {
  mode: 'events' | 'buckets'
  items: FeedItem[]
}

export function isBucket(item: unknown): item is BucketItem {
  return typeof item === 'object' && item !== null && 'kind' in item && item.kind === 'bucket'
}

/** Share of a bucket's width left empty on each side. */
const INSET = 0.08

export function compactCount(count: number): string {
  if (count < 1000) return String(count)
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`
  return `${Math.floor(count / 1000)}k`
}

/** A shade that panning does not change: one step per power of ten. */
function level(count: number): number {
  return Math.min(4, Math.floor(Math.log10(Math.max(1, count))) + 1)
}

interface Tally {
  group: string | undefined
  index: number
  count: number
}

/** Counts per row and bucket index, keyed by numbers (building an id string per event was a third of the cost at 50k). */
function tally(events: readonly EventItem[], step: BucketStep, grouped: boolean): Map<string, Tally> {
  const rows = new Map<string | undefined, Map<number, number>>()
  for (const event of events) {
    const group = grouped ? (event.group ?? '') : undefined
    const index = step.indexOf(event.start.getTime())
    let row = rows.get(group)
    if (!row) rows.set(group, (row = new Map()))
    row.set(index, (row.get(index) ?? 0) + 1)
  }
  const buckets = new Map<string, Tally>()
  for (const [group, row] of rows) {
    for (const [index, count] of row) buckets.set(`bucket:${group ?? ''}:${step.name}:${index}`, { group, index, count })
  }
  return buckets
}

function toBucket(id: string, t: Tally, step: BucketStep, hint: (count: number) => string): BucketItem {
  const start = step.startOf(t.index)
  const end = step.startOf(t.index + 1)
  const inset = (end - start) * INSET
  return {
    id,
    kind: 'bucket',
    content: compactCount(t.count),
    start: new Date(start + inset),
    end: new Date(end - inset),
    type: 'range',
    className: 'timeline-bucket',
    hint: hint(t.count),
    ...(t.group === undefined ? {} : { group: t.group }),
    count: t.count,
    level: level(t.count),
    span: { start, end },
  }
}

/** Buckets over the events, at the finest step within both budgets. */
function bucketize(events: readonly EventItem[], input: FeedInput, o: FeedOptions): BucketItem[] {
  const width = input.window.end - input.window.start
  let stepIndex = stepFor(width, o.maxPerWindow)
  let buckets = tally(events, BUCKET_LADDER[stepIndex]!, input.grouped)
  while (buckets.size > o.maxBuckets && stepIndex < BUCKET_LADDER.length - 1) {
    stepIndex++
    buckets = tally(events, BUCKET_LADDER[stepIndex]!, input.grouped)
  }
  const step = BUCKET_LADDER[stepIndex]!
  return [...buckets].map(([id, t]) => toBucket(id, t, step, input.bucketHint))
}

/**
 * The items to draw for a window: the shown events overlapping it plus a margin each side when
 * they are at most `limit`, else counts per row and time bucket. The selected event is drawn in
 * both cases when it is shown and near the window.
 */
export function windowFeed(input: FeedInput, o: FeedOptions = DEFAULT_FEED_OPTIONS): Feed {
  const width = Math.max(0, input.window.end - input.window.start)
  const lo = input.window.start - width * o.margin
  const hi = input.window.end + width * o.margin
  const near = itemsBetween(input.index, lo, hi, (item) => input.visibleIds.has(item.id))
  if (near.length <= o.limit) return { mode: 'events', items: near }
  const selected = input.selectedId === null ? undefined : near.find((item) => item.id === input.selectedId)
  const buckets: FeedItem[] = bucketize(near, input, o)
  return { mode: 'buckets', items: selected ? [...buckets, selected] : buckets }
}
