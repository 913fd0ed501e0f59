/**
 * 2023年9月12日 / 9月12日 / 去年十月三日 / 9月12号 / 上月27号: a calendar date; a missing year is
 * chosen later. 当月/同月 count from the publication month (they rarely refer further back).
 */
import { addMonths, isValidDate } from '../../../calendar'
import { dateOf } from '../../../components'
import { parseSmallNumber } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import { DAY_NUMBER, MONTH_NUMBER } from '../vocabulary'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

const PATTERN = new RegExp(
  `(?:${YEAR_PREFIX}?\\s*(?<month>${MONTH_NUMBER})|(?<relMonth>本|这个|上个?|下个?|当|同))\\s*月\\s*(?<day>${DAY_NUMBER})\\s*[日号]`,
)

const RELATIVE_MONTH: Record<string, number> = { 本: 0, 这个: 0, 当: 0, 同: 0, 上: -1, 上个: -1, 下: 1, 下个: 1 }

export const yearMonthDayParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const day = parseSmallNumber(g.day ?? '')
    const result = context.createParsingResult(match.index ?? 0, match[0])
    if (g.relMonth) {
      const month = addMonths({ ...referenceParts(context), day: 1 }, RELATIVE_MONTH[g.relMonth] ?? 0)
      result.start.assign('year', month.year).assign('month', month.month).assign('day', day)
      result.start.addTag(TAG.relative)
      if (!isValidDate(dateOf(result.start))) return null
      return setRule(result, 'zh/date-relative-month')
    }
    result.start.assign('month', parseSmallNumber(g.month ?? '')).assign('day', day)
    if (!applyYearPrefix(context, result.start, g)) return null
    if (!isValidDate(dateOf(result.start))) return null
    return setRule(result, g.year || g.relYear ? 'zh/date' : 'zh/date-year-closest')
  },
})
