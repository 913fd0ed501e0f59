/**
 * 当天 / 当日 / 同日 / 次日 / 翌日 / 第二天 / 前一天 / 当晚: days relative to a date stated
 * earlier in the same text, else to the publication day (the anchor refiner decides).
 */
import { addDays } from '../../../calendar'
import { implyDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<same>当天|当日|同日|同一天|同一日)|(?<next>次日|翌日|第二天|隔天|隔日)|(?<before>前一天|前一日)|(?<sameNight>当晚|当夜)/

export const anchoredDayParser = defineParser({
  pattern: PATTERN,
  notBefore: /^(?:之内|内)/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const offset = g.next ? 1 : g.before ? -1 : 0
    const result = context.createParsingResult(match.index ?? 0, match[0])
    implyDate(result.start, addDays(referenceParts(context), offset))
    result.start.addTag(TAG.anchorDay + offset)
    if (g.sameNight) result.start.addTag(TAG.partOfDay + 'evening')
    result.start.addTag(TAG.granularity + (g.sameNight ? 'part-of-day' : 'day'))
    return setRule(result, 'zh/anchored-day-publication')
  },
})
