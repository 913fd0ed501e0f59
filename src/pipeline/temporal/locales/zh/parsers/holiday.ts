/**
 * Fixed-date holidays news dates things by: 国庆节 / 十一国庆 (1 October), 国庆长假 / 十一黄金周
 * (the week from 1 October, uncertain), 双十节 / 台湾国庆 (10 October), 元旦, 劳动节 / 五一假期,
 * 平安夜, 圣诞节, 情人节, 万圣节, each only as a time phrase (…期间, …当天, 今年的十一升旗仪式): as a
 * noun (长假结束, 度过了国庆节) it dates nothing. Without a year the closest one to publication is
 * meant (the year refiner picks it).
 */
import { defineParser } from '../../../parser-kit'
import { setRule, TAG } from '../../../tags'
import { applyYearPrefix, YEAR_PREFIX } from './year-prefix'

interface Holiday {
  month: number
  day: number
  /** Days the holiday period lasts (the national week), 1 for a day. */
  days: number
}

/** Each holiday with the names news gives it. */
const HOLIDAYS: readonly [readonly string[], Holiday][] = [
  [['台湾国庆', '双十国庆', '双十节', '中华民国国庆'], { month: 10, day: 10, days: 1 }],
  [['国庆长假', '国庆假期', '国庆黄金周', '十一长假', '十一假期', '十一黄金周'], { month: 10, day: 1, days: 7 }],
  [['国庆节', '国庆日', '十一国庆', '十一'], { month: 10, day: 1, days: 1 }],
  [['五一劳动节', '五一假期', '五一长假', '劳动节'], { month: 5, day: 1, days: 1 }],
  [['元旦'], { month: 1, day: 1, days: 1 }],
  [['平安夜'], { month: 12, day: 24, days: 1 }],
  [['圣诞节'], { month: 12, day: 25, days: 1 }],
  [['情人节'], { month: 2, day: 14, days: 1 }],
  [['万圣节'], { month: 10, day: 31, days: 1 }],
]
const BY_NAME = new Map(HOLIDAYS.flatMap(([names, holiday]) => names.map((n) => [n, holiday] as const)))

/** A holiday dates a happening only as a time phrase (国庆节期间, 圣诞节当天), not as a noun (长假结束, 度过了国庆节). */
const AS_TIME = '(?=期间|当天|那天|前夕|时|里|中|假期中|升旗|庆典)'
const NAMES = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')
const PATTERN = new RegExp(`${YEAR_PREFIX}?的?(?<name>${NAMES})${AS_TIME}`)

export const holidayParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.第]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const holiday = BY_NAME.get(g.name ?? '')
    if (!holiday) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    if (!applyYearPrefix(context, result.start, g)) return null
    result.start.assign('month', holiday.month).assign('day', holiday.day)
    if (holiday.days > 1) {
      result.end = context.createParsingComponents({ month: holiday.month, day: holiday.day + holiday.days - 1 })
      result.addTag(TAG.uncertain)
    }
    result.addTag(TAG.granularity + 'day')
    return setRule(result, 'zh/holiday')
  },
})
