import { describe, expect, it } from 'vitest'
import { BUCKET_LADDER, stepFor } from '../utils/bucket-ladder'

const DAY = 86_400_000
const step = (name: string) => BUCKET_LADDER.find((s) => s.name === name)!

describe('the bucket ladder', () => {
  it('aligns buckets on the calendar the axis shows', () => {
    const at = Date.UTC(2024, 4, 15, 13, 30) // Wednesday 15 May 2024
    const bounds = (name: string) => {
      const s = step(name)
      const i = s.indexOf(at)
      return [new Date(s.startOf(i)).toISOString(), new Date(s.startOf(i + 1)).toISOString()]
    }
    expect(bounds('6h')).toEqual(['2024-05-15T12:00:00.000Z', '2024-05-15T18:00:00.000Z'])
    expect(bounds('week')).toEqual(['2024-05-13T00:00:00.000Z', '2024-05-20T00:00:00.000Z'])
    expect(bounds('month')).toEqual(['2024-05-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z'])
    expect(bounds('quarter')).toEqual(['2024-04-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z'])
    expect(bounds('year')).toEqual(['2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'])
  })

  it('handles early history (years before 100, before the epoch)', () => {
    const at = Date.UTC(1492, 9, 12)
    const year = step('year')
    expect(new Date(year.startOf(year.indexOf(at))).getUTCFullYear()).toBe(1492)
    const early = new Date(Date.UTC(2000, 0, 1))
    early.setUTCFullYear(50)
    expect(new Date(year.startOf(year.indexOf(early.getTime()))).getUTCFullYear()).toBe(50)
  })

  it('chooses the finest step with at most the given buckets across a window', () => {
    expect(BUCKET_LADDER[stepFor(DAY, 60)]!.name).toBe('hour')
    expect(BUCKET_LADDER[stepFor(10 * DAY, 60)]!.name).toBe('6h')
    expect(BUCKET_LADDER[stepFor(365 * DAY, 60)]!.name).toBe('week')
    expect(BUCKET_LADDER[stepFor(3000 * 365 * DAY, 60)]!.name).toBe('century')
  })
})
