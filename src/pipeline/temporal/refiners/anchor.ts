/**
 * 当天 / 次日 / a bare 上午 or 3点 / 同年 / 次年 take their date from the closest preceding
 * expression in the same text that fixes a day (a year for 同年), else from the one carried in
 * from earlier paragraphs of the article (`carried`); without one, 当天/次日/上午 fall back to the
 * publication day (their rule says so) and 同年/次年 are dropped.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { addDays, type CivilDate } from '../calendar'
import { dateOf, reimplyDate } from '../components'
import { granularityOf } from '../granularity'
import { hasTag, lastTagValue, ruleOf, setRule, TAG } from '../tags'

const fixesDay = (c: ParsingComponents): boolean => ['day', 'part-of-day', 'hour', 'minute'].includes(granularityOf(c))

/** The day and year an earlier text (paragraph) left as the last stated ones. */
export interface CarriedAnchor {
  day?: CivilDate
  year?: number
}

interface Anchors extends CarriedAnchor {
  /** The day comes from an earlier paragraph, not from this text. */
  dayCarried: boolean
  out: ParsingResult[]
}

/**
 * A bare 前一天 (金正恩前一日在…) is the day before the report; only "X的前一天" / 此前一天 count from a
 * day told earlier. Inside one paragraph both lean on the preceding date, as before.
 */
const countsFromReport = (result: ParsingResult, offset: number, text: string): boolean =>
  offset < 0 && !/(的|此)$/.test(text.slice(0, result.index))

function resolve(result: ParsingResult, anchors: Anchors, text: string): ParsingResult | null {
  const dayOffset = lastTagValue(result.start, TAG.anchorDay)
  const usable = anchors.day && !(anchors.dayCarried && countsFromReport(result, Number(dayOffset), text))
  if (dayOffset !== undefined && !result.start.isCertain('day') && usable) {
    reimplyDate(result.start, addDays(anchors.day!, Number(dayOffset)))
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

export const anchorRefiner = (carried: CarriedAnchor = {}): Refiner => ({
  refine: (context, results) =>
    results.reduce<Anchors>(
      (anchors, original) => {
        const result = resolve(original, anchors, context.text)
        if (!result) return anchors
        const uncertain = hasTag(result, TAG.uncertain)
        const fixes = fixesDay(result.start) && !uncertain && !result.end
        return {
          day: fixes ? dateOf(result.start) : anchors.day,
          dayCarried: fixes ? false : anchors.dayCarried,
          year: uncertain ? anchors.year : result.start.get('year') ?? anchors.year,
          out: [...anchors.out, result],
        }
      },
      { ...carried, dayCarried: carried.day !== undefined, out: [] },
    ).out,
})
