/**
 * Clauses of a sentence: split at ，；： and before a conjunction that starts a new predicate
 * (并, 并且, 随后, 然后, 同时; in English "and" before a past-tense verb), so "参加了…，并在…参观了…"
 * and "arrived in Tokyo and met …" give two clauses and two events; never inside brackets. Offsets
 * are into the sentence text.
 */
export interface Clause {
  index: number
  start: number
  end: number
  text: string
}

const BREAK = /[，,；;：:]|(?<=[^，,])(?=(?:并且|随后|然后|之后又|并在|并向|并与|并于|并将|并对))|(?<=[a-z)])(?=\s+and\s+(?:[a-z]+ed|met|left|flew|said|told|spoke|won|gave|went|began|shot|struck|fled|held|sent|took)\b)/g

/** Spans inside closed brackets: a gloss (安德烈娅·盖兹（Andrea Ghez，1965年出生）) is part of its name's clause. */
function bracketed(text: string): [number, number][] {
  const spans: [number, number][] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if ((c === '（' || c === '(') && open < 0) open = i
    else if ((c === '）' || c === ')') && open >= 0) {
      spans.push([open, i])
      open = -1
    }
  }
  return spans
}

export function splitClauses(text: string): Clause[] {
  const cuts = [0]
  const glosses = bracketed(text)
  for (const m of text.matchAll(BREAK)) if (!glosses.some(([s, e]) => m.index > s && m.index < e)) cuts.push(m.index + m[0].length)
  cuts.push(text.length)
  const out: Clause[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    if (end <= start) continue
    out.push({ index: out.length, start, end, text: text.slice(start, end) })
  }
  return out
}
