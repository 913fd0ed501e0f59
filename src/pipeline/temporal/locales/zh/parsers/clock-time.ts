/**
 * 下午3点 / 0点 / 3时30分 / 晚上八点半 / 14:30: a clock time, optionally after a part of day
 * that shifts the hour (下午3点 = 15:00). A bare "3点" is only a time after a date or a zone
 * word (10日0点, 当地时间3时) or with minutes/许/左右: "五点主张" are five points.
 */
import { defineParser } from '../../../parser-kit'
import { parseSmallNumber } from '../../../numbers'
import { referenceParts } from '../../../reference'
import { implyDate } from '../../../components'
import { setRule, TAG } from '../../../tags'
import type { PartOfDay } from '../../../../../schema'
import { AFTERNOON_PARTS, PART_OF_DAY, PART_OF_DAY_SOURCE } from '../vocabulary'

/**
 * 晚9点, 早8时, 10日晚8点: 晚 and 早 right before the hour are the evening and the morning. Not
 * after 最/较/稍/更 (最晚9点: at the latest), not inside 今晚, 昨晚, 明早 … (their own parsers read
 * those), nor before 一点 (早一点: a little earlier).
 */
const SHORT_PART = '(?<![最较稍更今昨明当前次隔])(?<short>[早晚])(?=[0-9０-９]|[两二三四五六七八九十])'

const PATTERN = new RegExp(
  `(?:(?<part>${PART_OF_DAY_SOURCE})|${SHORT_PART})?\\s*(?:约|大约)?\\s*` +
    `(?:(?<hour>[01]?\\d|2[0-4]|[零一二两三四五六七八九十]{1,3})\\s*(?:点|时)(?:\\s*(?<minute>[0-5]?\\d|[零一二三四五六七八九十]{1,3})\\s*分|(?<half>半)|(?<whole>整))?` +
    `|(?<hh>[01]?\\d|2[0-3])[:：](?<mm>[0-5]\\d)(?![\\d:]))`,
)

const DATE_BEFORE = /(?:[日号天晚晨]|时间|今|明|昨)\s*$/
const TIME_AFTER = /^(?:许|左右|前后|钟|起|整)/

const SHORT_PARTS: Record<string, PartOfDay> = { 早: 'morning', 晚: 'evening' }

const shiftHour = (hour: number, part: PartOfDay | undefined): number => {
  if (part === 'noon') return hour < 6 ? hour + 12 : hour
  if (part && AFTERNOON_PARTS.includes(part) && hour < 12) return part === 'night' && hour < 5 ? hour : hour + 12
  return hour
}

export const clockTimeParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.:第]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const index = match.index ?? 0
    const part = g.part ? PART_OF_DAY[g.part] : g.short ? SHORT_PARTS[g.short] : undefined
    const colon = g.hh !== undefined
    const stated = colon || part || g.minute || g.half || g.whole
    const before = context.text.slice(Math.max(0, index - 4), index)
    const after = context.text.slice(index + match[0].length, index + match[0].length + 2)
    if (!stated && !DATE_BEFORE.test(before) && !TIME_AFTER.test(after)) return null
    const hour = parseSmallNumber(colon ? g.hh! : g.hour ?? '')
    const minute = colon ? Number(g.mm) : g.half ? 30 : g.minute ? parseSmallNumber(g.minute) : undefined
    if (!(hour >= 0 && hour <= 24) || (minute !== undefined && !(minute >= 0 && minute < 60))) return null
    if (hour === 24 && minute) return null
    const result = context.createParsingResult(index, match[0])
    implyDate(result.start, referenceParts(context))
    result.start.assign('hour', shiftHour(hour % 24, part))
    if (minute !== undefined) result.start.assign('minute', minute)
    else result.start.imply('minute', 0)
    result.start.addTag(TAG.anchorDay + 0)
    if (part) result.start.addTag(TAG.partOfDay + part)
    return setRule(result, 'zh/clock-time')
  },
})
