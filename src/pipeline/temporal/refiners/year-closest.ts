/**
 * A date or month without a year (12月30日, 10月) takes the year that puts it closest to the
 * publication (12月30日 in a report of 2 January is last year's). A range's end takes the start's
 * year, or the next one when it would otherwise end before it starts.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { diffDays, type CivilDate } from '../calendar'
import { dateOf, reimplyDate } from '../components'
import { referenceParts } from '../reference'
import { hasTag, setRule, TAG } from '../tags'

const needsYear = (c: ParsingComponents): boolean =>
  c.isCertain('month') && !c.isCertain('year') && !hasTag(c, TAG.relative)

function closestYear(c: ParsingComponents, ref: CivilDate): number {
  const month = c.get('month')!
  const day = c.isCertain('day') ? c.get('day')! : 15
  const candidates = [ref.year - 1, ref.year, ref.year + 1]
  const distance = (year: number) => Math.abs(diffDays(ref, { year, month, day }))
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best))
}

export const yearClosestRefiner = (lang: 'zh' | 'en'): Refiner => ({
  refine: (context, results) =>
    results.map((result: ParsingResult) => {
      if (needsYear(result.start)) {
        const year = closestYear(result.start, referenceParts(context))
        reimplyDate(result.start, { ...dateOf(result.start), year })
        setRule(result, `${lang}/year-closest`)
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
