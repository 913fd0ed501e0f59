/** The optional year in front of a month: 2023年 / 二〇二三年 / 今年 / 去年 / 明年 / 前年. */
import type { ParsingComponents, ParsingContext } from 'chrono-node'
import { parseYear, YEAR_NUMBER } from '../../../numbers'
import { referenceParts } from '../../../reference'
import { TAG } from '../../../tags'
import { RELATIVE_YEAR } from '../vocabulary'

/** Regex source with groups `year` and `relYear`. */
export const YEAR_PREFIX = `(?:(?<year>${YEAR_NUMBER})年|(?<relYear>今|去|明|前)年)`

/** Assigns the year the text states (a number or 今年/去年); returns false for an impossible year. */
export function applyYearPrefix(
  context: ParsingContext,
  c: ParsingComponents,
  groups: Record<string, string | undefined>,
): boolean {
  if (groups.year) {
    const year = parseYear(groups.year)
    if (!(year >= 1000 && year <= 2200)) return false
    c.assign('year', year)
  } else if (groups.relYear) {
    c.assign('year', referenceParts(context).year + (RELATIVE_YEAR[groups.relYear] ?? 0))
    c.addTag(TAG.relative)
  } else {
    c.imply('year', referenceParts(context).year)
  }
  return true
}
