/**
 * A date or month without a year (12月30日, 10月) takes the year that puts it closest to the
 * publication (12月30日 in a report of 2 January is last year's), except that a clause not about
 * the future does not reach more than 90 days ahead (3月8日 in an October report is this year's
 * March, rule "year-news-past"). A range's end takes the start's
 * year, or the next one when it would otherwise end before it starts.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { diffDays, type CivilDate } from '../calendar'
import { dateOf, reimplyDate } from '../components'
import { isFutureClause } from '../future'
import { referenceParts } from '../reference'
import { hasTag, setRule, TAG } from '../tags'

const needsYear = (c: ParsingComponents): boolean =>
  c.isCertain('month') && !c.isCertain('year') && !hasTag(c, TAG.relative)

/** How far after publication a past-tense clause may still mean (原定10月22日的辩论 in early October). */
const PAST_CLAUSE_LOOKAHEAD_DAYS = 90

function closestYear(c: ParsingComponents, ref: CivilDate, future: boolean): { year: number; rule: string } {
  const month = c.get('month')!
  const day = c.isCertain('day') ? c.get('day')! : 15
  const candidates = [ref.year - 1, ref.year, ref.year + 1]
  const offset = (year: number) => diffDays(ref, { year, month, day })
  const year = candidates.reduce((best, y) => (Math.abs(offset(y)) < Math.abs(offset(best)) ? y : best))
  if (!future && offset(year) > PAST_CLAUSE_LOOKAHEAD_DAYS) return { year: year - 1, rule: 'year-news-past' }
  return { year, rule: 'year-closest' }
}

export const yearClosestRefiner = (lang: 'zh' | 'en'): Refiner => ({
  refine: (context, results) =>
    results.map((result: ParsingResult) => {
      if (needsYear(result.start)) {
        const future = isFutureClause(context.text, result.index, result.index + result.text.length, lang)
        const { year, rule } = closestYear(result.start, referenceParts(context), future)
        reimplyDate(result.start, { ...dateOf(result.start), year })
        setRule(result, `${lang}/${rule}`)
      }
      const end = result.end
      if (end && !end.isCertain('year') && !hasTag(end, TAG.relative)) {
        const start = dateOf(result.start)
        const sameYear = { ...dateOf(end), year: start.year }
        end.delete('year')
        end.imply('year', diffDays(start, sameYear) < 0 ? start.year + 1 : start.year)
      }
      return result
    }),
})
