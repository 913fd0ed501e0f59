/** 周一晚 / 12日晚 / 12日晨 / 星期六夜: the one-character part of day, only right after a day. */
import { implyDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import type { PartOfDay } from '../../../../../schema'

const PATTERN = /(?<part>晚|夜|晨)/

const PART: Record<string, PartOfDay> = { 晚: 'evening', 夜: 'night', 晨: 'morning' }
const AFTER_DAY = /(?:\d[日号]|[一二三四五六七八九十][日号]|(?:周|星期|礼拜)[一二三四五六日天])$/

export const shortPartOfDayParser = defineParser({
  pattern: PATTERN,
  // 晚会, 晚宴, 晚报, 晚些, 晚于, 夜店, 晨报 ... are other words.
  notBefore: /^(?:会|宴|餐|饭|报|期|年|间|上|些|点|了|于|到|安|霞|店|市|班|练|曦)/,
  extract: (context, match) => {
    const index = match.index ?? 0
    if (!AFTER_DAY.test(context.text.slice(Math.max(0, index - 4), index))) return null
    const result = context.createParsingResult(index, match[0])
    implyDate(result.start, referenceParts(context))
    result.start.addTag(TAG.partOfDay + PART[match.groups?.part ?? '晚']).addTag(TAG.anchorDay + 0)
    return setRule(result, 'zh/part-of-day')
  },
})
