/**
 * 12日 / 十三日 / 当地时间12日 / 9号: a day of the month without its month (chosen by a refiner).
 * 号 only after digits and not before what it numbers (9号线, 3号楼, 1号文件).
 */
import { defineParser } from '../../../parser-kit'
import { parseSmallNumber } from '../../../numbers'
import { setRule, TAG } from '../../../tags'

/** Chinese-numeral days need a 十 (十三日): 三日 is as often "three days". */
const PATTERN = /(?<day>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?)(?<mark>日|号)/
/** What a number + 号 may name instead of a day. */
const NUMBERED_THING = /^(?:线|楼|楼房|文件|令|台风|院|机|门|码|房|病房|床|车|车厢|球员|选手|站|厅|公路|窗口|馆|病人|患者|桥|口|舰|字|种|位|人|案|令状)/

export const dayOnlyParser = defineParser({
  pattern: PATTERN,
  notAfter: /(?:[\d.月第每前近当某]|[一二三四五六七八九十])$/,
  // 3日内 (within 3 days), 20日元 (yen), 5日游 (a 5-day tour), 7日均线.
  notBefore: /^(?:内|以内|之内|元|圆|游|均|间|期间|起算)/,
  extract: (context, match) => {
    const day = parseSmallNumber(match.groups?.day ?? '')
    if (!(day >= 1 && day <= 31)) return null
    if (match.groups?.mark === '号' && (!/^\d+$/.test(match.groups.day ?? '') || NUMBERED_THING.test(context.text.slice((match.index ?? 0) + match[0].length)))) return null
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('day', day)
    result.start.addTag(TAG.bareDay)
    return setRule(result, 'zh/day-without-month')
  },
})
