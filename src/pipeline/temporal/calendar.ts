/**
 * Calendar arithmetic on civil dates (year, month 1-12, day), independent of the machine's zone:
 * everything goes through Date.UTC, and zone-local values come from Intl.
 */
export interface CivilDate {
  year: number
  month: number
  day: number
}

export interface LocalParts extends CivilDate {
  hour: number
  minute: number
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number
}

const DAY_MS = 86_400_000

const toUtc = (d: CivilDate): number => Date.UTC(d.year, d.month - 1, d.day)

const fromUtc = (ms: number): CivilDate => {
  const dt = new Date(ms)
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() }
}

export const addDays = (d: CivilDate, days: number): CivilDate => fromUtc(toUtc(d) + days * DAY_MS)

export const addMonths = (d: CivilDate, months: number): CivilDate => {
  const index = d.year * 12 + (d.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) }
}

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

export const weekdayOf = (d: CivilDate): number => new Date(toUtc(d)).getUTCDay()

/** Days from a to b (positive when b is later). */
export const diffDays = (a: CivilDate, b: CivilDate): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS)

export const isValidDate = (d: CivilDate): boolean =>
  d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month)

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

export const isoDate = (d: CivilDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`

/**
 * One formatter per zone, built on first use: constructing an Intl.DateTimeFormat costs far more
 * than formatting with it, and was a fifth of all ingest CPU when built on every call.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Wall-clock parts of an instant in an IANA zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = formatterFor(timeZone).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN)
  const civil = { year: get('year'), month: get('month'), day: get('day') }
  // A literal, not { ...civil, hour, ... }: in V8 a spread followed by new keys takes a slow path
  // (microseconds per object), and this runs for every expression.
  return { year: civil.year, month: civil.month, day: civil.day, hour: get('hour') % 24, minute: get('minute'), weekday: weekdayOf(civil) }
}

/** Offset of the zone from UTC at an instant, in minutes (Paris in summer: 120). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone)
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000)
}

/** Offset in minutes that the zone has at a given wall-clock time. */
export function offsetAtWallTime(d: CivilDate, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(d.year, d.month - 1, d.day, hour, minute)
  const first = zoneOffsetMinutes(new Date(wall), timeZone)
  const second = zoneOffsetMinutes(new Date(wall - first * 60_000), timeZone)
  return second
}

export const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** ISO date-time with the zone's offset at that wall time: 2023-09-12T14:00:00+02:00. */
export function isoDateTime(d: CivilDate, hour: number, minute: number, timeZone: string): string {
  const offset = offsetAtWallTime(d, hour, minute, timeZone)
  return `${isoDate(d)}T${pad(hour)}:${pad(minute)}:00${formatOffset(offset)}`
}
