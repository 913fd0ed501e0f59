/**
 * 最近几个月 / 过去两周 / 近三天来 / 这几天: the span of time up to the publication, as an
 * uncertain day range (几 / 数 = a few, read as three). Longer than 最近 alone, so the
 * fuzzy parser's reading of those words gives way to it.
 */
import { addDays, addMonths } from '../../../calendar'
import { assignDate } from '../../../components'
import { parseSmallNumber } from '../../../numbers'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /(?<prefix>最近|过去|近|这)(?<count>\d{1,2}|[一二两三四五六七八九十]{1,3}|几|数)\s*(?<unit>天|日|周|个星期|个礼拜|星期|个月|年)(?<suffix>来|以来|里|中|内|间)?/

const A_FEW = 3
const DAYS_PER: Record<string, number> = { 天: 1, 日: 1, 周: 7, 个星期: 7, 个礼拜: 7, 星期: 7 }

export const recentSpanParser = defineParser({
  pattern: PATTERN,
  // 冲突近两周后 counts from the conflict, not back from the publication.
  notBefore: /^\s*(?:后|之后|以后|前|之前|以前)/,
  extract: (context, match) => {
    const g = match.groups ?? {}
    // 近两周 alone is "nearly two weeks" (持续了近两周); 近两周来 is the span.
    if (g.prefix === '近' && !g.suffix) return null
    const count = g.count === '几' || g.count === '数' ? A_FEW : parseSmallNumber(g.count ?? '')
    if (!(count > 0)) return null
    const ref = referenceParts(context)
    const unit = g.unit ?? ''
    const days = DAYS_PER[unit]
    const from = days !== undefined ? addDays(ref, -days * count) : addMonths(ref, -(unit === '年' ? 12 : 1) * count)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    assignDate(result.start, from)
    result.end = context.createParsingComponents()
    assignDate(result.end, ref)
    result.addTag(TAG.uncertain).addTag(TAG.granularity + 'day').addTag(TAG.relative)
    return setRule(result, 'zh/recent-span')
  },
})
