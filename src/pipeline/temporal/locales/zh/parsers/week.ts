/**
 * 本周 / 上周 / 下星期 without a weekday: the Monday-to-Sunday week, as an uncertain day range;
 * 上周末 / 本周末: that week's Saturday-Sunday. In news tense 本周 is the part of the week already
 * past (Monday to the publication day), or in a future clause the part still to come; 本周末 told
 * before Saturday is the weekend just past, unless the clause speaks of the future; 过去一个周末 /
 * 刚过去的周末 is always the one just past.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node'
import { addDays, diffDays, type CivilDate } from '../../../calendar'
import { isFutureClause } from '../../../future'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<which>本|这|上|下)(?:个)?(?:星期|礼拜|周)(?:(?<weekend>末)|(?![一二三四五六日天年岁期刊报]))|(?<past>(?:刚刚?)?过去(?:的|一个|这个)?)周末/

const WEEK_OFFSET: Record<string, number> = { 本: 0, 这: 0, 上: -1, 下: 1 }

/** The current week cut at the reference day: its past part, or its future part. */
export function currentWeekPart(from: CivilDate, to: CivilDate, ref: CivilDate, future: boolean): [CivilDate, CivilDate] {
  if (future) return diffDays(from, ref) > 0 && diffDays(ref, to) >= 0 ? [ref, to] : [from, to]
  return diffDays(ref, to) > 0 && diffDays(from, ref) >= 0 ? [from, ref] : [from, to]
}

export const weekParser = defineParser({
  pattern: PATTERN,
  notAfter: /[以]$/,
  extract: (context, match) => {
    if (match.groups?.past) return pastWeekend(context, match)
    const weeks = WEEK_OFFSET[match.groups?.which ?? '']
    if (weeks === undefined) return null
    const ref = referenceParts(context)
    const monday = addDays(ref, -((ref.weekday + 6) % 7) + 7 * weeks)
    const index = match.index ?? 0
    const future = isFutureClause(context.text, index, index + match[0].length, 'zh')
    const weekend = Boolean(match.groups?.weekend)
    // In news tense 这个周末 told before that weekend came is the one just past (like a bare weekday).
    const back = weeks === 0 && weekend && !future && diffDays(ref, addDays(monday, 5)) > 0 ? -7 : 0
    const week: [CivilDate, CivilDate] = [addDays(monday, (weekend ? 5 : 0) + back), addDays(monday, 6 + back)]
    const [from, to] = weeks === 0 && !weekend ? currentWeekPart(...week, ref, future) : week
    const result = context.createParsingResult(index, match[0])
    assignDate(result.start, from)
    result.end = context.createParsingComponents()
    assignDate(result.end, to)
    result.addTag(TAG.granularity + 'day').addTag(TAG.uncertain).addTag(TAG.relative)
    return setRule(result, 'zh/week')
  },
})

/** 过去一个周末 / 刚过去的周末: the last Saturday-Sunday that ended before the reference day. */
function pastWeekend(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
  const ref = referenceParts(context)
  const sunday = addDays(ref, -(ref.weekday === 0 ? 7 : ref.weekday))
  const result = context.createParsingResult(match.index ?? 0, match[0])
  assignDate(result.start, addDays(sunday, -1))
  result.end = context.createParsingComponents()
  assignDate(result.end, sunday)
  result.addTag(TAG.granularity + 'day').addTag(TAG.uncertain).addTag(TAG.relative)
  return setRule(result, 'zh/week-past-weekend')
}
