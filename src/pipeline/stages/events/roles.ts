/**
 * Actors of one clause in their roles: the subject before the trigger is the agent, names after
 * it or after a preposition (向, 与, 对 ...) are participants, the one after 被/遭到 is the agent.
 * Agencies cited as sources and the event's own location are not actors.
 */
import type { ActorMention, ExtractedEvent } from '../../doc'
import { titleGroup } from '../../lexicon'

export type EventActorRef = ExtractedEvent['actors'][number]

/** Prepositions that keep their sense across a title (联同常务秘书长李美嫦, 向外长王毅). */
const PREPOSITIONS = '向|对|给|将|把|让|令|帮助|邀请|陪同|联同|连同|偕同|携同|跟'
const PREP_BEFORE_TITLE = new RegExp(`(${PREPOSITIONS})$`)
/** Right before a name, joining words count too; across a title they join titles (作家和活动人士某某, 因为，美国务卿…). */
const PREP_BEFORE = new RegExp(`(${PREPOSITIONS}|与|和|同|为|及|以及|、)$`)
const PASSIVE_BEFORE = /(被|遭到|遭|受到|由)$/

/** Mentions are given with sentence offsets (start/end count from the sentence's start). */
export function clauseRoles(
  sentence: string,
  mentions: readonly ActorMention[],
  trigger: { start: number; end: number },
  statement: boolean,
  location: { start: number; end: number } | null,
  clauseStart = 0,
): { actors: EventActorRef[]; agent: EventActorRef | null } {
  const usable = mentions.filter(
    (m) => !m.isSource && !(location && m.start >= location.start && m.end <= location.end) && !isMedium(sentence, m),
  )
  const actors: EventActorRef[] = []
  const beforeTrigger = usable.filter((m) => m.end <= trigger.start)
  const subjects = beforeTrigger.filter(
    (m) =>
      !afterPreposition(sentence, m.start) &&
      !qualifies(m, beforeTrigger, sentence) &&
      !inOpeningPhrase(sentence, m, clauseStart) &&
      !inSettingPhrase(sentence, m, trigger.start) &&
      !isPlaceOf(sentence, m),
  )
  const subject = statement ? speaker(subjects, sentence) : subjects[subjects.length - 1]
  let agent: EventActorRef | null = null
  for (const m of usable) {
    const before = sentence.slice(0, m.start)
    const ref = { id: m.actorId, name: m.name, kind: m.kind }
    let role: EventActorRef['role']
    // 被X冠上称号的Y发布…: X acts in the modifier of the subject Y, not in the clause.
    const passive = PASSIVE_BEFORE.test(before) && !(subject && subject.start > m.end && sentence.slice(m.end, subject.start).includes('的'))
    if (passive || m === subject) role = 'agent'
    else role = m.end <= trigger.start ? 'participant' : 'patient'
    if (role === 'agent' && !agent) agent = withRole(ref, role)
    if (actors.some((a) => a.id === ref.id)) continue
    actors.push(withRole(ref, role === 'agent' && agent?.id !== ref.id ? 'participant' : role))
  }
  return { actors, agent }
}

/** 在推特上 / 在《苹果日报》上 / 通过YouTube等渠道: a platform or paper the event used, not one taking part. */
export function isMedium(sentence: string, m: { start: number; end: number }): boolean {
  return /(在|通过|透过|经由)《?$/.test(sentence.slice(0, m.start)) && /^》?(上|等|平台|网站|账号|帐号|页面|直播)/.test(sentence.slice(m.end))
}

/** A clause that opens with 对 / 向 / 针对 (，对执行国安法的机关作出指控) has left out its subject: the names in the phrase are not it. */
const OPENING_PREPOSITION = /^(对于|针对|对(?![方手外话此抗峙立比照应称])|向(?![来前]))/

function inOpeningPhrase(sentence: string, m: { start: number }, clauseStart: number): boolean {
  const before = sentence.slice(clauseStart, m.start)
  const lead = before.length - before.trimStart().length
  return OPENING_PREPOSITION.test(before.slice(lead)) && !/[，,]/.test(before)
}

/**
 * 在王毅展开访问时抵达台湾: a name that opens a phrase of time or setting (在…时, 在…期间, 在…之后)
 * before the verb tells when, not who.
 */
