import { describe, expect, it } from 'vitest'
import { formatCalendarDay, formatInstant, viewerZone } from '../zoned-time'

describe('formatInstant', () => {
  it('shows the time in the source zone, naming it', () => {
    const text = formatInstant('2023-09-17T13:30:00+02:00', 'en', 'Europe/Paris', 'source')
    expect(text).toContain('13:30')
    expect(text).toContain('Europe/Paris')
    expect(text).toMatch(/CEST|GMT\+2/)
    expect(text).toContain('2023')
  })
  it('converts to another zone when asked for the viewer zone', () => {
    const source = formatInstant('2023-09-17T13:30:00+08:00', 'zh', 'Asia/Shanghai', 'source')
    expect(source).toContain('13:30')
    expect(source).toContain('2023年9月17日')
    expect(source).toContain('Asia/Shanghai')
    const viewer = formatInstant('2023-09-17T13:30:00+08:00', 'zh', 'Asia/Shanghai', 'viewer')
    expect(viewer).toContain(viewerZone())
    if (viewerZone() === 'UTC') expect(viewer).toContain('05:30')
  })
  it('falls back to the viewer zone for an unknown zone name instead of throwing', () => {
    expect(() => formatInstant('2023-09-17T13:30:00+08:00', 'en', 'Not/AZone', 'source')).not.toThrow()
  })
})

describe('formatCalendarDay', () => {
  it('formats a date for each language without shifting it', () => {
    expect(formatCalendarDay('2023-09-12', 'zh')).toBe('2023年9月12日')
    expect(formatCalendarDay('2023-09-12', 'en')).toBe('12 Sept 2023')
    expect(formatCalendarDay('2023-09-12', 'zh', 'month')).toBe('2023年9月')
    expect(formatCalendarDay('2023-09-12', 'en', 'year')).toBe('2023')
  })
})
