/**
 * News tense for bare weekdays: a report speaks of the past, so 周五 / "on Friday" is the most
 * recent Friday (the publication day itself when it is a Friday), unless the clause speaks of the
 * future (将, 计划, will ...): then the next one (again counting the publication day). Chrono's
 * default picks the closest one in either direction, which puts 本周二/Tuesday of a Sunday report
 * in the coming week. The end of a range (周一至周五) is the first such day on or after its start.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { addDays, weekdayOf, type CivilDate } from '../calendar'
import { dateOf, reimplyDate } from '../components'
import { isFutureClause } from '../future'
import { referenceParts } from '../reference'
import { hasTag, setRule, TAG } from '../tags'

const EN_MODIFIER = /\b(last|next|this|past|coming|previous)\b/i

const isBareWeekday = (c: ParsingComponents, text: string, lang: 'zh' | 'en'): boolean =>
  !c.isCertain('day') &&
  c.isCertain('weekday') &&
  (hasTag(c, TAG.bareWeekday) || (lang === 'en' && !c.isCertain('month') && !EN_MODIFIER.test(text)))

const onOrBefore = (from: CivilDate, weekday: number): CivilDate =>
  addDays(from, -((weekdayOf(from) - weekday + 7) % 7))
const onOrAfter = (from: CivilDate, weekday: number): CivilDate =>
  addDays(from, (weekday - weekdayOf(from) + 7) % 7)

export const newsTenseWeekdayRefiner = (lang: 'zh' | 'en'): Refiner => ({
  refine: (context, results) =>
    results.map((result: ParsingResult) => {
      if (isBareWeekday(result.start, result.text, lang)) {
        const future = isFutureClause(context.text, result.index, result.index + result.text.length, lang)
        const ref = referenceParts(context)
        const weekday = result.start.get('weekday')!
        reimplyDate(result.start, future ? onOrAfter(ref, weekday) : onOrBefore(ref, weekday))
        setRule(result, `${lang}/weekday-news-${future ? 'future' : 'past'}`)
      }
      if (result.end && isBareWeekday(result.end, result.text, lang)) {
        reimplyDate(result.end, onOrAfter(dateOf(result.start), result.end.get('weekday')!))
      }
      return result
    }),
})
