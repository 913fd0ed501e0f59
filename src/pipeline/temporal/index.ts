/**
 * Time expressions: finds them in a text and resolves them against the publication time.
 *
 * Value conventions (the app and the eval rely on them):
 * - Calendar values are local to `ref.timeZone` (computed with Intl, never the machine's zone).
 * - 'day': start = 'YYYY-MM-DD', end = null. 'hour' / 'minute': start = ISO date-time with the
 *   zone's offset at that time. 'part-of-day': start = the day, partOfDay set, no invented hour.
 *   'month' / 'year': start = first day, end = last day of the period.
 * - Explicit ranges (10月12日至14日, 1991至1994年, 周一至周五): start/end at their granularity.
 * - Fuzzy expressions (日前, 近日, 最近 ...): uncertain = true, a day range before the
 *   publication; spans are listed in locales/zh/parsers/fuzzy.ts (稍早 = the same day,
 *   近几天 = the last 5 days, 日前/近日/最近/此前 = the 3 days before publication; 最近一次 and
 *   a near-term 近期将… are none); 最近几个月 / 过去两周 / 近三年来 span back from publication
 *   (几 = 3; recent-span.ts). Other
 *   uncertain ranges: 本周/上周 (the Monday-Sunday week; 本周 cut at the publication day, or
 *   after it in a future clause), 月初/月底 (days 1-10 / 21-end), 年初/年底 (Jan-Feb / Nov-Dec),
 *   seasons (今年秋天 = Sep-Nov) and half-years (上半年 = Jan-Jun). The year or month of publication
 *   (今年, 2020年, 本月, 10月) in a clause that does not speak of the future is that period so far
 *   (its first day to publication, uncertain days; rule "…-so-far").
 * - News tense: a bare weekday (周五, Friday) is the most recent one, the publication day
 *   included, unless its clause speaks of the future (将, 计划, 预计, will ...): then the next
 *   one. 本周X is day X of the publication week (Monday-Sunday), 上周X / 下周X of the weeks around.
 * - A day without a month (12日) is in the publication month, or the month before when it is
 *   after the publication day; in a future clause, a past day is next month's.
 * - A date without a year takes the year that puts it closest to the publication.
 * - 当天 / 次日 / 翌日 and a bare 上午 or 3点 count from the closest preceding day-level
 *   expression of the same text, else of an earlier paragraph (`carried`; a bare 前一天 is the
 *   day before the report, only "X的前一天" leans on an earlier paragraph), else from the publication day (rule "...-publication" for
 *   当天/次日, "zh/part-of-day" / "zh/clock-time" for times). 同年 / 次年 need a preceding year
 *   in the text and are dropped without one.
 * - `futureClause` is true when the clause has a future marker (将, 计划, will …); `future` when it
 *   has one or the value lies after publication.
 * - audit.rule names the parser or refiner that decided the value ("zh/weekday-news-past").
 */
import type { ParsingResult } from 'chrono-node'
import type { EventTime } from '../../schema'
import { lazy } from '../lexicon/lazy'
import { isoDate, localParts, zoneOffsetMinutes } from './calendar'
import { isFutureClause } from './future'
import { createEnChrono } from './locales/en/configuration'
import { createZhChrono, zhCouldMatch } from './locales/zh/configuration'
import { normalizeZh } from './locales/zh/hant-table'
import type { CarriedAnchor } from './refiners/anchor'
import { toEventTime } from './to-event-time'

export type { CarriedAnchor } from './refiners/anchor'

export interface ParsedTime {
  /** UTF-16 offsets into the text given to parseTimes. */
  start: number
  end: number
  text: string
  time: EventTime
  /** The clause has a word of the future (将, 计划, 预计, will …). */
  futureClause: boolean
  /** The clause speaks of the future, or the value lies after publication. */
  future: boolean
}

export interface TimeReference {
  /** Publication instant, ISO with offset. */
  instant: string
  /** IANA zone of the publication. */
  timeZone: string
}

