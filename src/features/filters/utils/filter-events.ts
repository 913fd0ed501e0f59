import type { EventType } from '../../../schema'
import type { EventFacts } from './event-facts'

export interface EventFilter {
  /** Checked actor ids; null means no actor filter (events without actors stay). */
  actors: ReadonlySet<string> | null
  actorMode: 'any' | 'all'
  types: ReadonlySet<EventType> | null
  outlets: ReadonlySet<string> | null
  from: string | null
  to: string | null
  /** Per event position: does it match the text search? null means no search. */
  text: ((position: number) => boolean) | null
}

export interface FilterResult {
  /** Positions (into the facts array) of the events that pass every filter, in time order. */
  positions: number[]
  /** Per facet, how many events would show for each value with the other filters applied. */
  typeCounts: Map<EventType, number>
  outletCounts: Map<string, number>
  actorCounts: Map<string, number>
}

function passesActors(facts: EventFacts, filter: EventFilter): boolean {
  const selected = filter.actors
  if (selected === null) return true
  if (selected.size === 0) return false
  if (filter.actorMode === 'all') return [...selected].every((id) => facts.actorIds.includes(id))
  return facts.actorIds.some((id) => selected.has(id))
}

function passesRest(facts: EventFacts, position: number, filter: EventFilter): boolean {
  if (filter.from !== null && facts.lastDay < filter.from) return false
  if (filter.to !== null && facts.firstDay > filter.to) return false
  return filter.text === null || filter.text(position)
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** One pass: the shown events and the faceted counts (each facet ignores its own selection). */
export function filterEvents(all: readonly EventFacts[], filter: EventFilter): FilterResult {
  const result: FilterResult = { positions: [], typeCounts: new Map(), outletCounts: new Map(), actorCounts: new Map() }
  all.forEach((facts, position) => {
    if (!passesRest(facts, position, filter)) return
    const actorsOk = passesActors(facts, filter)
    const typeOk = filter.types === null || filter.types.has(facts.type)
    const outletOk = filter.outlets === null || facts.outlets.some((o) => filter.outlets!.has(o))
    if (actorsOk && typeOk && outletOk) result.positions.push(position)
    if (actorsOk && outletOk) increment(result.typeCounts, facts.type)
    if (actorsOk && typeOk) for (const outlet of facts.outlets) increment(result.outletCounts, outlet)
    if (typeOk && outletOk) for (const id of facts.actorIds) increment(result.actorCounts, id)
  })
  return result
}
