/**
 * Second pass over the article: a name found once (by a title, a gloss, a dot) is a name
 * everywhere in the article, even where no pattern fires (马洛尼周五离开 after 总统马洛尼).
 * The last part of a dotted name counts too (伊万诺维奇 after 彼得·伊万诺维奇).
 */
import type { Candidate } from './candidate'

export type RepeatableNames = readonly (readonly [string, Candidate['kind']])[]

/** Names worth looking for again (people and organisations found by patterns), longest first. */
export function repeatableNames(found: readonly Candidate[]): RepeatableNames {
  const names = new Map<string, Candidate['kind']>()
  for (const c of found) {
    // A place acts only where it opens its clause (see place-subjects.ts): elsewhere it is a place.
    if (c.coref || !c.via.startsWith('pattern:') || c.via === 'pattern:place-subject' || (c.kind !== 'person' && c.kind !== 'organization')) continue
    if (c.name.length >= 2) names.set(c.name, c.kind)
    if (c.kind === 'person' && c.name.includes('·')) {
      const last = c.name.split('·').pop()!
      if (last.length >= 2) names.set(last, 'person')
    }
  }
  return [...names].sort((a, b) => b[0].length - a[0].length)
}

/** Occurrences of the names in a sentence's analysis text (Simplified, dots unified: see `analyse`). */
export function repeatedMentions(simple: string, names: RepeatableNames): Candidate[] {
  const out: Candidate[] = []
  for (const [name, kind] of names) {
    let from = 0
    for (let i = simple.indexOf(name, from); i >= 0; i = simple.indexOf(name, from)) {
      from = i + name.length
      out.push({ start: i, end: i + name.length, text: name, name, kind, via: 'article-name', priority: 3.5 })
    }
  }
  return out
}
