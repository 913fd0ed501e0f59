import type { DataIndex, Event } from '../../../schema'

/** Folds a text for matching: Simplified script (when the converter is loaded) and lower case. */
export type Fold = (text: string) => string

const SEPARATOR = '\u0001'

export interface SearchIndex {
  /** Per event (same order as the events given), everything a query may match, folded. */
  haystacks: string[]
  /** Each actor's folded spellings (name and aliases), for expanding a query naming one. */
  spellings: string[][]
}

function foldWith(fold: Fold): Fold {
  return (text) => fold(text).toLowerCase()
}

/** Sentences, article titles, actor names and aliases of each event, folded once. */
export function buildSearchIndex(index: DataIndex, events: readonly Event[], rawFold: Fold): SearchIndex {
  const fold = foldWith(rawFold)
  const titleOf = new Map(index.articles.map((a) => [a.id, a.title]))
  const actorText = new Map(index.actors.map((a) => [a.id, [a.name, ...a.aliases].join(SEPARATOR)]))
  const haystacks = events.map((event) => {
    const parts = [
      ...event.sources.map((s) => s.text),
      ...new Set(event.sources.map((s) => titleOf.get(s.articleId) ?? '')),
      ...event.actors.map((a) => actorText.get(a.id) ?? a.name),
      event.location?.name ?? '',
    ]
    return fold(parts.join(SEPARATOR))
  })
  const spellings = index.actors.map((a) => [...new Set([a.name, ...a.aliases].map(fold))])
  return { haystacks, spellings }
}

/**
 * The folded query and, when it names an actor (普京, or its alias 普丁), every spelling of that
 * actor, so a sentence that writes the other spelling still matches.
 */
export function queryVariants(query: string, search: SearchIndex, rawFold: Fold): string[] {
  const folded = foldWith(rawFold)(query.trim())
  if (folded === '') return []
  const variants = new Set([folded])
  for (const spellings of search.spellings) {
    if (spellings.includes(folded)) for (const s of spellings) variants.add(s)
  }
  return [...variants]
}

export function matchesAny(haystack: string, variants: readonly string[]): boolean {
  return variants.some((v) => haystack.includes(v))
}
