import { describe, expect, it } from 'vitest'
import type { EventItem } from '../utils/event-items'
import { buildTimeIndex } from '../utils/time-index'
import { compactCount, isBucket, windowFeed, type BucketItem, type FeedInput } from '../utils/window-feed'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const T0 = Date.UTC(2024, 0, 1)

function item(id: string, at: number, extra: Partial<EventItem> = {}): EventItem {
  return { id, content: id, start: new Date(at), type: 'box', className: 'event-item', hint: '', ...extra }
}

/** `n` events one hour apart from T0, alternately in rows a and b. */
function hourly(n: number): EventItem[] {
  return Array.from({ length: n }, (_, i) => item(`e${i}`, T0 + i * HOUR, { group: i % 2 === 0 ? 'a' : 'b' }))
}

function input(items: EventItem[], patch: Partial<FeedInput> = {}): FeedInput {
  return {
    index: buildTimeIndex(items),
    visibleIds: new Set(items.map((i) => i.id)),
    window: { start: T0, end: T0 + DAY },
    grouped: false,
    selectedId: null,
    bucketHint: (n) => `${n} events`,
    ...patch,
  }
}

const OPTIONS = { limit: 50, maxPerWindow: 60, maxBuckets: 1500, margin: 1 }
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort()

describe('windowFeed below the limit', () => {
  it('draws the shown events in the window and one window width each side, nothing further', () => {
    const items = [item('before', T0 - 2 * DAY), item('margin', T0 - 12 * HOUR), item('in', T0 + 5 * HOUR), item('after', T0 + 3 * DAY)]
    const feed = windowFeed(input(items), OPTIONS)
    expect(feed.mode).toBe('events')
    expect(ids(feed.items)).toEqual(['in', 'margin'])
  })

  it('leaves out filtered events, and keeps a long range that spans the whole window', () => {
    const items = [item('hidden', T0 + HOUR), item('span', T0 - 10 * DAY, { type: 'range', end: new Date(T0 + 10 * DAY) })]
    const feed = windowFeed(input(items, { visibleIds: new Set(['span']) }), OPTIONS)
    expect(ids(feed.items)).toEqual(['span'])
  })
})

describe('windowFeed above the limit', () => {
  it('counts events per time bucket, every shown event in the window and margins counted once', () => {
    const items = hourly(24 * 3) // three days: the window (day 2) and its margins
    const feed = windowFeed(input(items, { window: { start: T0 + DAY, end: T0 + 2 * DAY } }), OPTIONS)
    expect(feed.mode).toBe('buckets')
    const buckets = feed.items.filter(isBucket)
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(72)
    // A day is 24 one-hour buckets (≤ 60 per window): one event each.
    expect(buckets).toHaveLength(72)
    expect(buckets[0]!.content).toBe('1')
    expect(buckets[0]!.hint).toBe('1 events')
  })

  it('widens the buckets for a wider window, about 60 at most across it', () => {
    const items = hourly(24 * 30)
    const feed = windowFeed(input(items, { window: { start: T0 + 10 * DAY, end: T0 + 20 * DAY } }), OPTIONS)
    const buckets = feed.items.filter(isBucket)
    // Ten days: 6-hour buckets (40 across the window), 6 events in each.
    expect(buckets.every((b) => b.span.end - b.span.start === 6 * HOUR)).toBe(true)
    expect(buckets.every((b) => b.count === 6)).toBe(true)
  })

  it('keeps bucket ids while the window pans, so a pan redraws only the edges', () => {
    const items = hourly(24 * 30)
    const at = (day: number) => ids(windowFeed(input(items, { window: { start: T0 + day * DAY, end: T0 + (day + 10) * DAY } }), OPTIONS).items)
    const before = at(10)
    const after = at(11)
    const common = before.filter((id) => after.includes(id))
    expect(common.length).toBeGreaterThan(before.length * 0.8)
  })

  it('gives each row its own buckets when grouped', () => {
    const feed = windowFeed(input(hourly(24 * 3), { grouped: true, window: { start: T0 + DAY, end: T0 + 2 * DAY } }), OPTIONS)
    const buckets = feed.items.filter(isBucket)
    expect(new Set(buckets.map((b) => b.group))).toEqual(new Set(['a', 'b']))
    expect(buckets.every((b) => b.id.startsWith(`bucket:${b.group}:`))).toBe(true)
  })

  it('draws the selected event beside the buckets, as itself', () => {
    const items = hourly(24 * 3)
    const feed = windowFeed(input(items, { selectedId: 'e30', window: { start: T0 + DAY, end: T0 + 2 * DAY } }), OPTIONS)
    const selected = feed.items.find((i) => i.id === 'e30')
    expect(selected).toBe(items[30])
    expect(isBucket(selected)).toBe(false)
  })

  it('does not draw a selected event that the filters hide', () => {
    const items = hourly(24 * 3)
    const visibleIds = new Set(items.map((i) => i.id).filter((id) => id !== 'e30'))
    const feed = windowFeed(input(items, { selectedId: 'e30', visibleIds, window: { start: T0 + DAY, end: T0 + 2 * DAY } }), OPTIONS)
    expect(feed.items.some((i) => i.id === 'e30')).toBe(false)
  })

  it('draws buckets inside their span so neighbours do not overlap, and shades by count', () => {
    const feed = windowFeed(input(hourly(24 * 3), { window: { start: T0 + DAY, end: T0 + 2 * DAY } }), OPTIONS)
    const [a, b] = (feed.items.filter(isBucket) as BucketItem[]).sort((x, y) => x.span.start - y.span.start)
    expect(a!.end.getTime()).toBeLessThan(b!.start.getTime())
    expect(a!.level).toBe(1)
  })

  it('takes coarser buckets when the rows together would hold too many', () => {
    const items = hourly(24 * 3)
    const feed = windowFeed(input(items, { grouped: true, window: { start: T0 + DAY, end: T0 + 2 * DAY } }), { ...OPTIONS, maxBuckets: 20 })
    const buckets = feed.items.filter(isBucket)
    expect(buckets.length).toBeLessThanOrEqual(20)
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(72)
  })
})

describe('compactCount', () => {
  it('writes large counts short', () => {
    expect(compactCount(999)).toBe('999')
    expect(compactCount(1234)).toBe('1.2k')
    expect(compactCount(2000)).toBe('2k')
    expect(compactCount(45_678)).toBe('45k')
  })
})
