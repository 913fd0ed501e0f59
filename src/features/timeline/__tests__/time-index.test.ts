import { describe, expect, it } from 'vitest'
import type { EventItem } from '../utils/event-items'
import { buildTimeIndex, itemsBetween } from '../utils/time-index'

const item = (id: string, start: number, end?: number): EventItem => ({
  id, content: id, start: new Date(start), ...(end === undefined ? {} : { end: new Date(end) }), type: end === undefined ? 'box' : 'range', className: '', hint: '',
})

describe('itemsBetween', () => {
  const items = [item('late', 50), item('early', 5), item('edge', 10), item('in', 15), item('out', 31), item('long', 0, 100), item('before', 0, 9)]
  const index = buildTimeIndex(items)
  const ids = (keep: (i: EventItem) => boolean = () => true) => itemsBetween(index, 10, 30, keep).map((i) => i.id).sort()

  it('finds the points inside the span (bounds included) and the ranges overlapping it', () => {
    expect(ids()).toEqual(['edge', 'in', 'long'])
  })

  it('keeps only what the filter keeps', () => {
    expect(ids((i) => i.id !== 'long')).toEqual(['edge', 'in'])
  })
})
