import { formatCalendarDay, formatInstant, type UiLanguage, type ZoneChoice } from '../../../lib/zoned-time'
import type { EventTime } from '../../../schema'

export interface DateFormat {
  lang: UiLanguage
  zone: ZoneChoice
}

function hasClock(value: string, granularity: EventTime['granularity']): boolean {
  return value.length > 10 && (granularity === 'hour' || granularity === 'minute')
}

/** One end of an event time: a calendar day (never shifted) or an instant in the chosen zone. */
export function formatTimeValue(value: string, time: EventTime, format: DateFormat): string {
  if (hasClock(value, time.granularity)) return formatInstant(value, format.lang, time.timeZone, format.zone)
  const granularity = time.granularity === 'year' || time.granularity === 'month' ? time.granularity : 'day'
  return formatCalendarDay(value, format.lang, granularity)
}

/** "2023年9月12日", "12 Sept 2023 – 20 Sept 2023", "≈ …" for a time the text only bounds. */
export function formatEventDate(time: EventTime, format: DateFormat): string {
  const start = formatTimeValue(time.start, time, format)
  const end = time.end ? formatTimeValue(time.end, time, format) : start
  const range = end === start ? start : `${start} – ${end}`
  return time.uncertain ? `≈ ${range}` : range
}
