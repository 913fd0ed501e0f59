import type { DataIndex, Event, EventTime, EventType } from '../../../schema'

/** What the filters look at, precomputed once per data set (no per-keystroke work). */
export interface EventFacts {
  id: string
  type: EventType
  actorIds: readonly string[]
  outlets: readonly string[]
  /** First and last calendar day the event may fall on (YYYY-MM-DD). */
  firstDay: string
  lastDay: string
}

function lastDayOf(time: EventTime): string {
  if (time.end) return time.end.slice(0, 10)
  const start = time.start.slice(0, 10)
  if (time.granularity === 'year') return `${start.slice(0, 4)}-12-31`
  if (time.granularity === 'month') {
    const [year, month] = start.split('-').map(Number) as [number, number]
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
  }
  return start
}

export function byTime(a: Event, b: Event): number {
  return a.time.start.localeCompare(b.time.start) || a.id.localeCompare(b.id)
}

/** The events in time order with their facts, aligned by position. */
export function buildEventFacts(index: DataIndex): { events: Event[]; facts: EventFacts[] } {
  const outletOf = new Map(index.articles.map((a) => [a.id, a.outlet]))
  const events = [...index.events].sort(byTime)
  const facts = events.map((event) => ({
    id: event.id,
    type: event.type,
    actorIds: event.actors.map((a) => a.id),
    outlets: [...new Set(event.sources.flatMap((s) => outletOf.get(s.articleId) ?? []))],
    firstDay: event.time.start.slice(0, 10),
    lastDay: lastDayOf(event.time),
  }))
  return { events, facts }
}
