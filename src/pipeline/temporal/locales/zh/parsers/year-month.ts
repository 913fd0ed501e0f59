/** 2014年10月 / 10月份 / 今年3月 / 十月: a month, as a range over its days. */
import { parseSmallNumber } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { setRule } from '../../../tags'
import { MONTH_NUMBER } from '../vocabulary'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

const PATTERN = new RegExp(`${YEAR_PREFIX}?\\s*(?<month>${MONTH_NUMBER})\\s*月(?:份)?`)

export const yearMonthParser = defineParser({
  pattern: PATTERN,
  // 3个月 never matches (个); 第10月, 12.5月, 每月 are not months of a calendar.
  notAfter: /[\d.第每个]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('month', parseSmallNumber(g.month ?? '')).imply('day', 1)
    if (!applyYearPrefix(context, result.start, g)) return null
    return setRule(result, g.year || g.relYear ? 'zh/month' : 'zh/month-year-closest')
  },
})
