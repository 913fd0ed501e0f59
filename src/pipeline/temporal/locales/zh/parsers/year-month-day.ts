/** 2023年9月12日 / 9月12日 / 去年十月三日 / 9月12号: a calendar date; a missing year is chosen later. */
import { isValidDate } from '../../../calendar'
import { dateOf } from '../../../components'
import { parseSmallNumber } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { setRule } from '../../../tags'
import { DAY_NUMBER, MONTH_NUMBER } from '../vocabulary'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

const PATTERN = new RegExp(`${YEAR_PREFIX}?\\s*(?<month>${MONTH_NUMBER})\\s*月\\s*(?<day>${DAY_NUMBER})\\s*[日号]`)

export const yearMonthDayParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const month = parseSmallNumber(g.month ?? '')
    const day = parseSmallNumber(g.day ?? '')
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('month', month).assign('day', day)
    if (!applyYearPrefix(context, result.start, g)) return null
    if (!isValidDate(dateOf(result.start))) return null
    return setRule(result, g.year || g.relYear ? 'zh/date' : 'zh/date-year-closest')
  },
})
