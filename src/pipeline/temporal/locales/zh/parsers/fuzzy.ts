/**
 * 早些时候 / 稍早 / 日前 / 近日 / 近几天 / 最近 / 此前 ...: vague pasts, as uncertain day ranges
 * ending at the publication day. Widths (days before publication):
 *   早些时候, 稍早, 稍早前, 晚些时候, 稍晚                      0  (the same day)
 *   近几天, 最近几天, 这几天, 前几天, 几天前, 数天前, 几日前, 连日  5  (几 = a few)
 *   日前, 近日, 早前                                           10
 *   最近, 近期, 近来, 此前, 不久前                              30
 * After a date (周日早些时候) they only qualify it: the merge refiner keeps that date.
 * "Days ago" words (几天前, 前几天) end the day before publication: they exclude today.
 */
import { addDays } from '../../../calendar'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const WIDTH: Record<string, number> = {
  早些时候: 0, 稍早前: 0, 稍早时候: 0, 稍早: 0, 晚些时候: 0, 稍晚: 0,
  最近几天: 5, 近几天: 5, 这几天: 5, 前几天: 5, 几天前: 5, 数天前: 5, 几日前: 5, 数日前: 5, 连日: 5,
  日前: 10, 近日: 10, 早前: 10,
  最近: 30, 近期: 30, 近来: 30, 此前: 30, 不久前: 30,
}

const AGO = new Set(['前几天', '几天前', '数天前', '几日前', '数日前'])

/** 节日前 / 12日前 (before a day), 接近日本, 距离最近 (nearest), 提早前 ... */
const NOT_AFTER: Record<string, RegExp> = {
  日前: /[\d一二三四五六七八九十节生假念举票期作易末忌今明昨当每某数几]$/,
  近日: /[接靠逼贴临附亲最]$/,
  最近: /离$/,
  早前: /提$/,
}

const PATTERN = new RegExp(`(?<word>${Object.keys(WIDTH).sort((a, b) => b.length - a.length).join('|')})`)

export const fuzzyParser = defineParser({
  pattern: PATTERN,
  notBefore: /^(?:本|的|一次的)/,
  extract: (context, match) => {
    const word = match.groups?.word ?? ''
    const width = WIDTH[word]
    const index = match.index ?? 0
    if (width === undefined || NOT_AFTER[word]?.test(context.text.slice(Math.max(0, index - 4), index))) return null
    const ref = referenceParts(context)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    assignDate(result.start, addDays(ref, -width))
    result.end = context.createParsingComponents()
    assignDate(result.end, AGO.has(word) ? addDays(ref, -1) : ref)
    result.addTag(TAG.uncertain).addTag(TAG.granularity + 'day').addTag(TAG.relative)
    if (width === 0) result.addTag(TAG.sameDayQualifier)
    return setRule(result, 'zh/fuzzy-past')
  },
})
