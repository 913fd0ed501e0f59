import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { DataIndex, Event, EventType } from '../../../schema'
import { buildEventFacts } from '../utils/event-facts'
import { filterEvents, type FilterResult } from '../utils/filter-events'
import { buildSearchIndex, matchesAny, queryVariants, type Fold } from '../utils/search-index'

export interface FilterInput {
  /** Checked actor ids; null means no actor filter. */
  actors: ReadonlySet<string> | null
  actorMode: 'any' | 'all'
  types: readonly EventType[] | null
  /** Outlets as known to the data (see knownOutlets). */
  outlets: readonly string[] | null
  from: string | null
  to: string | null
  q: string
}

export interface FilteredEvents extends Omit<FilterResult, 'positions'> {
  /** Every event in time order. */
  all: readonly Event[]
  /** The events passing every filter, in time order. */
  shown: Event[]
  shownIds: ReadonlySet<string>
  /** True while the Simplified/Traditional converter is loading (search is script-exact meanwhile). */
  searchPending: boolean
}

const identity: Fold = (text) => text

/** The Traditional→Simplified converter, loaded on the first search only (opencc is big). */
function useScriptFold(enabled: boolean): { fold: Fold | null; pending: boolean } {
  const query = useQuery({
    queryKey: ['lib', 'chinese-script'],
    queryFn: async () => ({ fold: (await import('../../../lib/chinese-script')).toSimplified as Fold }),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
  })
  return { fold: query.data?.fold ?? null, pending: enabled && query.isPending }
}

/** The filtered events and facet counts; indexes are built once per data set (search: per fold). */
export function useFilteredEvents(index: DataIndex, input: FilterInput): FilteredEvents {
  const { events, facts } = useMemo(() => buildEventFacts(index), [index])
  const searching = input.q !== ''
  const script = useScriptFold(searching)
  const fold = script.fold ?? identity
  const search = useMemo(() => (searching ? buildSearchIndex(index, events, fold) : null), [searching, index, events, fold])
  const variants = useMemo(() => (search ? queryVariants(input.q, search, fold) : []), [search, input.q, fold])
  const types = useMemo(() => (input.types ? new Set(input.types) : null), [input.types])
  const outlets = useMemo(() => (input.outlets ? new Set(input.outlets) : null), [input.outlets])
  const { actors, actorMode, from, to } = input
  return useMemo(() => {
    const text = search ? (position: number) => matchesAny(search.haystacks[position] ?? '', variants) : null
    const result = filterEvents(facts, { actors, actorMode, types, outlets, from, to, text })
    const shown = result.positions.map((p) => events[p]!)
    return {
      all: events,
      shown,
      shownIds: new Set(shown.map((e) => e.id)),
      typeCounts: result.typeCounts,
      outletCounts: result.outletCounts,
      actorCounts: result.actorCounts,
      searchPending: script.pending,
    }
  }, [facts, events, search, variants, actors, actorMode, types, outlets, from, to, script.pending])
}
