/** 3天前 / 两周前 / 三个月前 / 十年前 / 半年前: a time counted back from the publication. */
import { addDays, addMonths } from '../../../calendar'
import { assignDate } from '../../../components'
import { parseSmallNumber } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<count>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)\s*(?<unit>天|日|周|个星期|个礼拜|个月|年)(?:以|之)?前/

export const agoParser = defineParser({
  pattern: PATTERN,
  notAfter: /[\d.第]$/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    const half = g.count === '半'
    const count = half ? 0.5 : parseSmallNumber(g.count ?? '')
    if (!(count > 0)) return null
    const ref = referenceParts(context)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    const unit = g.unit ?? ''
    if (unit === '天' || unit === '日') {
      if (half) return null
      assignDate(result.start, addDays(ref, -count))
    } else if (unit.endsWith('周') || unit.endsWith('星期') || unit.endsWith('礼拜')) {
      if (half) return null
      assignDate(result.start, addDays(ref, -7 * count))
    } else if (unit === '个月' && half) {
      assignDate(result.start, addDays(ref, -15))
    } else if (unit === '个月' || half) {
      const month = addMonths({ ...ref, day: 1 }, -(half ? 6 : count))
      result.start.assign('year', month.year).assign('month', month.month).imply('day', 1)
    } else {
      result.start.assign('year', ref.year - count).imply('month', 1).imply('day', 1)
    }
    result.start.addTag(TAG.relative)
    return setRule(result, 'zh/ago')
  },
})
