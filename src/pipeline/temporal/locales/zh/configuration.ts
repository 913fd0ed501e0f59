/**
 * The Chinese configuration: chrono's engine with our parsers (one format each) and refiners.
 * Chrono's own zh parsers are left out: they read the reference in the machine's zone and cover
 * neither bare days nor news tense; ours read it in the article's zone (see reference.ts).
 * Traditional text uses the same configuration after hant-table's normalisation.
 */
// Chrono from the English entry: the package root loads all 16 locales (~200 ms per process and worker).
import { Chrono } from 'chrono-node/en'
import { lazy } from '../../../lexicon/lazy'
import { anyPattern, type ChronoConfiguration as Configuration } from '../../parser-kit'
import { anchorRefiner, type CarriedAnchor } from '../../refiners/anchor'
import { bareDayMonthRefiner } from '../../refiners/bare-day-month'
import { clockAfterPartOfDayRefiner } from '../../refiners/clock-after-part-of-day'
import { mergeDateTimeRefiner } from '../../refiners/merge-date-time'
import { mergeDateWeekdayRefiner } from '../../refiners/merge-date-weekday'
import { mergeRangeRefiner } from '../../refiners/merge-range'
import { newsTenseWeekdayRefiner } from '../../refiners/news-tense-weekday'
import { overlapRemovalRefiner } from '../../refiners/overlap-removal'
import { validDateFilter } from '../../refiners/valid-date-filter'
import { yearClosestRefiner } from '../../refiners/year-closest'
import { zonePrefixRefiner } from '../../refiners/zone-prefix'
import { agoParser } from './parsers/ago'
import { anchoredDayParser } from './parsers/anchored-day'
import { anchoredYearParser } from './parsers/anchored-year'
import { clockTimeParser } from './parsers/clock-time'
import { dateRangeParser } from './parsers/date-range'
import { dayOnlyParser } from './parsers/day-only'
import { fuzzyParser } from './parsers/fuzzy'
import { monthPartParser } from './parsers/month-part'
import { partOfDayParser } from './parsers/part-of-day'
import { recentSpanParser } from './parsers/recent-span'
import { relativeDayParser } from './parsers/relative-day'
import { relativeMonthParser } from './parsers/relative-month'
import { holidayParser } from './parsers/holiday'
import { seasonParser } from './parsers/season'
import { shortPartOfDayParser } from './parsers/short-part-of-day'
import { relativeWeekdayParser } from './parsers/relative-weekday'
import { weekParser } from './parsers/week'
import { weekdayParser } from './parsers/weekday'
import { yearParser } from './parsers/year'
import { yearMonthParser } from './parsers/year-month'
import { yearMonthDayParser } from './parsers/year-month-day'
import { yearPartParser } from './parsers/year-part'
import { yearRangeParser } from './parsers/year-range'
import { RANGE_CONNECTOR } from './vocabulary'

// On a tie in length the earlier parser wins: specific formats first.
const PARSERS = [
  dateRangeParser, yearRangeParser, monthPartParser, yearPartParser, seasonParser, yearMonthDayParser,
  yearMonthParser, yearParser, relativeWeekdayParser, weekParser, weekdayParser, relativeDayParser,
  anchoredDayParser, anchoredYearParser, relativeMonthParser, agoParser, recentSpanParser, fuzzyParser, clockTimeParser,
  partOfDayParser, shortPartOfDayParser, dayOnlyParser, holidayParser,
]

/** Refiners before and after the anchor one; they keep no state, so they are built once. */
const BEFORE_ANCHOR = lazy(() => [
  overlapRemovalRefiner,
  mergeDateTimeRefiner,
  mergeDateWeekdayRefiner,
  mergeRangeRefiner(new RegExp(`^\\s*${RANGE_CONNECTOR}\\s*$`)),
  newsTenseWeekdayRefiner('zh'),
  bareDayMonthRefiner('zh'),
  yearClosestRefiner('zh'),
])
const AFTER_ANCHOR = [clockAfterPartOfDayRefiner('zh/clock-time'), validDateFilter, zonePrefixRefiner]

/** `carried`: the day and year stated last before this text (an earlier paragraph). */
export function createZhConfiguration(carried: CarriedAnchor = {}): Configuration {
  return {
    parsers: [...PARSERS],
    refiners: [...BEFORE_ANCHOR(), anchorRefiner(carried), ...AFTER_ANCHOR],
  }
}

export const createZhChrono = (carried: CarriedAnchor = {}): Chrono => new Chrono(createZhConfiguration(carried))

/** Matches every text in which some Chinese parser could find an expression (see anyPattern). */
export const zhCouldMatch = lazy(() => anyPattern(PARSERS))
