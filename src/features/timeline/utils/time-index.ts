/**
 * Event items by time, built once per data set, so finding those near the window costs a binary
 * search plus the ranges rather than a pass over every event on each pan and filter change.
 */
import type { EventItem } from './event-items'

export interface TimeIndex {
  /** Items without an end, by start. */
  points: readonly EventItem[]
  pointStarts: Float64Array
  /** Items with an end (fewer): checked one by one. */
  ranges: readonly EventItem[]
}

export function buildTimeIndex(items: readonly EventItem[]): TimeIndex {
  const points = items.filter((item) => !item.end).sort((a, b) => a.start.getTime() - b.start.getTime())
  return {
    points,
    pointStarts: Float64Array.from(points, (item) => item.start.getTime()),
    ranges: items.filter((item) => item.end),
  }
}

/** First position whose value is ≥ target. */
function lowerBound(sorted: Float64Array, target: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The items that pass `keep` and overlap [lo, hi] (bounds included). */
export function itemsBetween(index: TimeIndex, lo: number, hi: number, keep: (item: EventItem) => boolean): EventItem[] {
  const out: EventItem[] = []
  for (let i = lowerBound(index.pointStarts, lo); i < index.points.length && index.pointStarts[i]! <= hi; i++) {
    const item = index.points[i]!
    if (keep(item)) out.push(item)
  }
  for (const item of index.ranges) {
    if (item.start.getTime() <= hi && item.end!.getTime() >= lo && keep(item)) out.push(item)
  }
  return out
}
