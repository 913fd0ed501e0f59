/**
 * Statements whose speaker the form of the text gives rather than a verb of saying: an interview's
 * answer after its speaker's name and a colon, and an attribution to figures an institution put out.
 */
import type { ActorMention } from '../../doc'
import type { Clause } from './clauses'
import type { EventActorRef } from './roles'
import type { TriggerHit } from './triggers'

export interface Attributed {
  hit: TriggerHit
  agent: EventActorRef
}

const agentOf = (m: ActorMention): EventActorRef => ({ id: m.actorId, name: m.name, kind: m.kind, role: 'agent' })

/**
 * 根据美国疾病控制与预防中心发布的一项预测，… / 据马蜂窝公布的数据 / 据瑞典皇家科学院公布的消息: an attribution to figures or news an
 * institution put out tells that it put them out, a statement of the institution named in it.
 */
const PUBLISHED = /^(根据|据)([^，。]{2,30}?)(发布|公布|发表|公开)的[^，。]{0,12}?(数据|预测|报告|调查|民调|统计|研究|指数|消息|声明|公告|名单|结果)/

export function publishedFigures(sentence: string, clause: Clause, inClause: readonly ActorMention[]): Attributed | null {
  const m = PUBLISHED.exec(sentence.slice(clause.start, clause.end))
  if (!m) return null
  const from = clause.start + m[1]!.length
  const verbAt = from + m[2]!.length
  const by = inClause.find((x) => !x.isSource && x.start >= from && x.end <= verbAt && (x.kind === 'organization' || x.kind === 'person'))
  if (!by) return null
  const word = m[3]!
  return {
    hit: { entry: { word, type: 'statement', strength: 0.55 }, start: verbAt, end: verbAt + word.length, word },
    agent: agentOf(by),
  }
}

/**
 * 郑存柱：我想说明的是，… opening a paragraph: in an interview, the person named before the colon
 * answers; the answer's first sentence is that person's statement. The interviewer's label (法广：,
 * DW：) names an outlet, not a person, and gives nothing.
 */
export function speakerLabel(sentence: string, mentions: readonly ActorMention[]): Attributed | null {
  // The name, perhaps after its title (律师郑存柱：).
  const who = mentions.find((m) => m.kind === 'person' && !m.isSource && /^[^，。：:“”"\s]{0,8}$/.test(sentence.slice(0, m.start)))
  // 埃米尔·诺尔德：大丽花：…, a gallery's artist and work, is no answer.
  if (!who || !/^[：:]/.test(sentence.slice(who.end)) || /^[：:][^，。：:]{1,12}[：:]/.test(sentence.slice(who.end))) return null
  return {
    hit: { entry: { word: '：', type: 'statement', strength: 0.4 }, start: who.end, end: who.end + 1, word: '：' },
    agent: agentOf(who),
  }
}

/** What a poll, a study or figures show is news even when the text does not say whose they are. */
export const FINDINGS = /^(调查显示|民调显示|数据显示|报告显示|研究发现|调查发现)$/
