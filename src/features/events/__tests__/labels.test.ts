import { describe, expect, it } from 'vitest'
import { dayTime, makeDataSet } from '../../../testing/fixtures'
import { findEvent } from '../utils/find-event'
import { formatEventTime } from '../utils/labels'

describe('formatEventTime', () => {
  it('shows no more precision than the granularity and marks uncertain times', () => {
    expect(formatEventTime(dayTime('2023-09-12'))).toBe('2023-09-12')
    expect(formatEventTime({ ...dayTime('1492-01-01', '1492-12-31'), granularity: 'year' })).toBe('1492')
    expect(formatEventTime({ ...dayTime('2023-09-01', '2023-10-31', true), granularity: 'month' })).toBe('≈ 2023-09 – 2023-10')
    expect(formatEventTime({ ...dayTime('2023-09-12T14:05:00+02:00'), granularity: 'minute' })).toBe('2023-09-12 14:05')
  })
})

describe('findEvent', () => {
  const { events } = makeDataSet().index
  it('finds an event by its id or by an alias, and nothing for unknown ids', () => {
    expect(findEvent(events, 'e-talks')?.id).toBe('e-talks')
    expect(findEvent(events, 'e-old-arrive')?.id).toBe('e-arrive')
    expect(findEvent(events, 'e-unknown')).toBeNull()
    expect(findEvent(events, null)).toBeNull()
  })
})
