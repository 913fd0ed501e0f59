/**
 * Event times are drawn at their wall-clock value in the zone the article states them in (a
 * "floating" time, carried in a UTC Date), and the axis is drawn in UTC, so "9月12日" sits on
 * the 12th for every reader whatever their own zone.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/

export function floatingTime(value: string): Date | null {
  const match = ISO.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second))
  return Number.isNaN(date.getTime()) ? null : date
}

const DAY = 86_400_000

/** An end written as a bare date includes that whole day. */
export function floatingEnd(value: string): Date | null {
  const date = floatingTime(value)
  if (!date) return null
  return value.length <= 10 ? new Date(date.getTime() + DAY) : date
}
