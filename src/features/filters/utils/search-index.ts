import type { DataIndex, Event } from '../../../schema'
import { NAME_VARIANTS } from './name-variants'

/** Folds a text for matching: Simplified script (when the converter is loaded) and lower case. */
export type Fold = (text: string) => string

const SEPARATOR = '\u0001'

export interface SearchIndex {
  /** Per event (same order as the events given), everything a query may match, folded. */
  haystacks: string[]
  /** Groups of folded spellings of one name (an actor's name and aliases, known variants). */
  spellings: string[][]
}

function foldWith(fold: Fold): Fold {
  return (text) => fold(text).toLowerCase()
}

/**
 * Sentences, article titles, actor names and aliases of each event, folded once: a title or an
 * actor is folded once however many events repeat it (opencc is the costly part).
 */
export function buildSearchIndex(index: DataIndex, events: readonly Event[], rawFold: Fold): SearchIndex {
  const fold = foldWith(rawFold)
  const titleOf = new Map(index.articles.map((a) => [a.id, fold(a.title)]))
  const actorText = new Map(index.actors.map((a) => [a.id, fold([a.name, ...a.aliases].join(SEPARATOR))]))
  const haystacks = events.map((event) => {
    const parts = [
      fold([...event.sources.map((s) => s.text), event.location?.name ?? ''].join(SEPARATOR)),
      ...new Set(event.sources.map((s) => titleOf.get(s.articleId) ?? '')),
      ...event.actors.map((a) => actorText.get(a.id) ?? fold(a.name)),
    ]
    return parts.join(SEPARATOR)
  })
  const groups = [...index.actors.map((a) => [a.name, ...a.aliases]), ...NAME_VARIANTS]
  const spellings = groups
    .map((group) => [...new Set(group.map(fold))].filter((s) => s.length >= 2))
    .filter((group) => group.length > 1)
  return { haystacks, spellings }
}

/**
 * The folded query and, where it contains a name with other spellings (an actor's aliases, a
 * known variant: 普京 / 普丁), the query with each other spelling in its place.
 */
export function queryVariants(query: string, search: SearchIndex, rawFold: Fold): string[] {
  const folded = foldWith(rawFold)(query.trim())
  if (folded === '') return []
  const variants = new Set([folded])
  for (const spellings of search.spellings) {
    for (const written of spellings.filter((s) => folded.includes(s))) {
      for (const other of spellings) variants.add(folded.replaceAll(written, other))
    }
  }
  return [...variants]
}

export function matchesAny(haystack: string, variants: readonly string[]): boolean {
  return variants.some((v) => haystack.includes(v))
}
