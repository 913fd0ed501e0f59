/**
 * 本月 / 这个月 / 上个月 / 上月 / 下个月 / 下月: a month relative to the publication month.
 * 本月早些时候 (earlier this month) is the days of this month up to publication.
 */
import { addMonths } from '../../../calendar'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<which>本|这个|上个?|下个?)月(?:份)?(?<early>早些时候|稍早|早前|较早时候)?/

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
    if (match.groups?.early && offset === 0) {
      const ref = referenceParts(context)
      assignDate(result.start, { ...ref, day: 1 })
      result.end = context.createParsingComponents()
      assignDate(result.end, ref)
      result.addTag(TAG.uncertain).addTag(TAG.granularity + 'day').addTag(TAG.relative)
      return setRule(result, 'zh/relative-month')
    }
    result.start.assign('year', month.year).assign('month', month.month).imply('day', 1)
    result.start.addTag(TAG.relative)
    return setRule(result, 'zh/relative-month')
  },
})
