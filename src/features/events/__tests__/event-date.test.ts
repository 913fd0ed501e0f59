import { describe, expect, it } from 'vitest'
import { dayTime } from '../../../testing/fixtures'
import { formatEventDate } from '../utils/event-date'

describe('formatEventDate', () => {
  it('formats days for the language and marks uncertain ranges', () => {
    expect(formatEventDate(dayTime('2023-09-12'), { lang: 'zh', zone: 'source' })).toBe('2023年9月12日')
    expect(formatEventDate(dayTime('2023-09-18', '2023-09-24', true), { lang: 'en', zone: 'source' })).toBe('≈ 18 Sept 2023 – 24 Sept 2023')
  })
  it('shows a clock time in the zone of the publication, named', () => {
    const time = { ...dayTime('2023-09-12T14:00:00+02:00'), granularity: 'hour' as const, timeZone: 'Europe/Paris' }
    expect(formatEventDate(time, { lang: 'en', zone: 'source' })).toBe('12 Sept 2023 14:00 CEST, Europe/Paris')
  })
  it('never shifts a bare day, even in the viewer zone', () => {
    expect(formatEventDate(dayTime('2023-09-12'), { lang: 'en', zone: 'viewer' })).toBe('12 Sept 2023')
  })
})
