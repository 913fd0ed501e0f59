/** 2014年 / 二〇一四年 / 2020年度 / 今年 / 去年 / 明年 / 前年: a year, as a range over its days. */
import { defineParser } from '../../../parser-kit'
import { setRule } from '../../../tags'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

const PATTERN = new RegExp(`${YEAR_PREFIX}(?!代)`)

export const yearParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.第提]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const result = context.createParsingResult(match.index ?? 0, match[0])
    if (!applyYearPrefix(context, result.start, g)) return null
    result.start.imply('month', 1).imply('day', 1)
    return setRule(result, g.relYear ? 'zh/relative-year' : 'zh/year')
  },
})
