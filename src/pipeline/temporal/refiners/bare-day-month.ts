/**
 * A day without a month (12日, 当地时间12日) is in the publication month, or in the month before
 * when the day is still to come (a report speaks of the past); in a clause about the future, a day
 * already gone is next month's; a dateline (12日电) is always past. The end of a range takes the start's month (or the next one).
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import { addMonths, daysInMonth, type CivilDate } from '../calendar'
import { reimplyDate } from '../components'
import { isFutureClause } from '../future'
import { referenceParts } from '../reference'
import { hasTag, setRule, TAG } from '../tags'

const DATELINE = /^\s*电/

function monthFor(day: number, ref: CivilDate, future: boolean): CivilDate {
  const step = future ? 1 : -1
  let month = addMonths({ ...ref, day: 1 }, future ? (day >= ref.day ? 0 : 1) : day <= ref.day ? 0 : -1)
  while (day > daysInMonth(month.year, month.month)) month = addMonths(month, step)
  return { ...month, day }
}

export const bareDayMonthRefiner = (lang: 'zh' | 'en'): Refiner => ({
  refine: (context, results) =>
    results.map((result: ParsingResult) => {
      if (!hasTag(result.start, TAG.bareDay) || result.start.isCertain('month')) return result
      const end = result.index + result.text.length
      // A dateline (（法新社巴黎11日电）) always reports a past day.
      const dateline = DATELINE.test(context.text.slice(end, end + 2))
      const future = !dateline && isFutureClause(context.text, result.index, end, lang)
      const start = monthFor(result.start.get('day')!, referenceParts(context), future)
      reimplyDate(result.start, start)
      if (result.end && !result.end.isCertain('month')) {
        const endDay = result.end.get('day')!
        reimplyDate(result.end, endDay >= start.day ? { ...start, day: endDay } : monthFor(endDay, { ...start, day: 31 }, true))
      }
      return setRule(result, `${lang}/day-without-month${future ? '-future' : ''}`)
    }),
})
