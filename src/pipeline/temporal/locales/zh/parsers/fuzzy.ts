/**
 * 早些时候 / 稍早 / 日前 / 近日 / 近几天 / 最近 / 此前 ...: vague pasts, as uncertain day ranges
 * before publication, [first, last] in days before it:
 *   早些时候, 稍早, 稍早前, 晚些时候, 稍晚                      [0, 0]  the same day
 *   近几天, 最近几天, 这几天, 连日                               [5, 0]  the last few days
 *   前几天, 几天前, 几日前, 前些天, 前些日子 ...                 [5, 1]  a few days ago: not today
 *   日前, 近日, 早前, 最近, 近期, 近来, 此前, 不久前, 前不久      [3, 1]
 * The last group says only "before now": what a report calls recent is mostly the few days
 * before it (the story span), not today's news (which it dates) nor last month's (which it
 * names); the range is the likeliest days, flagged uncertain, not a bound.
 * After a date (周日早些时候) they only qualify it: the merge refiner keeps that date.
 */
import { addDays } from '../../../calendar'
import { isFutureClause } from '../../../future'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const SAME_DAY = [0, 0] as const
const LAST_DAYS = [5, 0] as const
const DAYS_AGO = [5, 1] as const
const BEFORE_NOW = [3, 1] as const

const SPAN: Record<string, readonly [number, number]> = {
  早些时候: SAME_DAY, 稍早前: SAME_DAY, 稍早时候: SAME_DAY, 稍早: SAME_DAY, 晚些时候: SAME_DAY, 稍晚: SAME_DAY,
  最近几天: LAST_DAYS, 近几天: LAST_DAYS, 这几天: LAST_DAYS, 连日: LAST_DAYS,
  前几天: DAYS_AGO, 几天前: DAYS_AGO, 数天前: DAYS_AGO, 几日前: DAYS_AGO, 数日前: DAYS_AGO, 前些天: DAYS_AGO, 前些日子: DAYS_AGO, 早些天: DAYS_AGO,
  日前: BEFORE_NOW, 近日: BEFORE_NOW, 早前: BEFORE_NOW, 最近: BEFORE_NOW, 近期: BEFORE_NOW, 近来: BEFORE_NOW, 此前: BEFORE_NOW, 不久前: BEFORE_NOW, 前不久: BEFORE_NOW,
}

/** 节日前 / 12日前 (before a day), 接近日本, 距离最近 (nearest), 提早前 ... */
const NOT_AFTER: Record<string, RegExp> = {
  日前: /[\d一二三四五六七八九十节生假念举票期作易末忌今明昨当每某数几]$/,
  近日: /[接靠逼贴临附亲最]$/,
  最近: /离$/,
  早前: /提$/,
}

const NEAR_TERM = new Set(['近期', '最近', '近日'])

const PATTERN = new RegExp(`(?<word>${Object.keys(SPAN).sort((a, b) => b.length - a.length).join('|')})`)

export const fuzzyParser = defineParser({
  pattern: PATTERN,
  // 最近一次会面 = the latest meeting, whenever it was.
  notBefore: /^(?:本|的|一次|一轮|一期|一批)/,
  extract: (context, match) => {
    const word = match.groups?.word ?? ''
    const span = SPAN[word]
    const index = match.index ?? 0
    if (span === undefined || NOT_AFTER[word]?.test(context.text.slice(Math.max(0, index - 4), index))) return null
    // 近期将受审: "in the near term", a time to come that the words do not fix.
    if (NEAR_TERM.has(word) && isFutureClause(context.text, index, index + word.length, 'zh')) return null
    const ref = referenceParts(context)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    assignDate(result.start, addDays(ref, -span[0]))
    result.end = context.createParsingComponents()
    assignDate(result.end, addDays(ref, -span[1]))
    result.addTag(TAG.uncertain).addTag(TAG.granularity + 'day').addTag(TAG.relative)
    if (span === SAME_DAY) result.addTag(TAG.sameDayQualifier)
    return setRule(result, 'zh/fuzzy-past')
  },
})
