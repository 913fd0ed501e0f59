import { EVENT_TYPES, type DataIndex, type EventType } from '../../../schema'

/** Outlets of the data set, in name order. */
export function outletsOf(index: DataIndex): string[] {
  return [...new Set(index.articles.map((a) => a.outlet))].sort()
}

/** Types that occur in the data set, in the schema's order. */
export function typesOf(index: DataIndex): EventType[] {
  const present = new Set(index.events.map((e) => e.type))
  return EVENT_TYPES.filter((t) => present.has(t))
}

/** The URL's outlets that the data knows; none left (or every one) means no outlet filter. */
export function knownOutlets(values: readonly string[] | null, index: DataIndex): string[] | null {
  if (values === null) return null
  const all = outletsOf(index)
  const known = all.filter((o) => values.includes(o))
  return known.length === 0 || known.length === all.length ? null : known
}

/** A type filter that names every type of the data set is no filter. */
export function effectiveTypes(values: readonly EventType[] | null, index: DataIndex): EventType[] | null {
  if (values === null) return null
  const present = typesOf(index)
  const kept = values.filter((t) => present.includes(t))
  return kept.length === 0 || kept.length === present.length ? null : kept
}

/** First and last day of the data set, for the date inputs' bounds. */
export function dayBounds(index: DataIndex): { min: string; max: string } | null {
  const days = index.events.flatMap((e) => [e.time.start.slice(0, 10), (e.time.end ?? e.time.start).slice(0, 10)]).sort()
  return days.length > 0 ? { min: days[0]!, max: days[days.length - 1]! } : null
}
