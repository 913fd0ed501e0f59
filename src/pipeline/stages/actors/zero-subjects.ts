/**
 * Omitted subjects: a clause that opens with a passive marker or a continuation adverb
 * ("…，在机场遭到警方带走", "…，还指…", "…，并于周五返回") and names no actor before it takes the
 * subject of the clause before, in the same sentence. The subject is added as an empty mention
 * at the clause's start ('coref:zero'), so events read it like a written subject. Likewise a
 * clause ending in a ruling verb (法院裁定，…) takes the subject of the clause it introduces as
 * the one ruled on, an empty mention at its end.
 */
import type { ActorMention } from '../../doc'
import { triggerWordAt } from '../../lexicon'

const CLAUSE_BREAK = /[，,；;]/g
/** Verbs whose object is the next clause: who the ruling or decision is about. */
const RULING_END = /(?<!(?:做出|作出)[\u4e00-\u9fff]{0,4})(?<![的项份了])(裁定|裁决|判决|判定|认定|宣判|下令|决定)\s*[，,]$/
const ZERO_START = /^\s*(?:(?:在|于)[^，,；;]{1,12}?)?(?:被|遭到|遭|受到|并且|并|还|又|随后|随即|后来|之后|再|曾经|曾|已经|已|便|遂)/
const NOT_CONTINUATION = /^\s*(还有|也有|又有|还是|并不是|并非|已有|被[^，,；;]{0,3}的)/
/** A mention after one of these is an object or a qualifier, not the subject. */
const NOT_SUBJECT_BEFORE = /(向|对|与|和|同|跟|给|为|被|遭到|遭|受到|把|将|由|在|据|根据|引述|援引|、)\s*$/

interface Rel {
  m: ActorMention
  s: number
  e: number
}

function clauseSpans(text: string): [number, number][] {
  const cuts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1), text.length]
  return cuts.slice(0, -1).map((c, i) => [c, cuts[i + 1]!] as [number, number]).filter(([a, b]) => b > a)
}

/** The subject of a clause: its first actor not after a preposition and not only qualifying the next name. */
export function clauseSubject(text: string, inClause: readonly Rel[]): Rel | undefined {
  const start = inClause.length ? clauseStartOf(text, inClause[0]!.s) : 0
  return inClause.find((r, i) => {
    if (r.m.isSource || NOT_SUBJECT_BEFORE.test(text.slice(0, r.s)) || hasVerb(text, start, r.s)) return false
    const next = inClause[i + 1]
    return !(next && r.m.kind !== 'person' && next.s - r.e <= 8 && !/[，。、；：和与及]/.test(text.slice(r.e, next.s)) && !hasVerb(text, r.e, next.s))
  })
}

function clauseStartOf(text: string, at: number): number {
  let i = at
  while (i > 0 && !/[，,；;。]/.test(text[i - 1]!)) i--
  return i
}

/** A trigger word between the clause start and the mention makes the mention its object (拘留X). */
function hasVerb(text: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const w = triggerWordAt(text, i)
    if (w && i + w.length <= to) return true
  }
  return false
}

/** Empty mentions for the omitted subjects of one sentence (offsets relative to the sentence). */
export function zeroSubjects(text: string, mentions: readonly Rel[]): Rel[] {
  const out: Rel[] = []
  let previous: Rel | undefined
  for (const [a, b] of clauseSpans(text)) {
    const clause = text.slice(a, b)
    const inClause = mentions.filter((r) => r.s >= a && r.e <= b)
    const marker = ZERO_START.exec(clause)
    const zero = marker && !NOT_CONTINUATION.test(clause) && !inClause.some((r) => r.s < a + marker[0].length)
    if (zero && previous) {
      const at = a + (clause.length - clause.trimStart().length)
      const z: Rel = { m: { ...previous.m, text: '', via: 'coref:zero', isSource: false }, s: at, e: at }
      out.push(z)
      previous = z
      continue
    }
    previous = clauseSubject(text, inClause) ?? (inClause.length ? undefined : previous)
  }
  return [...out, ...rulingObjects(text, mentions)]
}

/** "法院裁定，X没有权力…": X, as an empty mention right after the ruling verb. */
function rulingObjects(text: string, mentions: readonly Rel[]): Rel[] {
  const spans = clauseSpans(text)
  const out: Rel[] = []
  for (const [i, [a, b]] of spans.entries()) {
    if (!RULING_END.test(text.slice(a, b)) || !spans[i + 1]) continue
    const [na, nb] = spans[i + 1]!
    const object = clauseSubject(text, mentions.filter((r) => r.s >= na && r.e <= nb))
    const at = b - 1
    if (object) out.push({ m: { ...object.m, text: '', via: 'coref:zero', isSource: false }, s: at, e: at })
  }
  return out
}
