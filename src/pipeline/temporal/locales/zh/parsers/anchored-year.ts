/** 同年 / 当年 / 次年 / 翌年 / 前一年 (not 第二年: 连续第二年 is a count): a year relative to a year stated earlier in the text (else dropped). */
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<same>同年|当年|同一年)|(?<next>次年|翌年)|(?<before>前一年)/

export const anchoredYearParser = defineParser({
  pattern: PATTERN,
  notBefore: /^(?:代|龄|级)/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const offset = g.next ? 1 : g.before ? -1 : 0
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.imply('year', referenceParts(context).year + offset).imply('month', 1).imply('day', 1)
    result.start.addTag(TAG.anchorYear + offset).addTag(TAG.granularity + 'year')
    return setRule(result, 'zh/anchored-year')
  },
})
