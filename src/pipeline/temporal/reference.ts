/** The publication time as the calendar sees it in the article's zone. */
import type { ParsingContext } from 'chrono-node'
import { weekdayOf, type LocalParts } from './calendar'

/**
 * Local wall-clock parts of the reference. parseTimes hands chrono the zone's offset at the
 * publication instant, so instant + offset read in UTC is the local calendar, on any machine.
 */
export function referenceParts(context: ParsingContext): LocalParts {
  const shifted = new Date(context.reference.instant.getTime() + context.reference.getTimezoneOffset() * 60_000)
  const civil = { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
  // A literal rather than a spread plus new keys, which V8 runs on a slow path (see calendar.ts).
  return { year: civil.year, month: civil.month, day: civil.day, hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), weekday: weekdayOf(civil) }
}
