/**
 * Wall-clock times in an IANA zone to ISO strings with the right UTC offset for that date
 * (CET vs CEST and so on), computed with Intl rather than hard-coded offsets.
 */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The wall-clock time an instant shows in a zone. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  return {
    year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24, minute: parts.minute ?? 0, second: parts.second ?? 0,
  }
}

function utcOf(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
}

/** Offset of a zone from UTC at an instant, in minutes. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000
  return Math.round((utcOf(wallTimeAt(whole, timeZone)) - whole) / 60000)
}

/**
 * The instant a wall-clock time denotes in a zone. The zone's offsets a day before and after are
 * the only candidates; a time shown twice (autumn) takes the earlier instant, a time skipped
 * (spring) is read with the offset before the change, so it lands just after it (02:30 → 03:30).
 */
export function instantOf(w: WallTime, timeZone: string): number {
  const guess = utcOf(w)
  const before = offsetMinutes(guess - DAY_MS, timeZone)
  const after = offsetMinutes(guess + DAY_MS, timeZone)
  const valid = [before, after]
    .map((off) => guess - off * 60000)
    .filter((t) => utcOf(wallTimeAt(t, timeZone)) === guess)
  return valid.length > 0 ? Math.min(...valid) : guess - before * 60000
}

const DAY_MS = 86_400_000

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

/** ISO 8601 with the zone's offset at that instant, e.g. 2023-09-17T13:30:00+02:00. */
export function isoInZone(ms: number, timeZone: string): string {
  const w = wallTimeAt(ms, timeZone)
  const off = offsetMinutes(ms, timeZone)
  const sign = off < 0 ? '-' : '+'
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
}

/** A wall-clock time in a zone as ISO with offset, or null when the fields are not a real date. */
export function zonedIso(w: WallTime, timeZone: string): string | null {
  if (!isRealWallTime(w)) return null
  return isoInZone(instantOf(w, timeZone), timeZone)
}

export function isRealWallTime(w: WallTime): boolean {
  if (![w.year, w.month, w.day, w.hour, w.minute, w.second].every(Number.isInteger)) return false
  if (w.year < 1900 || w.year > 2200 || w.hour > 23 || w.minute > 59 || w.second > 59) return false
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day))
  return d.getUTCMonth() === w.month - 1 && d.getUTCDate() === w.day
}
