/**
 * 在俄罗斯斡旋下 / 在联合国主持下: the side that brokered or hosted what the sentence reports takes
 * part in it, though the phrase names it before the parties and reads like a place (在俄罗斯).
 * The phrase is no event of its own.
 */
import type { ActorMention } from '../../doc'
import type { EventActorRef } from './roles'

const MEDIATION = /在([^，。；]{1,24}?)的?(斡旋|主持|调解|调停|见证|协调|撮合|推动|主导)之?下/g

export interface Mediation {
  /** The phrase, in sentence offsets. */
  start: number
  end: number
  mediators: EventActorRef[]
}

/** Mentions are in sentence offsets; a phrase that names nobody (在各方斡旋下) has no mediators. */
export function mediations(sentence: string, mentions: readonly ActorMention[]): Mediation[] {
  const out: Mediation[] = []
  for (const m of sentence.matchAll(MEDIATION)) {
    const start = m.index
    const end = start + m[0].length
    const named = mentions.filter((x) => !x.isSource && x.start >= start && x.end <= start + 1 + m[1]!.length)
    out.push({ start, end, mediators: named.map((x) => ({ id: x.actorId, name: x.name, kind: x.kind, role: 'participant' as const })) })
  }
  return out
}
