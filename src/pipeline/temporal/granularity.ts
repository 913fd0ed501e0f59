/** How precisely a parsed result fixes its time: what the text stated, never more. */
import type { ParsingComponents } from 'chrono-node'
import type { Granularity } from '../../schema'
import { granularityOverride, partOfDayOf } from './tags'

export function granularityOf(c: ParsingComponents): Granularity {
  const override = granularityOverride(c)
  if (override) return override
  if (c.isCertain('minute')) return 'minute'
  if (c.isCertain('hour')) return 'hour'
  if (partOfDayOf(c)) return 'part-of-day'
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day'
  if (c.isCertain('month')) return 'month'
  if (c.isCertain('year')) return 'year'
  return 'day'
}
