/**
 * 本周 / 上周 / 下星期 without a weekday: the Monday-to-Sunday week, as an uncertain day range;
 * 上周末 / 本周末: that week's Saturday-Sunday.
 */
import { addDays } from '../../../calendar'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<which>本|这|上|下)(?:个)?(?:星期|礼拜|周)(?:(?<weekend>末)|(?![一二三四五六日天年岁期刊报]))/

const WEEK_OFFSET: Record<string, number> = { 本: 0, 这: 0, 上: -1, 下: 1 }

export const weekParser = defineParser({
  pattern: PATTERN,
  notAfter: /[以]$/,
  extract: (context, match) => {
    const weeks = WEEK_OFFSET[match.groups?.which ?? '']
    if (weeks === undefined) return null
    const ref = referenceParts(context)
    const monday = addDays(ref, -((ref.weekday + 6) % 7) + 7 * weeks)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    assignDate(result.start, addDays(monday, match.groups?.weekend ? 5 : 0))
    result.end = context.createParsingComponents()
    assignDate(result.end, addDays(monday, 6))
    result.addTag(TAG.granularity + 'day').addTag(TAG.uncertain).addTag(TAG.relative)
    return setRule(result, 'zh/week')
  },
})
