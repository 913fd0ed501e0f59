/**
 * Publication-time line parsers. Each takes the whole text of one block and returns an ISO time
 * with offset in the zone the line implies, or null to decline.
 */
import { isoInZone, zonedIso, type WallTime } from './zoned-time'

export interface Published {
  iso: string
  timeZone: string
}
export type LineParser = (text: string) => Published | null

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const wall = (y: string, mo: string, d: string, h = '0', mi = '0', s = '0'): WallTime => ({
  year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s),
})

const inZone = (w: WallTime, timeZone: string): Published | null => {
  const iso = zonedIso(w, timeZone)
  return iso ? { iso, timeZone } : null
}

/** RFI: `13/10/2020 - 07:35`, Paris wall-clock time (RFI's newsroom; CET or CEST by date). */
export const rfiLine: LineParser = (text) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*-\s*(\d{1,2}):(\d{2})$/.exec(text)
  return m ? inZone(wall(m[3]!, m[2]!, m[1]!, m[4]!, m[5]!), 'Europe/Paris') : null
}

/** DW: `2020-10-13T04:22:08.683Z`, an instant in UTC; presented in UTC since that is what it says. */
export const isoUtcLine: LineParser = (text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z$/.exec(text)
  return m ? inZone(wall(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6] ?? '0'), 'UTC') : null
}

/** VOA: `Tue, 13 Oct 2020 01:13:37 GMT` (RFC 1123), an instant in UTC; presented in UTC. */
export const rfc1123Line: LineParser = (text) => {
  const m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(?:GMT|UTC|\+0000)$/.exec(text)
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0
  return m && month > 0 ? inZone(wall(m[3]!, String(month), m[1]!, m[4]!, m[5]!, m[6]!), 'UTC') : null
}

/** `2020-10-12 11:54:49` without a zone: wall-clock time in the zone the outlet is known to use. */
export const localDateTimeLine = (timeZone: string): LineParser => (text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text)
  return m ? inZone(wall(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6] ?? '0'), timeZone) : null
}

/**
 * A calendar date only (BBC `<time dateTime="2020-10-12">`): noon local time in the given zone,
 * so that the day is right whichever way a reader shifts it by a few hours.
 */
export const dateOnlyNoon = (timeZone: string): LineParser => (text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  return m ? inZone(wall(m[1]!, m[2]!, m[3]!, '12'), timeZone) : null
}

/**
 * ISO with an explicit offset (`<meta property="article:published_time">`): kept at its own
 * offset; the zone is UTC for Z, else the fixed-offset zone Etc/GMT∓H (note POSIX's inverted sign),
 * since an offset alone does not name a region.
 */
export const isoWithOffset: LineParser = (text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})$/.exec(text.trim())
  if (!m) return null
  const zone = zoneOfOffset(m[7]!)
  if (!zone) return null
  return inZone(wall(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6] ?? '0'), zone)
}

function zoneOfOffset(off: string): string | null {
  if (off === 'Z') return 'UTC'
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(off)
  if (!m || m[3] !== '00') return null
  const h = Number(m[2])
  if (h === 0) return 'UTC'
  if (h > 14) return null
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${h}`
}

/** An epoch instant presented in a zone; instants before the web (1990) are not archive times. */
export function fromEpoch(ms: number, timeZone: string): Published | null {
  if (!Number.isFinite(ms) || ms < Date.UTC(1990, 0, 1) || ms > Date.UTC(2200, 0, 1)) return null
  return { iso: isoInZone(ms, timeZone), timeZone }
}

/** A date found in a URL in the outlet's zone; a bare day becomes noon local time. */
export function fromUrlDate(w: WallTime, hasTime: boolean, timeZone: string): Published | null {
  return inZone(hasTime ? w : { ...w, hour: 12, minute: 0, second: 0 }, timeZone)
}
