/**
 * Is a mention the subject of its clause? The first actor of the clause, after at most a short
 * lead (a time, a place with 在), and not after a preposition (向, 对, 与, 被 ...). Pronouns in
 * subject position prefer antecedents that were subjects too.
 */
import type { Candidate } from './candidate'

const BREAK = /[，,；;：:。！？!?“”"]/
const PREP_BEFORE = /(向|对|与|和|同|跟|给|为|被|把|将|由|据|让|令|及|、|的)\s*$/
/** A verb in the lead makes the mention its object ("指出他…", "感谢他…"), not the clause's subject. */
const VERB_IN_LEAD = /(指出|表示|说|称|认为|强调|透露|相信|希望|知道|感谢|批评|指责|赞|谢|让|使|令|要求|呼吁|敦促|告诉|看到|发现)/

export function isSubject(c: Candidate, all: readonly Candidate[], text: string): boolean {
  let start = c.start
  while (start > 0 && !BREAK.test(text[start - 1]!)) start--
  const lead = text.slice(start, c.start)
  if (lead.length > 14 || PREP_BEFORE.test(lead) || VERB_IN_LEAD.test(lead)) return false
  return !all.some((x) => x !== c && x.start >= start && x.end <= c.start && x.kind !== 'agency')
}

/**
 * People a pronoun cannot stand for: those named after it in its own clause ("他批评特朗普"),
 * unless it is a possessive (他的), which often points at them.
 */
export function clauseMates(c: Candidate, all: readonly Candidate[], text: string): string[] {
  if (text[c.end] === '的') return []
  let end = c.end
  while (end < text.length && !BREAK.test(text[end]!)) end++
  return all.filter((x) => x !== c && !x.coref && x.kind === 'person' && x.start >= c.end && x.end <= end).map((x) => x.name)
}
