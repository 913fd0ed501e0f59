/**
 * Actors of one clause in their roles: the subject before the trigger is the agent, names after
 * it or after a preposition (向, 与, 对 ...) are participants, the one after 被/遭到 is the agent.
 * Agencies cited as sources and the event's own location are not actors.
 */
import type { ActorMention, ExtractedEvent } from '../../doc'

export type EventActorRef = ExtractedEvent['actors'][number]

const PREP_BEFORE = /(向|对|与|和|同|跟|给|为|及|以及|、|将|把|让|令|帮助|邀请|陪同)$/
const PASSIVE_BEFORE = /(被|遭到|遭|受到|由)$/

/** Mentions are given with sentence offsets. */
export function clauseRoles(
  sentence: string,
  mentions: readonly (ActorMention & { s: number; e: number })[],
  trigger: { start: number; end: number },
  statement: boolean,
  location: { start: number; end: number } | null,
): { actors: EventActorRef[]; agent: EventActorRef | null } {
  const usable = mentions.filter(
    (m) => !m.isSource && !(location && m.s >= location.start && m.e <= location.end) && !(/在$/.test(sentence.slice(0, m.s)) && /^上/.test(sentence.slice(m.e))),
  )
  const actors: EventActorRef[] = []
  const subjects = usable.filter((m) => m.e <= trigger.start && !PREP_BEFORE.test(sentence.slice(0, m.s)) && !qualifies(m, usable, sentence))
  const subject = statement ? speaker(subjects, sentence) : subjects[subjects.length - 1]
  let agent: EventActorRef | null = null
  for (const m of usable) {
    const before = sentence.slice(0, m.s)
    const ref = { id: m.actorId, name: m.name, kind: m.kind }
    let role: EventActorRef['role']
    if (PASSIVE_BEFORE.test(before) || m === subject) role = 'agent'
    else role = m.e <= trigger.start ? 'participant' : 'patient'
    if (role === 'agent' && !agent) agent = { ...ref, role }
    if (actors.some((a) => a.id === ref.id)) continue
    actors.push({ ...ref, role: role === 'agent' && agent?.id !== ref.id ? 'participant' : role })
  }
  return { actors, agent }
}

/** A country or organisation right before another name only qualifies it (加州大学教授甘地, 朝鲜官方通讯社朝中社). */
function qualifies(m: { s: number; e: number; kind: string }, all: readonly { s: number; e: number; kind: string }[], sentence: string): boolean {
  if (m.kind === 'person') return false
  return all.some((x) => x !== m && x.s >= m.e && x.s - m.e <= 8 && (x.kind === 'person' || m.kind === 'country') && !/[，。、；：和与及同跟对向]/.test(sentence.slice(m.e, x.s)))
}

/** Who speaks: the one before 将/把 ("朝中社将…描述为"), else the last person, else the first name. */
function speaker<T extends { s: number; e: number; kind: string }>(subjects: readonly T[], sentence: string): T | undefined {
  const ba = subjects.find((m) => /^\s*(将|把)/.test(sentence.slice(m.e)))
  if (ba) return ba
  const persons = subjects.filter((m) => m.kind === 'person')
  return persons[persons.length - 1] ?? subjects[0]
}
