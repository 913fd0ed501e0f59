import { describe, expect, it } from 'vitest'
import { dayTime, makeDataSet } from '../../../testing/fixtures'
import { toEventItem, toEventItems } from '../utils/event-items'
import { floatingTime } from '../utils/floating-time'
import { windowShowing } from '../utils/zoom'

const TEXT = { label: () => 'label', hint: () => 'hint' }

describe('toEventItem', () => {
  const event = makeDataSet().index.events[0]!

  it('draws a dated event as a point inside its day, at the wall-clock the article gives', () => {
    const item = toEventItem({ ...event, time: dayTime('2023-09-12') }, TEXT)!
    expect(item.type).toBe('box')
    expect(item.start.toISOString()).toBe('2023-09-12T12:00:00.000Z')
    const timed = toEventItem({ ...event, time: { ...dayTime('2023-09-12T08:30:00+09:00'), granularity: 'minute' } }, TEXT)!
    expect(timed.start.toISOString()).toBe('2023-09-12T08:30:00.000Z')
  })

  it('draws a span as a range that includes its last day, and marks uncertainty', () => {
    const item = toEventItem({ ...event, time: dayTime('2023-09-18', '2023-09-24', true) }, TEXT)!
    expect(item.type).toBe('range')
    expect(item.start.toISOString()).toBe('2023-09-18T00:00:00.000Z')
    expect(item.end?.toISOString()).toBe('2023-09-25T00:00:00.000Z')
    expect(item.className.split(' ')).toContain('is-uncertain')
  })

  it('drops an event whose time cannot be read instead of failing', () => {
    expect(toEventItem({ ...event, time: { ...event.time, start: 'garbage' } }, TEXT)).toBeNull()
    expect(toEventItems(makeDataSet().index.events, TEXT)).toHaveLength(6)
  })
})

describe('floatingTime', () => {
  it('ignores the offset: the wall-clock value is what the article says', () => {
    expect(floatingTime('2023-09-17T13:30:00+02:00')?.toISOString()).toBe('2023-09-17T13:30:00.000Z')
  })
})

describe('windowShowing', () => {
  const window = { start: new Date('2023-09-01T00:00:00Z'), end: new Date('2023-09-05T00:00:00Z') }
  it('keeps a window that already shows the event', () => {
    expect(windowShowing(window, dayTime('2023-09-03'))).toBe(window)
  })
  it('pans, keeping the zoom, to an event outside it', () => {
    const moved = windowShowing(window, dayTime('2023-09-20'))
    expect(moved.start.toISOString()).toBe('2023-09-18T12:00:00.000Z')
    expect(moved.end.toISOString()).toBe('2023-09-22T12:00:00.000Z')
  })
})
