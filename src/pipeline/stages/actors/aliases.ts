/**
 * A second name in brackets right after a person's name is the same person (杨某某（杨某）,
 * 某某（又名某某）): the bracketed name becomes an alias the rest of the article may use alone.
 */
import { isSurname, isTranslitChar } from '../../lexicon/translit'
import type { Candidate } from './candidate'

const BRACKETED = /^[（(](?:又名|原名|本名|笔名|化名|又译|即)?([\u4e00-\u9fff·]{2,8})[)）]/

function looksLikeName(word: string): boolean {
  if (word.includes('·')) return true
  if (isSurname(word[0]!) && word.length <= 3) return true
  return [...word].every(isTranslitChar)
}

export function bracketedAliases(text: string, chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of chosen) {
    if (c.kind !== 'person' || c.coref) continue
    const m = BRACKETED.exec(text.slice(c.end))
    if (!m || !looksLikeName(m[1]!) || m[1] === c.name) continue
    const start = c.end + m[0].indexOf(m[1]!)
    const end = start + m[1]!.length
    out.push({ start, end, text: m[1]!, name: m[1]!, kind: 'person', via: 'pattern:alias', priority: 6, aliasOf: c.name })
  }
  return out
}
