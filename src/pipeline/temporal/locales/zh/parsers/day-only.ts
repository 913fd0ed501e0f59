/** 12日 / 十三日 / 当地时间12日: a day of the month without its month (chosen by a refiner). */
import { defineParser } from '../../../parser-kit'
import { parseSmallNumber } from '../../../numbers'
import { setRule, TAG } from '../../../tags'

/** Chinese-numeral days need a 十 (十三日): 三日 is as often "three days". */
const PATTERN = /(?<day>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?)日/

export const dayOnlyParser = defineParser({
  pattern: PATTERN,
  notAfter: /(?:[\d.月第每前近当某]|[一二三四五六七八九十])$/,
  // 3日内 (within 3 days), 20日元 (yen), 5日游 (a 5-day tour), 7日均线.
  notBefore: /^(?:内|以内|之内|元|圆|游|均|间|期间|起算)/,
  extract: (context, match) => {
    const day = parseSmallNumber(match.groups?.day ?? '')
    if (!(day >= 1 && day <= 31)) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('day', day)
    result.start.addTag(TAG.bareDay)
    return setRule(result, 'zh/day-without-month')
  },
})
