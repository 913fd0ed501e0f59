/**
 * Lookups over the lexicon data, built lazily once. Keys are Simplified; callers convert text
 * with `toSimplified` first.
 */
import type { ActorKind } from '../../schema'
import { COUNTRIES } from './countries'
import { EN_COUNTRY_NAMES } from './countries-en'
import { lazy } from './lazy'
import { longestAt, prefixTrie } from './prefix-trie'
import { AGENCIES, INSTITUTIONS } from './organizations'
import { PEOPLE } from './people'
import { PLACES, PLACE_SUFFIXES } from './places'
import { TITLES } from './titles'
import { TRIGGERS, triggerWords, type TriggerEntry } from './triggers'

export { toSimplified, normalizeDots } from './script'
export { lazy } from './lazy'
export type { TriggerEntry } from './triggers'

export interface GazetteerEntry {
  /** Canonical Simplified name. */
  name: string
  kind: ActorKind
  /** Country a person or institution belongs to. */
  country?: string
  female?: true
}

const gazetteer = lazy(() => {
  const map = new Map<string, GazetteerEntry>()
  const add = (alias: string, entry: GazetteerEntry) => {
    if (!map.has(alias)) map.set(alias, entry)
  }
  for (const p of PEOPLE) for (const a of [p.name, ...p.aliases]) add(a, { name: p.name, kind: 'person', country: p.country, ...(p.female ? { female: true } : {}) })
  for (const c of COUNTRIES) for (const a of [c.name, ...c.aliases, ...(EN_COUNTRY_NAMES[c.name] ?? [])]) add(a, { name: c.name, kind: 'country' })
  for (const o of [...AGENCIES, ...INSTITUTIONS])
    for (const a of [o.name, ...o.aliases]) add(a, { name: o.name, kind: o.kind, country: o.country })
  return map
})

/** The gazetteer entry an alias (Simplified) stands for, if any. */
export function lookupActor(alias: string): GazetteerEntry | undefined {
  return gazetteer().get(alias)
}

/** Every alias, longest first, for longest-match scanning. */
export const actorAliases = lazy(() => [...gazetteer().keys()].sort((a, b) => b.length - a.length))

const titleMap = lazy(() => new Map(TITLES.map((t) => [t.title, t.group])))
export const titleList = lazy(() => TITLES.map((t) => t.title).sort((a, b) => b.length - a.length))

/** The coreference group of a title (外长 → foreign), or undefined. */
export function titleGroup(title: string): string | undefined {
  return titleMap().get(title)
}

const placeSet = lazy(() => new Set([...PLACES, ...COUNTRIES.map((c) => c.name)]))
export function isKnownPlace(name: string): boolean {
  return placeSet().has(name)
}
export const placeList = lazy(() => [...placeSet()].sort((a, b) => b.length - a.length))
export const placeSuffixes = lazy(() => [...PLACE_SUFFIXES].sort((a, b) => b.length - a.length))

/** Triggers, longest first (so 班师回 wins over 回, 达成…协议 over 达成). */
export const triggerList = lazy((): readonly TriggerEntry[] =>
  [...TRIGGERS].sort((a, b) => b.word.replace('…', '').length - a.word.replace('…', '').length),
)

/** Words to add to the segmenter's dictionary so it keeps them whole. */
export const userWords = lazy(() => {
  const words: { word: string; tag: string }[] = []
  for (const [alias, e] of gazetteer()) {
    if (!/^[\u4e00-\u9fff·]+$/.test(alias)) continue
    words.push({ word: alias, tag: e.kind === 'person' ? 'nr' : e.kind === 'country' ? 'ns' : 'nt' })
  }
  for (const p of PLACES) words.push({ word: p, tag: 'ns' })
  for (const t of TITLES) words.push({ word: t.title, tag: 'n' })
  for (const w of triggerWords()) words.push({ word: w, tag: 'v' })
  return words
})

const aliasIndex = lazy(() => prefixTrie(actorAliases()))
const titleIndex = lazy(() => prefixTrie(titleList()))
const placeIndex = lazy(() => prefixTrie(placeList()))
const triggerWordIndex = lazy(() => prefixTrie(TRIGGERS.map((t) => t.word).filter((w) => !w.includes('…') && w.length >= 2)))

/** The longest gazetteer alias starting at `i`, if any. */
export const aliasAt = (text: string, i: number) => longestAt(aliasIndex(), text, i)
/** The longest title starting at `i`, if any. */
export const titleAt = (text: string, i: number) => longestAt(titleIndex(), text, i)
/** The longest known place starting at `i`, if any. */
export const placeAt = (text: string, i: number) => longestAt(placeIndex(), text, i)
/** The longest (two or more characters) trigger word starting at `i`, if any. */
export const triggerWordAt = (text: string, i: number) => longestAt(triggerWordIndex(), text, i)

/** A trigger word starts somewhere inside `word` (两栖登陆, 紧急召开). */
export function holdsTrigger(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (triggerWordAt(word, i) !== undefined) return true
  return false
}

/** Triggers by first code unit, longest first, each with its first part (before "…") split once. */
const triggerEntryIndex = lazy(() => {
  const map = new Map<number, { entry: TriggerEntry; first: string }[]>()
  for (const entry of triggerList()) {
    const k = entry.word.charCodeAt(0)
    const item = { entry, first: entry.word.split('…')[0]! }
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
})

/** Trigger entries whose (first part) word starts at `i`, longest first. */
export function triggersAt(text: string, i: number): TriggerEntry[] {
  const candidates = triggerEntryIndex().get(text.charCodeAt(i))
  if (!candidates) return []
  return candidates.filter((c) => text.startsWith(c.first, i)).map((c) => c.entry)
}

export { FEMALE_NAME_ENDINGS, FEMALE_TITLES, MALE_TITLES } from './gender'
export { BUREAU_HEADS, COMPANY_HEADS, COURT_HEAD, FOREIGN_FIRM_HEAD, STATE_BODIES } from './bodies'
export { NOT_BODIES, NOT_NAMES, TITLE_QUALIFIERS } from './not-names'
