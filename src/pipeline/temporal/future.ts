/**
 * Does the clause around an expression speak of the future? Decides news tense: a bare weekday
 * or day is the past one unless the clause says 将 / 计划 / will ...
 *
 * The clause is the text between clause punctuation around the expression; when that clause is
 * little more than the expression itself (周五，他将……), the next clause is read too.
 */
const ZH_FUTURE =
  /将(?!军|领|士|近|其|他|她|它|之|该|此|这|那|所|被|会议)|将会|将要|即将|计划|预计|预定|准备|拟|打算|有望|定于|届时|下周|下星期|下个?月|明年|明天|后天|未来|还会|会在|要在/
const EN_FUTURE = /\b(will|shall|would|is to|are to|plans? to|planned|expected to|scheduled|going to|next week|next month|tomorrow|upcoming)\b|'ll\b/i

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
  const shortClause = rest.replace(/\s/g, '').length <= (language === 'en' ? 12 : 4)
  if (!shortClause || to >= text.length) return false
  const [, nextTo] = clauseBounds(text, to + 1, to + 1, breaks)
  return marker.test(text.slice(to + 1, nextTo))
}

