/**
 * Second pass over the article: a name found once (by a title, a gloss, a dot) is a name
 * everywhere in the article, even where no pattern fires (马洛尼周五离开 after 总统马洛尼).
 * The last part of a dotted name counts too (伊万诺维奇 after 彼得·伊万诺维奇), and so does the
 * body of a place's organisation (教育局 after 香港教育局, 统一部 after 韩国统一部).
 */
import { BUREAU_HEADS, STATE_BODIES, lazy, lookupActor } from '../../lexicon'
import type { Candidate } from './candidate'

/** `text` found in a sentence is the actor `name`. */
export type RepeatableNames = readonly { text: string; name: string; kind: Candidate['kind'] }[]

/** Bodies every place has several of, or that say nothing without their place: never short for one. */
const GENERIC_BODIES = new Set(['委员会', '研究所', '研究院', '科学院', '人民政府', '市政府', '省政府', '州政府', '大使馆', '领事馆', '反对派', '武装部队'])

/** A body's head, staff or department (外交部长, 卫生部门, 教育局官员) is another word. */
const NOT_BODY_AFTER = /^(门|长|官员|人员|发言人)/

/** Names worth looking for again (people and organisations found by patterns), longest first. */
export function repeatableNames(found: readonly Candidate[]): RepeatableNames {
  const names = new Map<string, { name: string; kind: Candidate['kind'] }>()
  const tails = new Map<string, Set<string>>()
  for (const c of found) {
    // A place acts only where it opens its clause (see place-subjects.ts): elsewhere it is a place.
    if (c.coref || !c.via.startsWith('pattern:') || c.via === 'pattern:place-subject' || (c.kind !== 'person' && c.kind !== 'organization')) continue
    // The gazetteer finds its names in every sentence already; looking again only costs time.
    if (c.name.length >= 2 && !lookupActor(c.name)) names.set(c.name, { name: c.name, kind: c.kind })
    if (c.kind === 'person' && c.name.includes('·')) {
      const last = c.name.split('·').pop()!
      if (last.length >= 2) names.set(last, { name: last, kind: 'person' })
    }
    const tail = c.kind === 'organization' && (c.via === 'pattern:institution' || c.via === 'pattern:named-body') ? bodyOf(c.name) : null
    if (tail) tails.set(tail, (tails.get(tail) ?? new Set()).add(c.name))
  }
  // A body two organisations of the article share (美国国务院, 中国国务院) is short for neither.
  for (const [tail, of] of tails) if (of.size === 1 && !names.has(tail)) names.set(tail, { name: [...of][0]!, kind: 'organization' })
  return [...names].map(([text, n]) => ({ text, ...n })).sort((a, b) => b.text.length - a.text.length)
}

/** The body at the end of an organisation's name, when it is specific enough to stand alone (教育局, 统一部). */
function bodyOf(name: string): string | null {
  return BODY_TAILS().find((body) => body.length < name.length && name.endsWith(body)) ?? null
}

/** The bodies that may stand alone, longest first, listed once. */
const BODY_TAILS = lazy(() => [...new Set([...STATE_BODIES, ...BUREAU_HEADS])].filter((b) => b.length >= 3 && !GENERIC_BODIES.has(b)).sort((a, b) => b.length - a.length))

/** Occurrences of the names in a sentence's analysis text (Simplified, dots unified: see `analyse`). */
export function repeatedMentions(simple: string, names: RepeatableNames): Candidate[] {
  const out: Candidate[] = []
  for (const { text, name, kind } of names) {
    const body = text !== name && kind === 'organization'
    let from = 0
    for (let i = simple.indexOf(text, from); i >= 0; i = simple.indexOf(text, from)) {
      from = i + text.length
      if (body && NOT_BODY_AFTER.test(simple.slice(from))) continue
      out.push({ start: i, end: i + text.length, text, name, kind, via: 'article-name', priority: 3.5 })
    }
  }
  return out
}
