/**
 * In-article merge: the same happening reported in several sentences (same type, a shared actor
 * that is not just a country, no person on each side the other lacks, compatible days and places)
 * becomes one event listing every sentence; inside one sentence only movements and statements
 * merge (two visits in a sentence are two; 发出声明，说… is one statement). Statements merge only by
 * the same speaker on the same day(s): one speech, interview or press conference reported
 * sentence by sentence. Undated ones count as said within the story's span, so a feature's
 * interviewee quoted sentence after sentence (刘女士说…) is one statement with all its sentences.
 */
import type { ExtractedEvent } from '../../doc'
import { eachNamesAnother, personIds } from '../merge/people'
import { dayRange } from './time'

function specific(e: ExtractedEvent): Set<string> {
  return new Set(e.actors.filter((a) => a.kind !== 'country').map((a) => a.id))
}

function sameSentence(a: ExtractedEvent, b: ExtractedEvent): boolean {
  return a.sentences.some((x) => b.sentences.some((y) => x.paragraph === y.paragraph && x.sentence === y.sentence))
}

/** A sentence tells one movement of an actor: 离开…，标志着访问结束 is one departure, not two. */
const MOTION = new Set(['arrive', 'depart', 'travel'])

export function mergeable(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (a.type !== b.type || (sameSentence(a, b) && !MOTION.has(a.type) && a.type !== 'statement')) return false
  if (a.type === 'statement') {
    if (!sameSpeaker(a, b)) return false
  } else {
    const sa = specific(a)
    if (![...specific(b)].some((id) => sa.has(id))) return false
    if (eachNamesAnother(personIds(a.actors), personIds(b.actors))) return false
  }
  const [a0, a1] = dayRange(a.time)
  const [b0, b1] = dayRange(b.time)
  if (a0 > b1 || b0 > a1) return false
  if (a.location && b.location && !a.location.name.includes(b.location.name) && !b.location.name.includes(a.location.name)) return false
  return true
}

function sameSpeaker(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const agent = (e: ExtractedEvent) => e.actors.find((x) => x.role === 'agent')?.id
  return agent(a) !== undefined && agent(a) === agent(b)
}

/** Explicit beats inherited, a point beats a range. */
function betterTime(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent['time'] {
  const score = (e: ExtractedEvent) => (e.time.audit.inheritedFrom ? 0 : 2) + (e.time.end === null ? 1 : 0) + (e.time.uncertain ? 0 : 1)
  return score(b) > score(a) ? b.time : a.time
}

function combine(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent {
  const actors = [...a.actors]
  for (const x of b.actors) if (!actors.some((y) => y.id === x.id)) actors.push(x)
  return {
    ...a,
    sentences: [...a.sentences, ...b.sentences.filter((y) => !a.sentences.some((x) => x.paragraph === y.paragraph && x.sentence === y.sentence))],
    time: betterTime(a, b),
    actors,
    location: a.location ?? b.location,
    confidence: Math.max(a.confidence, b.confidence),
  }
}

export function mergeInArticle(events: readonly ExtractedEvent[]): ExtractedEvent[] {
  const out: ExtractedEvent[] = []
  for (const e of events) {
    const i = out.findIndex((o) => mergeable(o, e))
    if (i >= 0) out[i] = combine(out[i]!, e)
    else out.push(e)
  }
  return out
}