function inSettingPhrase(sentence: string, m: { start: number; end: number }, triggerStart: number): boolean {
  return SETTING_OPEN.test(sentence.slice(0, m.start)) && SETTING_CLOSE.test(sentence.slice(m.end, triggerStart))
}
/** 在, perhaps with the name's country or title after it (在外长王毅…, 在美国总统…). */
const SETTING_OPEN = /在[^，,。；在的]{0,8}$/
const SETTING_CLOSE = /^[^，,。；]*?(时|期间|之际|之后|以后|后|之前|以前)\s*$/

/** A preposition before the name, or before its title (联同常务秘书长李美嫦). */
function afterPreposition(sentence: string, start: number): boolean {
  if (PREP_BEFORE.test(sentence.slice(0, start))) return true
  for (let k = 2; k <= 8 && k <= start; k++) {
    if (!PREP_BEFORE_TITLE.test(sentence.slice(0, start - k))) continue
    // The title may carry a short qualifier before it (常务秘书长, 副外长).
    const words = sentence.slice(start - k, start)
    if (!/^[\u4e00-\u9fff]+$/.test(words)) break
    for (let j = 0; j <= 3 && words.length - j >= 2; j++) if (titleGroup(words.slice(j))) return true
  }
  return false
}

/** 在中联办外, 在白宫门前: a body named as the place of the happening, by a word for where around it. */
export function isPlaceOf(sentence: string, m: { start: number; end: number }): boolean {
  return /在\s*$/.test(sentence.slice(0, m.start)) && /^(外|以外|门前|门外|门口|附近|大楼|楼前|楼外|前面|旁边|对面)/.test(sentence.slice(m.end))
}

/** { ...ref, role } as a literal: V8 runs a spread followed by a new key on a slow path. */
function withRole(ref: Omit<EventActorRef, 'role'>, role: EventActorRef['role']): EventActorRef {
  return { id: ref.id, name: ref.name, kind: ref.kind, role }
}

/** A country or organisation right before another name only qualifies it (加州大学教授甘地, 朝鲜官方通讯社朝中社); `all` are the names before the trigger. */
export function qualifies(m: { start: number; end: number; kind: string }, all: readonly { start: number; end: number; kind: string }[], sentence: string): boolean {
  if (m.kind === 'person') return false
  // A preposition between (香港政府就陈同佳…) opens the predicate: the name before it acts.
  return all.some((x) => {
    if (x === m || x.start < m.end) return false
    // A Latin gloss between (中心(Center)主任某某) is part of the name before it.
    const between = sentence.slice(m.end, x.start).replace(LATIN_GLOSS, '')
    return (between.length <= 8 && (x.kind === 'person' || m.kind === 'country') && !/[，。、；：和与及同跟对向就为把被将给]/.test(between)) || (x.kind === 'person' && headsBodyOf(between))
  })
}
const LATIN_GLOSS = /[（(][A-Za-z][^（）()]{0,80}[）)]/g

/**
 * 美国国家反谍报与安全中心主任…: a body's name the patterns did not find, then the title of its
 * head, between a name and a person: the name only says whose body it is. The body may hold 与 or
 * 和 (战略与国际研究中心).
 */
function headsBodyOf(plain: string): boolean {
  if (plain.length > 16 || !/^[\u4e00-\u9fff]+$/.test(plain) || !BODY_HEAD.test(plain)) return false
  for (let j = plain.length - 2; j >= 2; j--) if (titleGroup(plain.slice(j))) return !/[的对向就为把被将给同跟]/.test(plain.slice(0, j))
  return false
}
const BODY_HEAD = /(中心|委员会|研究所|研究院|学会|协会|基金会|办公室|事务所|局|署|部|院|会)[\u4e00-\u9fff]{1,4}$/

/** Who speaks: the one before 将/把 ("朝中社将…描述为"), else the last person, else the first name. */
function speaker<T extends { start: number; end: number; kind: string }>(subjects: readonly T[], sentence: string): T | undefined {
  const ba = subjects.find((m) => /^\s*(将|把)/.test(sentence.slice(m.end)))
  if (ba) return ba
  const persons = subjects.filter((m) => m.kind === 'person')
  return persons[persons.length - 1] ?? subjects[0]
}
