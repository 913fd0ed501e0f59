/**
 * The change from what the timeline draws to what it should draw, so the DataSet is updated in
 * place (vis-timeline then touches only those items) and never rebuilt.
 */
import type { FeedItem } from './window-feed'

export interface FeedDiff {
  add: FeedItem[]
  update: FeedItem[]
  remove: string[]
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

/**
 * DataSet.update merges fields: a field the new item lacks (a row after ungrouping, the end of
 * a former range) is set to undefined explicitly so the drawn item loses it.
 */
function replacing(before: FeedItem, item: FeedItem): FeedItem {
  const cleared = Object.fromEntries(Object.keys(before).filter((key) => !(key in item)).map((key) => [key, undefined]))
  return { ...cleared, ...item } as FeedItem
}

export function diffFeed(drawn: ReadonlyMap<string, FeedItem>, next: readonly FeedItem[]): FeedDiff {
  const add: FeedItem[] = []
  const update: FeedItem[] = []
  const remove: string[] = []
  const keep = new Set<string>()
  for (const item of next) {
    keep.add(item.id)
    const before = drawn.get(item.id)
    if (!before) add.push(item)
    else if (before.group !== item.group) {
      // vis-timeline 8 does not move an updated item to its new row: draw it anew.
      remove.push(item.id)
      add.push(item)
    } else if (!sameItem(before, item)) update.push(replacing(before, item))
  }
  for (const id of drawn.keys()) if (!keep.has(id)) remove.push(id)
  return { add, update, remove }
}

export function isEmptyDiff(diff: FeedDiff): boolean {
  return diff.add.length === 0 && diff.update.length === 0 && diff.remove.length === 0
}
