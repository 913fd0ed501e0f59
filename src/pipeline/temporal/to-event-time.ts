/** A refined chrono result as the schema's EventTime (see the conventions in index.ts). */
import type { ParsingComponents, ParsingResult } from 'chrono-node'
import type { EventTime, Granularity } from '../../schema'
import { daysInMonth, isoDate, isoDateTime, type CivilDate } from './calendar'
import { dateOf } from './components'
import { granularityOf } from './granularity'
import { TIME_ZONE_TAG } from './refiners/zone-prefix'
import { hasTag, lastTagValue, partOfDayOf, ruleOf, TAG } from './tags'

/** The calendar value of one side of a result; `side` picks the first or last day of a period. */
function valueOf(c: ParsingComponents, granularity: Granularity, side: 'start' | 'end', timeZone: string): string {
  const d = dateOf(c)
  if (granularity === 'hour' || granularity === 'minute') {
    return isoDateTime(d, c.get('hour') ?? 0, granularity === 'minute' ? c.get('minute') ?? 0 : 0, timeZone)
  }
  if (granularity === 'year') {
    return isoDate(side === 'start' ? { year: d.year, month: 1, day: 1 } : { year: d.year, month: 12, day: 31 })
  }
  if (granularity === 'month') {
    const day = side === 'start' ? 1 : daysInMonth(d.year, d.month)
    return isoDate({ year: d.year, month: d.month, day } satisfies CivilDate)
  }
  return isoDate(d)
}

export function toEventTime(
  result: ParsingResult,
  ref: { instant: string; timeZone: string },
  expression: string,
): EventTime {
  const granularity = granularityOf(result.start)
  const period = granularity === 'year' || granularity === 'month'
  const endSource = result.end ?? (period ? result.start : undefined)
  const partOfDay = partOfDayOf(result.start)
  const timeZone = lastTagValue(result.start, TIME_ZONE_TAG) ?? ref.timeZone
  return {
    start: valueOf(result.start, granularity, 'start', timeZone),
    end: endSource ? valueOf(endSource, granularity, 'end', timeZone) : null,
    granularity,
    ...(granularity === 'part-of-day' && partOfDay ? { partOfDay } : {}),
    uncertain: hasTag(result, TAG.uncertain),
    timeZone,
    audit: { expression, reference: ref.instant, rule: ruleOf(result.start) },
  }
}
