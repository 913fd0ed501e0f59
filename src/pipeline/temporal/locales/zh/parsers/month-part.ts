/**
 * 上旬 / 中旬 / 下旬 (days 1-10, 11-20, 21-end: stated) and 月初 / 月底 / 月末 (the same spans,
 * uncertain) of 10月, 本月, 上月, 去年12月 ... or of the publication month when bare (月底).
 */
import { addMonths, daysInMonth } from '../../../calendar'
import { parseSmallNumber } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import { MONTH_NUMBER } from '../vocabulary'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

const PATTERN = new RegExp(
  `(?:${YEAR_PREFIX}?\\s*(?<month>${MONTH_NUMBER})|(?<which>本|这个|上个?|下个?))?月(?:份)?(?<part>上旬|中旬|下旬|初|底|末)`,
)

const RELATIVE: Record<string, number> = { 本: 0, 这个: 0, 上: -1, 上个: -1, 下: 1, 下个: 1 }
const SPAN: Record<string, [number, number | 'end']> = {
  上旬: [1, 10], 初: [1, 10], 中旬: [11, 20], 下旬: [21, 'end'], 底: [21, 'end'], 末: [21, 'end'],
}

export const monthPartParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.个每]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const span = SPAN[g.part ?? '']
    if (!span) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    const ref = referenceParts(context)
    if (g.month) {
      result.start.assign('month', parseSmallNumber(g.month))
      if (!applyYearPrefix(context, result.start, g)) return null
    } else {
      const month = addMonths({ ...ref, day: 1 }, RELATIVE[g.which ?? '本'] ?? 0)
      result.start.assign('year', month.year).assign('month', month.month)
      result.start.addTag(TAG.relative)
    }
    const year = result.start.get('year') ?? ref.year
    const month = result.start.get('month') ?? ref.month
    result.start.assign('day', span[0])
    result.end = context.createParsingComponents({ month })
    result.end.imply('year', year)
    result.end.assign('day', span[1] === 'end' ? daysInMonth(year, month) : span[1])
    result.addTag(TAG.granularity + 'day')
    if (!g.part!.endsWith('旬')) result.addTag(TAG.uncertain)
    return setRule(result, 'zh/month-part')
  },
})
