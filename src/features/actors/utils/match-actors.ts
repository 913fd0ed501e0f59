import type { Actor } from '../../../schema'

/** Actors whose name or an alias contains the query (case-insensitive); all of them for ''. */
export function matchActors(actors: readonly Actor[], query: string): readonly Actor[] {
  const needle = query.trim().toLowerCase()
  if (needle === '') return actors
  return actors.filter((a) => [a.name, ...a.aliases, a.id].some((s) => s.toLowerCase().includes(needle)))
}
