/**
 * 凌晨 / 清晨 / 上午 / 中午 / 下午 / 傍晚 / 晚上 / 夜间 / 深夜 ...: a part of the day, never an
 * invented hour. Alone it belongs to the date stated before it in the text (like 当天), else to
 * the publication day; after a date (12日凌晨, 周五上午) the merge refiner joins them.
 */
import { implyDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'
import { PART_OF_DAY, PART_OF_DAY_SOURCE } from '../vocabulary'

const PATTERN = new RegExp(`(?<part>${PART_OF_DAY_SOURCE})`)

export const partOfDayParser = defineParser({
  pattern: PATTERN,
  // 晚间新闻 / 上午场 are names of programmes and sessions only with these suffixes.
  notBefore: /^(?:新闻|节目|场|档|版)/,
  // 每天早上 repeats every day.
  notAfter: /每[天日晚]$/,
  extract: (context, match) => {
    const part = PART_OF_DAY[match.groups?.part ?? '']
    if (!part) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    implyDate(result.start, referenceParts(context))
    result.start.addTag(TAG.partOfDay + part).addTag(TAG.anchorDay + 0)
    return setRule(result, 'zh/part-of-day')
  },
})
