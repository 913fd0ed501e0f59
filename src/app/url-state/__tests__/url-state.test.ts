import { describe, expect, it } from 'vitest'
import {
  DEFAULT_URL_STATE,
  formatDate,
  parseDate,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../url-state'

describe('parseUrlState', () => {
  it('reads the readable flat form a user can type', () => {
    const state = parseUrlState('?event=e-abc&actors=金正恩,普京&start=2023-09-10&end=2023-09-20')
    expect(state.event).toBe('e-abc')
    expect(state.actors).toEqual(['金正恩', '普京'])
    expect(state.window?.start.toISOString()).toBe('2023-09-10T00:00:00.000Z')
    expect(state.window?.end.toISOString()).toBe('2023-09-20T00:00:00.000Z')
  })

  it('reads percent-encoded names and date-times', () => {
    const state = parseUrlState(
      `?actors=${encodeURIComponent('金正恩')}%2C${encodeURIComponent('普京')}&start=2023-09-10T08:30&end=2023-09-10T09:00`,
    )
    expect(state.actors).toEqual(['金正恩', '普京'])
    expect(state.window?.start.toISOString()).toBe('2023-09-10T08:30:00.000Z')
  })

  it('falls back to defaults for garbage without throwing', () => {
    const garbage = [
      '?event=&actors=,,,&start=yesterday&end=2023-13-45',
      '?event=<script>alert(1)</script>&start=2023-02-30&end=2023-03-01',
      `?event=${'x'.repeat(5000)}`,
      '?start=2023-09-20&end=2023-09-10',
      '?start=0000-01-01&end=99999-01-01',
      '?%E0%A4%A=1&event=%',
      '?start=2023-09-10',
    ]
    for (const search of garbage) {
      expect(parseUrlState(search), search).toEqual(DEFAULT_URL_STATE)
    }
  })

  it('truncates a huge actor list instead of failing', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `actor${i}`).join(',')
    const actors = parseUrlState(`?actors=${huge}`).actors
    expect(actors).not.toBeNull()
    expect(actors!.length).toBeLessThanOrEqual(200)
    expect(actors![0]).toBe('actor0')
  })

  it('tells "no actor checked" (empty value) from "no filter" (absent)', () => {
    expect(parseUrlState('?actors=').actors).toEqual([])
    expect(parseUrlState('').actors).toBeNull()
  })
})

describe('serializeUrlState', () => {
  it('writes commas and CJK readably and round-trips', () => {
    const state: UrlState = {
      event: 'e-abc',
      article: null,
      actors: ['金正恩', '普京'],
      window: { start: new Date('2023-09-10T00:00:00Z'), end: new Date('2023-09-20T12:15:00Z') },
    }
    const search = serializeUrlState(state)
    expect(search).toContain('actors=%E9%87%91%E6%AD%A3%E6%81%A9,%E6%99%AE%E4%BA%AC')
    expect(search).toContain('start=2023-09-10&end=2023-09-20T12:15')
    expect(parseUrlState(search)).toEqual({ ...DEFAULT_URL_STATE, ...state })
  })

  it('writes nothing for the default view', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('')
  })

  it('keeps an empty actor set distinct from no filter', () => {
    expect(parseUrlState(serializeUrlState({ ...DEFAULT_URL_STATE, actors: [] })).actors).toEqual([])
  })
})

describe('dates', () => {
  it('rounds to the minute and drops midnight', () => {
    expect(formatDate(new Date('2023-09-10T08:30:29Z'))).toBe('2023-09-10T08:30')
    expect(formatDate(new Date('2023-09-10T00:00:00Z'))).toBe('2023-09-10')
  })
  it('rejects impossible calendar dates', () => {
    expect(parseDate('2023-02-29')).toBeNull()
    expect(parseDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(parseDate('2023-09-10T25:00')).toBeNull()
  })
})
