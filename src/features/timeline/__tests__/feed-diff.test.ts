import { describe, expect, it } from 'vitest'
import type { EventItem } from '../utils/event-items'
import { diffFeed, isEmptyDiff } from '../utils/feed-diff'
import type { BucketItem, FeedItem } from '../utils/window-feed'

const item = (id: string, patch: Partial<EventItem> = {}): EventItem => ({
  id, content: id, start: new Date(Date.UTC(2024, 0, 1)), type: 'box', className: 'event-item', hint: '', ...patch,
})
const drawn = (items: FeedItem[]) => new Map(items.map((i) => [i.id, i]))

describe('diffFeed', () => {
  it('adds new items, removes gone ones, redraws changed ones and leaves the rest alone', () => {
    const a = item('a')
    const diff = diffFeed(drawn([a, item('b'), item('c')]), [a, item('c', { content: 'changed' }), item('d')])
    expect(diff.add.map((i) => `${i.id}:${i.content}`)).toEqual(['c:changed', 'd:d'])
    expect(diff.remove.sort()).toEqual(['b', 'c'])
  })

  it('sees equal copies as unchanged (same drawing, new objects)', () => {
    expect(isEmptyDiff(diffFeed(drawn([item('a'), item('b')]), [item('a'), item('b')]))).toBe(true)
  })

  it('redraws an item that changes row or loses its end', () => {
    const regrouped = diffFeed(drawn([item('a', { group: 'actor:x' })]), [item('a')])
    expect(regrouped.remove).toEqual(['a'])
    expect(regrouped.add[0]).not.toHaveProperty('group')
    const shortened = diffFeed(drawn([item('a', { type: 'range', end: new Date(Date.UTC(2024, 0, 3)) })]), [item('a')])
    expect(shortened.add.map((i) => i.id)).toEqual(['a'])
  })

  it('relabels a bucket whose count alone changed, and redraws one that moved', () => {
    const bucket = (count: number, group?: string): BucketItem => ({
      id: 'bucket::day:1', kind: 'bucket', content: String(count), start: new Date(1000), end: new Date(2000), type: 'range',
      className: 'timeline-bucket', hint: `${count}`, count, level: 1, span: { start: 0, end: 3000 }, ...(group ? { group } : {}),
    })
    const recount = diffFeed(drawn([bucket(3)]), [bucket(4)])
    expect(recount.relabel.map((b) => b.count)).toEqual([4])
    expect(recount.add).toEqual([])
    expect(recount.remove).toEqual([])
    const moved = diffFeed(drawn([bucket(3)]), [bucket(3, 'row')])
    expect(moved.relabel).toEqual([])
    expect(moved.remove).toEqual(['bucket::day:1'])
  })
})
