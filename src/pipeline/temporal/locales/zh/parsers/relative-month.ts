/** 本月 / 这个月 / 上个月 / 上月 / 下个月 / 下月: a month relative to the publication month. */
import { addMonths } from '../../../calendar'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<which>本|这个|上个?|下个?)月(?:份)?/

const OFFSET: Record<string, number> = { 本: 0, 这个: 0, 上: -1, 上个: -1, 下: 1, 下个: 1 }

export const relativeMonthParser = defineParser({
  pattern: PATTERN,
  notAfter: /[以之]$/,
  notBefore: /^(?:球|亮|光)/,
  extract: (context, match) => {
    const offset = OFFSET[match.groups?.which ?? '']
    if (offset === undefined) return null
    const month = addMonths({ ...referenceParts(context), day: 1 }, offset)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('year', month.year).assign('month', month.month).imply('day', 1)
    result.start.addTag(TAG.relative)
    return setRule(result, 'zh/relative-month')
  },
})
