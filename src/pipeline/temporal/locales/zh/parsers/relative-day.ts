/**
 * 今天 / 昨天 / 前天 / 明天 / 后天 / 大前天 / 今日 / 昨日 / 今晨 / 昨晚: days from the publication day
 * (inside a quote, the anchor refiner may count them from the day the words were said).
 */
import { addDays } from '../../../calendar'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import type { PartOfDay } from '../../../../../schema'

const PATTERN = /(?<day>大前|大后|前|昨|今|明|后)(?:(?<unit>天|日)|(?<part>晨|早|晚|夜))/

const OFFSET: Record<string, number> = { 大前: -3, 前: -2, 昨: -1, 今: 0, 明: 1, 后: 2, 大后: 3 }
const PART: Record<string, PartOfDay> = { 晨: 'morning', 早: 'morning', 晚: 'evening', 夜: 'night' }

export const relativeDayParser = defineParser({
  pattern: PATTERN,
  // 目前天气, 之后天, 先后天, 日前天 ...: the characters belong to another word.
  notAfter: /[目之以提面向眼从此先最然随而落午事生当前后]$/,
  // 今日美国 (a newspaper), 明日之星, 今晚报 ...
  notBefore: /^(?:美国|俄罗斯|头条|关注|说法|之|报|间)/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const offset = OFFSET[g.day ?? '']
    if (offset === undefined) return null
    if (g.part && !['今', '昨', '明'].includes(g.day!)) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    assignDate(result.start, addDays(referenceParts(context), offset))
    result.start.addTag(TAG.relative)
    result.start.addTag(TAG.deicticDay + offset)
    if (g.part) result.start.addTag(TAG.partOfDay + PART[g.part])
    return setRule(result, 'zh/relative-day')
  },
})
