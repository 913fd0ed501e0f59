/**
 * A dated happening told with a verb no trigger lists yet (纳达尔今天直落三盘撂倒…, 总统周一更换了
 * 座驾): news puts a day on what happened, so a clause with its own time expression, a named subject
 * and a verb after it is an event of type `other`, at low confidence. Without a time, a named
 * person's or organisation's act the aspect marks as done (彼得就正式收养了安东尼, 路德维希博物馆
 * 在馆藏中发现了赝品) is one too. Only for sentences that
 * gave no triggered event; plans, hedges, negations, quotations and attributions stay out.
 */
import type { Token } from '../actors/segmenter'
import type { Clause } from './clauses'
import type { TriggerHit } from './triggers'

/** Verbs that describe, judge or link rather than report something done. */
const NOT_HAPPENINGS = new Set([
  '是', '有', '为', '成为', '叫', '称为', '属于', '包括', '位于', '认为', '觉得', '相信', '希望', '想', '要', '会', '能', '可以', '应该', '应', '需要',
  '可能', '显示', '意味着', '代表', '看来', '似乎', '知道', '了解', '面临', '拥有', '存在', '来自', '据', '根据', '表明', '估计', '预计', '计划', '打算',
  '准备', '将', '继续', '保持', '仍', '没有', '在', '使', '让', '受', '给', '用', '以', '对', '向', '从', '到', '由',
])
const NEGATED_BEFORE = /(不|未|没|没有|并未|尚未|从未)[^，。]{0,2}$/
const FUTURE_OR_HEDGE = /(将|将会|计划|准备|拟|打算|预计|即将|快要|就要|有望|可能|或许|也许|如果|假如|一旦|若|是否|应该|需要|希望)/

/** What comes before the verb makes it planned, hedged or negated: nothing was done. */
function notDone(before: string): boolean {
  return FUTURE_OR_HEDGE.test(before) || NEGATED_BEFORE.test(before)
}

export interface UntriggeredInput {
  /** The (Simplified) sentence. */
  sentence: string
  clause: Clause
  tokens: readonly Token[]
  /** End of the clause's first actor that is not a cited source (sentence offsets), or -1. */
  subjectEnd: number
  /** The clause holds a time expression of the sentence that is not about the future. */
  dated: boolean
  quotes: readonly [number, number][]
}

/** The verb that makes the clause a dated happening, as a trigger of type `other`, or null. */
export function untriggeredHit(input: UntriggeredInput): TriggerHit | null {
  const { sentence, clause, tokens, subjectEnd, dated, quotes } = input
  if (subjectEnd < 0) return null
  const verb = tokens.find((t) => t.start >= subjectEnd && t.end <= clause.end && t.tag === 'v' && t.word.length >= 2 && !NOT_HAPPENINGS.has(t.word))
  if (!verb) return null
  // Undated, only a verb the aspect marks as done (彼得就正式收养了安东尼) tells a happening.
  if (!dated && !tokens.some((t) => t.start === verb.end && t.word === '了')) return null
  if (notDone(sentence.slice(clause.start, verb.start))) return null
  if (quotes.some(([s, e]) => verb.start >= s && verb.end <= e)) return null
  if (/^的/.test(sentence.slice(verb.end))) return null
  return { entry: { word: verb.word, type: 'other', strength: 0.25 }, start: verb.start, end: verb.end, word: verb.word }
}

/**
 * The verb that carries a clause the sentence model judged a happening (外泄文件被披露, 欧股今天多半
 * 收涨), as a trigger of type `other` and the given strength: the clause's first verb that
 * describes no state, outside quotations, not a modifier (…的) and neither planned, hedged nor
 * negated. Null when the clause has none.
 */
export function happeningVerb(sentence: string, clause: Clause, tokens: readonly Token[], quotes: readonly [number, number][], strength: number): TriggerHit | null {
  const verb = tokens.find(
    (t) =>
      t.start >= clause.start &&
      t.end <= clause.end &&
      t.tag.startsWith('v') &&
      t.word.length >= 2 &&
      !NOT_HAPPENINGS.has(t.word) &&
      !quotes.some(([s, e]) => t.start >= s && t.end <= e) &&
      sentence[t.end] !== '的',
  )
  if (!verb || notDone(sentence.slice(clause.start, verb.start))) return null
  return { entry: { word: verb.word, type: 'other', strength }, start: verb.start, end: verb.end, word: verb.word }
}
