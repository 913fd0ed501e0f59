/** Calendar helpers for synthetic articles, on top of the pipeline's zone arithmetic. */
import { isoInZone, wallTimeAt, type WallTime } from '../../src/pipeline/sources/zoned-time'

/** Wall-clock parts of an instant in a zone, and the instant as ISO with that zone's offset. */
export interface ZonedParts extends WallTime {
  iso: string
}

export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const ms = instant.getTime()
  return { ...wallTimeAt(ms, timeZone), iso: isoInZone(ms, timeZone) }
}

const pad = (n: number) => String(n).padStart(2, '0')

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The calendar day `days` before a Y-M-D, as Y-M-D. */
export function daysBefore(p: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day - days))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() }
}

export { pad }
