/**
 * Trips: an actor's arrival and later departure reported with explicit days give the span of a
 * visit; events during it (访问期间, untimed events of the same actor) take that span.
 */
import type { Draft } from './extract'
import { localDate } from './time'

export interface Trip {
  actorId: string
  start: string
  end: string
}

function explicitDay(d: Draft): string | null {
  if (!d.time.time || (d.time.from !== 'clause' && d.time.from !== 'sentence')) return null
  return localDate(d.time.time.start)
}

export function findTrips(drafts: readonly Draft[]): Trip[] {
  const trips: Trip[] = []
  const arrivals = drafts.filter((d) => d.trigger.entry.type === 'arrive')
  const departures = drafts.filter((d) => d.trigger.entry.type === 'depart')
  for (const a of arrivals) {
    const from = explicitDay(a)
    if (!from) continue
    for (const actor of a.actors.filter((x) => x.kind === 'person')) {
      const to = departures
        .filter((d) => d.actors.some((x) => x.id === actor.id))
        .map(explicitDay)
        .filter((x): x is string => x !== null && x >= from)
        .sort()
        .pop()
      if (to && !trips.some((t) => t.actorId === actor.id)) trips.push({ actorId: actor.id, start: from, end: to })
    }
  }
  return trips
}

/** The trip an event belongs to: one of its actors travelled, or the article has a single trip. */
export function tripOf(d: Draft, trips: readonly Trip[], markerOnly: boolean): Trip | null {
  const own = trips.find((t) => d.actors.some((a) => a.id === t.actorId))
  if (own) return own
  return markerOnly && trips.length === 1 ? trips[0]! : null
}
