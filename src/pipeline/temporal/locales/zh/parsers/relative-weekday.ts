/**
 * 本周二 / 这周二 / 上周五 / 上星期五 / 下周一 / 下个礼拜三: a weekday of the publication week
 * (weeks run Monday to Sunday), of the week before or of the week after.
 */
import { addDays } from '../../../calendar'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule } from '../../../tags'
import { WEEKDAY } from '../vocabulary'

const PATTERN = /(?<which>本|这|上|下)(?:个)?(?:星期|礼拜|周)(?<weekday>[一二三四五六日天])/

const WEEK_OFFSET: Record<string, number> = { 本: 0, 这: 0, 上: -1, 下: 1 }
const RULE: Record<string, string> = { 本: 'this-week', 这: 'this-week', 上: 'last-week', 下: 'next-week' }

/** Monday-based index: Monday 0 ... Sunday 6. */
const mondayIndex = (weekday: number): number => (weekday + 6) % 7

export const relativeWeekdayParser = defineParser({
  pattern: PATTERN,
  notAfter: /[以上]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const weekday = WEEKDAY[g.weekday ?? '']
    const weeks = WEEK_OFFSET[g.which ?? '']
    if (weekday === undefined || weeks === undefined) return null
    const ref = referenceParts(context)
    const monday = addDays(ref, -mondayIndex(ref.weekday) + 7 * weeks)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('weekday', weekday)
    assignDate(result.start, addDays(monday, mondayIndex(weekday)))
    return setRule(result, `zh/weekday-${RULE[g.which!]}`)
  },
})
