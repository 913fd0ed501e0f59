import { describe, expect, it } from 'vitest'
import type { EventItem } from '../utils/event-items'
import { diffFeed, isEmptyDiff } from '../utils/feed-diff'
import type { FeedItem } from '../utils/window-feed'

const item = (id: string, patch: Partial<EventItem> = {}): EventItem => ({
  id, content: id, start: new Date(Date.UTC(2024, 0, 1)), type: 'box', className: 'event-item', hint: '', ...patch,
})
const drawn = (items: FeedItem[]) => new Map(items.map((i) => [i.id, i]))

describe('diffFeed', () => {
  it('adds, removes and updates only what changed', () => {
    const a = item('a')
    const diff = diffFeed(drawn([a, item('b'), item('c')]), [a, item('c', { content: 'changed' }), item('d')])
    expect(diff.add.map((i) => i.id)).toEqual(['d'])
    expect(diff.remove).toEqual(['b'])
    expect(diff.update.map((i) => i.content)).toEqual(['changed'])
  })

  it('sees equal copies as unchanged (same drawing, new objects)', () => {
    expect(isEmptyDiff(diffFeed(drawn([item('a'), item('b')]), [item('a'), item('b')]))).toBe(true)
  })

  it('draws an item that changes row anew (vis-timeline does not move an updated item between rows)', () => {
    const diff = diffFeed(drawn([item('a', { group: 'actor:x' })]), [item('a')])
    expect(diff.remove).toEqual(['a'])
    expect(diff.add.map((i) => i.group)).toEqual([undefined])
    expect(diff.update).toEqual([])
  })

  it('clears fields the new item lacks (a former range end), as DataSet.update merges', () => {
    const diff = diffFeed(drawn([item('a', { type: 'range', end: new Date(Date.UTC(2024, 0, 3)) })]), [item('a')])
    expect(diff.update).toHaveLength(1)
    expect('end' in diff.update[0]!).toBe(true)
    expect(diff.update[0]!.end).toBeUndefined()
  })
})
