/**
 * 今年秋天 / 去年春季 / 2019年夏天 / 今年上半年 / 下半年: seasons and half-years as uncertain month
 * ranges (spring March-May, summer June-August, autumn September-November, winter December-
 * February). A season needs its year (秋季旅游 alone is no date); a bare half-year is this year's.
 */
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

const PATTERN = new RegExp(`${YEAR_PREFIX}?(?<season>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季|上半年|下半年)`)

const MONTHS: Record<string, [number, number]> = {
  春: [3, 5], 夏: [6, 8], 秋: [9, 11], 冬: [12, 14], 上: [1, 6], 下: [7, 12],
}

export const seasonParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const season = g.season ?? ''
    const halfYear = season.endsWith('半年')
    if (!halfYear && !g.year && !g.relYear) return null
    const months = MONTHS[season[0] ?? '']
    if (!months) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    if (!applyYearPrefix(context, result.start, g)) return null
    const year = result.start.get('year') ?? referenceParts(context).year
    result.start.assign('year', year).assign('month', months[0]).imply('day', 1)
    const endYear = year + Math.floor((months[1] - 1) / 12)
    result.end = context.createParsingComponents({ year: endYear, month: ((months[1] - 1) % 12) + 1 })
    result.end.imply('day', 1)
    result.addTag(TAG.uncertain).addTag(TAG.granularity + 'month').addTag(TAG.relative)
    return setRule(result, 'zh/season')
  },
})
