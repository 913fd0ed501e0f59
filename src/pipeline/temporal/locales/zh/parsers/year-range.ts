/** 1991至1994年 / 1991-1994年 / 1991年到1994年: a range of years. */
import { parseYear, YEAR_NUMBER } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { setRule } from '../../../tags'
import { RANGE_CONNECTOR } from '../vocabulary'

const PATTERN = new RegExp(`(?<from>${YEAR_NUMBER})\\s*年?\\s*${RANGE_CONNECTOR}\\s*(?<to>${YEAR_NUMBER})\\s*年(?!代)`)

export const yearRangeParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.]$/,
  extract: (context, match) => {
    const from = parseYear(match.groups?.from ?? '')
    const to = parseYear(match.groups?.to ?? '')
    if (!(from >= 1000 && to <= 2200 && from < to)) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('year', from).imply('month', 1).imply('day', 1)
    result.end = context.createParsingComponents({ year: to })
    result.end.imply('month', 1).imply('day', 1)
    return setRule(result, 'zh/year-range')
  },
})
