/**
 * The change from what the timeline draws to what it should draw, so the DataSet is changed in
 * place and never rebuilt. A changed event is removed and added again rather than updated
 * (vis-timeline 8 does not move an updated item to its new row); a bucket whose count alone
 * changed is relabelled in place without telling vis-timeline, which would redraw and measure it.
 */
import { isBucket, type BucketItem, type FeedItem } from './window-feed'

export interface FeedDiff {
  add: FeedItem[]
  remove: string[]
  /** Buckets drawn where they are, with a new count. */
  relabel: BucketItem[]
}

const KEYS = ['content', 'hint', 'className', 'type', 'group'] as const

function time(value: Date | undefined): number | null {
  return value ? value.getTime() : null
}

/** Same drawing: the fields vis-timeline and the template read. */
export function sameItem(a: FeedItem, b: FeedItem): boolean {
  if (a === b) return true
  return KEYS.every((key) => a[key] === b[key]) && time(a.start) === time(b.start) && time(a.end) === time(b.end)
}

/** Same place and look, whatever the count. */
function samePlace(a: BucketItem, b: BucketItem): boolean {
  return a.group === b.group && a.className === b.className && time(a.start) === time(b.start) && time(a.end) === time(b.end)
}

export function diffFeed(drawn: ReadonlyMap<string, FeedItem>, next: readonly FeedItem[]): FeedDiff {
  const add: FeedItem[] = []
  const remove: string[] = []
  const relabel: BucketItem[] = []
  const keep = new Set<string>()
  for (const item of next) {
    keep.add(item.id)
    const before = drawn.get(item.id)
    if (before && sameItem(before, item)) continue
    if (before && isBucket(before) && isBucket(item) && samePlace(before, item)) {
      relabel.push(item)
      continue
    }
    if (before) remove.push(item.id)
    add.push(item)
  }
  for (const id of drawn.keys()) if (!keep.has(id)) remove.push(id)
  return { add, remove, relabel }
}

export function isEmptyDiff(diff: FeedDiff): boolean {
  return diff.add.length === 0 && diff.remove.length === 0 && diff.relabel.length === 0
}
