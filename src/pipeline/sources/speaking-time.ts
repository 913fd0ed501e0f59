/**
 * The time an article's text speaks from. Usually its publication; a translation that links its
 * original was written on the original's day, in the original's zone, so its 今天 and 周四 are
 * read from there, and its untimed happenings lie before that day, not before the translation.
 */
import type { RawArticle } from '../doc'
import type { OriginalEdition } from './outlets/reader'
import { instantOf, isoInZone, wallTimeAt } from './zoned-time'

export interface SpeakingTime {
  /** ISO with the offset of `timeZone`. */
  instant: string
  timeZone: string
}

/** How far before the translation an original may lie and still be the one it translates. */
const ORIGINAL_MAX_DAYS = 366

/** Worked out once per article: the events stage asks for every clause it dates. */
const known = new WeakMap<RawArticle, SpeakingTime>()

export function speakingTime(article: RawArticle): SpeakingTime {
  const { original, published, timeZone } = article
  if (!original) return { instant: published, timeZone }
  const cached = known.get(article)
  if (cached) return cached
  const [year, month, day] = original.day.split('-').map(Number) as [number, number, number]
  const endOfDay = instantOf({ year, month, day, hour: 23, minute: 59, second: 0 }, original.timeZone)
  const time = { instant: isoInZone(Math.min(endOfDay, Date.parse(published)), original.timeZone), timeZone: original.timeZone }
  known.set(article, time)
  return time
}

/**
 * The original a page links, kept when it came out on or before the translation's day in the
 * original's zone, and within a year of it (a link to a later or an old article is something else).
 */
export function plausibleOriginal(original: OriginalEdition | null, published: string): OriginalEdition | null {
  if (!original) return null
  const pubMs = Date.parse(published)
  const w = wallTimeAt(pubMs, original.timeZone)
  const translationDay = Date.UTC(w.year, w.month - 1, w.day)
  const originalDay = Date.parse(`${original.day}T00:00:00Z`)
  if (Number.isNaN(originalDay) || originalDay > translationDay) return null
  return translationDay - originalDay <= ORIGINAL_MAX_DAYS * 86_400_000 ? original : null
}
