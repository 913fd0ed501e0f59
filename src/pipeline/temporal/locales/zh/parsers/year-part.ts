/** 年初 (January-February) / 年底 / 年末 / 年终 (November-December) of 2019年, 今年(年底), 去年 or bare: uncertain. */
import { parseYear, YEAR_NUMBER } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import { RELATIVE_YEAR } from '../vocabulary'

const PATTERN = new RegExp(`(?:(?<year>${YEAR_NUMBER})年?|(?<relYear>今|去|明|前)年?)?年(?<part>初|底|末|终)`)

const MONTHS: Record<string, [number, number]> = { 初: [1, 2], 底: [11, 12], 末: [11, 12], 终: [11, 12] }

export const yearPartParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.个多几数一二三四五六七八九十百千万]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const months = MONTHS[g.part ?? '']
    if (!months) return null
    const ref = referenceParts(context)
    const year = g.year ? parseYear(g.year) : ref.year + (RELATIVE_YEAR[g.relYear ?? '今'] ?? 0)
    if (!(year >= 1000 && year <= 2200)) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('year', year).assign('month', months[0]).imply('day', 1)
    result.end = context.createParsingComponents({ year, month: months[1] })
    result.end.imply('day', 1)
    result.addTag(TAG.uncertain).addTag(TAG.granularity + 'month')
    if (!g.year) result.addTag(TAG.relative)
    return setRule(result, 'zh/year-part')
  },
})
