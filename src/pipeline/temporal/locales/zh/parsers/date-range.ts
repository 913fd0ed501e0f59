/**
 * 10月12日至14日 / 12至14日 / 10月12-14日 / 2023年9月30日至10月2日: a range of days written as one
 * expression (the second side borrows month and year from the first).
 */
import { isValidDate } from '../../../calendar'
import { dateOf } from '../../../components'
import { parseSmallNumber } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { setRule, TAG } from '../../../tags'
import { DAY_NUMBER, MONTH_NUMBER, RANGE_CONNECTOR } from '../vocabulary'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

const PATTERN = new RegExp(
  `(?:${YEAR_PREFIX}?\\s*(?<month>${MONTH_NUMBER})\\s*月)?\\s*(?<from>${DAY_NUMBER})\\s*[日号]?\\s*` +
    `${RANGE_CONNECTOR}\\s*(?:(?<toMonth>${MONTH_NUMBER})\\s*月)?\\s*(?<to>${DAY_NUMBER})\\s*[日号]`,
)

export const dateRangeParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.月]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const from = parseSmallNumber(g.from ?? '')
    const to = parseSmallNumber(g.to ?? '')
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('day', from)
    result.end = context.createParsingComponents({ day: to })
    if (g.month) {
      result.start.assign('month', parseSmallNumber(g.month))
      if (!applyYearPrefix(context, result.start, g)) return null
    } else {
      result.start.addTag(TAG.bareDay)
      if (g.toMonth) return null
    }
    if (g.toMonth) result.end.assign('month', parseSmallNumber(g.toMonth))
    else result.end.imply('month', result.start.get('month') ?? 1)
    result.end.imply('year', result.start.get('year') ?? 1)
    if (!g.month && !g.toMonth && to <= from) return null
    if (!isValidDate({ ...dateOf(result.start), day: from })) return null
    return setRule(result, 'zh/date-range')
  },
})