export type TextLanguage = 'zh-Hans' | 'zh-Hant' | 'en'

/** Parsers and refiners keep no state between texts, so one engine per language serves every call. */
const zhChrono = lazy(() => createZhChrono())
const enChrono = lazy(createEnChrono)

/**
 * `carried`: the day and year stated last before this text (see lastAnchor), so that 当天 / a bare
 * 上午 opening a later paragraph counts from the story's day rather than from the publication.
 */
export function parseTimes(text: string, ref: TimeReference, language: TextLanguage, carried: CarriedAnchor = {}): ParsedTime[] {
  return timeParser(ref, language)(text, carried)
}

const isEmpty = (carried: CarriedAnchor) => carried.day === undefined && carried.year === undefined

/**
 * parseTimes for many texts against one reference (the paragraphs of an article): the zone's
 * offset and the publication day are worked out once, not per text. An engine with a carried
 * anchor is built per text (its refiner holds the anchor; the parsers are shared).
 */
export function timeParser(ref: TimeReference, language: TextLanguage): (text: string, carried?: CarriedAnchor) => ParsedTime[] {
  const instant = new Date(ref.instant)
  if (Number.isNaN(instant.getTime())) return () => []
  const lang = language === 'en' ? 'en' : 'zh'
  const timezone = zoneOffsetMinutes(instant, ref.timeZone)
  const publicationDay = isoDate(localParts(instant, ref.timeZone))
  const couldMatch = lang === 'en' ? null : zhCouldMatch()
  return (text, carried = {}) => {
    const input = lang === 'en' ? text : normalizeZh(text)
    if (couldMatch && !couldMatch.test(input)) return []
    const chrono = lang === 'en' ? enChrono() : isEmpty(carried) ? zhChrono() : createZhChrono(carried)
    const results = chrono.parse(input, { instant, timezone }) as ParsingResult[]
    return results.map((result) => {
      const start = result.index
      const end = start + result.text.length
      const expression = text.slice(start, end)
      const futureClause = isFutureClause(input, start, end, lang)
      const time = soFar(toEventTime(result, ref, expression), publicationDay, futureClause)
      return { start, end, text: expression, time, futureClause, future: futureClause || time.start.slice(0, 10) > publicationDay }
    })
  }
}

/**
 * The year or month of publication (今年, 2020年, 本月, 10月) in a clause that does not speak of the
 * future (今年以来已耗资…, 10月公布的报告) is that period so far: an uncertain day range from its
 * first day to the publication day, not one that runs to its end. Past happenings precede their report.
 */
function soFar(time: EventTime, publicationDay: string, futureClause: boolean): EventTime {
  if (futureClause || time.end === null || time.end <= publicationDay || time.start > publicationDay) return time
  // One year or one month, not a season or a span of months (今年秋天, 9至11月).
  const current =
    (time.granularity === 'year' && time.start.slice(0, 4) === publicationDay.slice(0, 4) && time.end.slice(0, 4) === publicationDay.slice(0, 4)) ||
    (time.granularity === 'month' && time.start.slice(0, 7) === publicationDay.slice(0, 7) && time.end.slice(0, 7) === publicationDay.slice(0, 7))
  if (!current) return time
  return { ...time, end: publicationDay, granularity: 'day', uncertain: true, audit: { ...time.audit, rule: `${time.audit.rule}-so-far` } }
}

const DAY_LEVEL = new Set(['day', 'part-of-day', 'hour', 'minute'])

/** The anchor a text leaves for the next one: its last certain single day and last certain year. */
export function lastAnchor(times: readonly ParsedTime[], previous: CarriedAnchor = {}): CarriedAnchor {
  return times.reduce<CarriedAnchor>((anchor, t) => {
    if (t.time.uncertain) return anchor
    const [year, month, day] = t.time.start.slice(0, 10).split('-').map(Number) as [number, number, number]
    return {
      day: DAY_LEVEL.has(t.time.granularity) && t.time.end === null ? { year, month, day } : anchor.day,
      year,
    }
  }, previous)
}
