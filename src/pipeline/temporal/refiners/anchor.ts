/**
 * 当天 / 次日 / a bare 上午 or 3点 / 同年 / 次年 take their date from the closest preceding
 * expression in the same text that fixes a day (a year for 同年); without one, 当天/次日/上午 fall
 * back to the publication day (their rule says so) and 同年/次年 are dropped.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { addDays, type CivilDate } from '../calendar'
import { dateOf, reimplyDate } from '../components'
import { granularityOf } from '../granularity'
import { hasTag, lastTagValue, ruleOf, setRule, TAG } from '../tags'

const fixesDay = (c: ParsingComponents): boolean => ['day', 'part-of-day', 'hour', 'minute'].includes(granularityOf(c))

interface Anchors {
  day?: CivilDate
  year?: number
  out: ParsingResult[]
}

function resolve(result: ParsingResult, anchors: Anchors): ParsingResult | null {
  const dayOffset = lastTagValue(result.start, TAG.anchorDay)
  if (dayOffset !== undefined && !result.start.isCertain('day') && anchors.day) {
    reimplyDate(result.start, addDays(anchors.day, Number(dayOffset)))
    const rule = ruleOf(result.start)
    setRule(result, rule.endsWith('-publication') ? rule.replace(/-publication$/, '') : `${rule}-anchored`)
  }
  const yearOffset = lastTagValue(result.start, TAG.anchorYear)
  if (yearOffset !== undefined) {
    if (anchors.year === undefined) return null
    result.start.delete('year')
    result.start.imply('year', anchors.year + Number(yearOffset))
  }
  return result
}

export const anchorRefiner: Refiner = {
  refine: (_context, results) =>
    results.reduce<Anchors>(
      (anchors, original) => {
        const result = resolve(original, anchors)
        if (!result) return anchors
        const uncertain = hasTag(result, TAG.uncertain)
        return {
          day: fixesDay(result.start) && !uncertain && !result.end ? dateOf(result.start) : anchors.day,
          year: uncertain ? anchors.year : result.start.get('year') ?? anchors.year,
          out: [...anchors.out, result],
        }
      },
      { out: [] },
    ).out,
}
