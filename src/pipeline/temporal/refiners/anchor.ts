/**
 * 当天 / 次日 / a bare 上午 or 3点 / 同年 / 次年 take their date from the closest preceding
 * expression in the same text that fixes a day (a year for 同年), else from the one carried in
 * from earlier paragraphs of the article (`carried`); without one, 当天/次日/上午 fall back to the
 * publication day (their rule says so) and 同年/次年 are dropped. Inside a quote, 今天 / 昨天 count
 * from that day too, when it lies in the week before publication (see resolveQuoted).
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node'
import { addDays, diffDays, type CivilDate } from '../calendar'
import { assignDate, dateOf, reimplyDate } from '../components'
import { granularityOf } from '../granularity'
import { insideQuote } from '../../quotes'
import { referenceParts } from '../reference'
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

/** How far back the day a quote was said may lie, for its 今天 to count from it. */
const QUOTED_DAY_MAX_AGE = 7

/**
 * 他说：“总统今天再次表明了这一点” told of a debate the day before: the speaker's 今天 is the day
 * the words were said, the day the text stated last, when that day lies in the week before the
 * publication. Outside quotes, and without such a day, 今天 stays the publication day.
 */
function resolveQuoted(result: ParsingResult, anchors: Anchors, context: ParsingContext): void {
  const offset = lastTagValue(result.start, TAG.deicticDay)
  if (offset === undefined || !anchors.day || !insideQuote(context.text, result.index)) return
  const age = diffDays(anchors.day, referenceParts(context))
  if (age < 1 || age > QUOTED_DAY_MAX_AGE) return
  assignDate(result.start, addDays(anchors.day, Number(offset)))
  setRule(result, `${ruleOf(result.start)}-quoted`)
}

function resolve(result: ParsingResult, anchors: Anchors, context: ParsingContext): ParsingResult | null {
  const text = context.text
  resolveQuoted(result, anchors, context)
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
        const result = resolve(original, anchors, context)
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
