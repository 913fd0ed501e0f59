/**
 * Does the clause around an expression speak of the future? Decides news tense: a bare weekday
 * or day is the past one unless the clause says 将 / 计划 / will ...
 *
 * The clause is the text between clause punctuation around the expression; when that clause is
 * little more than the expression itself (周五，他将……), the next clause is read too.
 */
/** 将 only before words that make it "will" (将于, 将会, 将前往 ...), never the 将 of 将军/名将 or 将 + object. */
const ZH_WILL =
  '(?<![名大老猛上中少武干主战悍爱])将(?:于|於|在|会|要|对|与|和|同|向|从|由|是|不|可|能|成为|继续|进行|举行|出席|访问|前往|召开|举办|发表|宣布|推出|实施|开始|达到|有|被|迎来|参加|抵达|启程|飞往|到|赴|返回|率|再|首次|正式|逐步|全面|重新|进一步|持续|面临|结束|恢复|分别|视察|出访|会见|会晤|举|派|提供|提出|允许|取消|关闭|开放|增加|减少|延长|推迟|决定|讨论|审议|投票|签署|迎接|接受|获得|带来|出现|导致|使|让)'
/**
 * 计划 as a verb (计划访问, 计划在明年…), not the noun of a programme (抽签移民计划（…）于昨日开始,
 * 这项计划已经…, 世界粮食计划署, 他的计划, 对…造舰计划表示赞赏).
 */
const ZH_PLAN = '(?<![项该这此的])计划(?![署书的中已是被和与及等，,。、：:（）()]|表示|称|说|指出)'
const ZH_FUTURE = new RegExp(
  `${ZH_WILL}|将会|将要|即将|${ZH_PLAN}|预计|预定|预期|准备(?!了|好)|(?<![模虚草比])拟|打算|有望|定于|届时|下周|下星期|下个?月|明年|明天|后天|未来|还会`,
)
const EN_FUTURE = /\b(will|shall|would|is to|are to|plans? to|planned|expected to|scheduled|going to|next week|next month|tomorrow|upcoming)\b|'ll\b/i

/** What may stand beside a fronted time in its own clause (当地时间周五，……). */
const FILLER = /\s|当地时间|北京时间|[在于自从到]/g

const ZH_CLAUSE_BREAK = /[，,；;。！？!?：:\n]/

function clauseBounds(text: string, start: number, end: number, breaks: RegExp): [number, number] {
  let from = start
  while (from > 0 && !breaks.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !breaks.test(text[to]!)) to++
  return [from, to]
}

export function isFutureClause(text: string, start: number, end: number, language: 'zh' | 'en'): boolean {
  const marker = language === 'en' ? EN_FUTURE : ZH_FUTURE
  const breaks = language === 'en' ? /[;.!?\n]/ : ZH_CLAUSE_BREAK
  const [from, to] = clauseBounds(text, start, end, breaks)
  const rest = text.slice(from, start) + text.slice(end, to)
  if (marker.test(rest)) return true
  const shortClause = rest.replace(FILLER, '').length <= (language === 'en' ? 12 : 2)
  if (!shortClause || to >= text.length) return false
  const [, nextTo] = clauseBounds(text, to + 1, to + 1, breaks)
  return marker.test(text.slice(to + 1, nextTo))
}

