/** 周五 / 星期六 / 礼拜三 / 星期天: a weekday; the news-tense refiner picks which week. */
import { addDays } from '../../../calendar'
import { implyDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import { WEEKDAY } from '../vocabulary'

const PATTERN = /(?:星期|礼拜)(?<weekday>[一二三四五六日天])|周(?<short>[一二三四五六日])/

export const weekdayParser = defineParser({
  pattern: PATTERN,
  // 每周五 repeats; 上周五/本周五 belong to the relative-weekday parser.
  notAfter: /[每上下本这个]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const weekday = WEEKDAY[g.weekday ?? g.short ?? '']
    if (weekday === undefined) return null
    const ref = referenceParts(context)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('weekday', weekday)
    implyDate(result.start, addDays(ref, -((ref.weekday - weekday + 7) % 7)))
    result.start.addTag(TAG.bareWeekday)
    return setRule(result, 'zh/weekday-news-past')
  },
})
