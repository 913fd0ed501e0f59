import type { EventTime } from '../../../schema'

function showValue(value: string, granularity: EventTime['granularity']): string {
  if (granularity === 'year') return value.slice(0, 4)
  if (granularity === 'month') return value.slice(0, 7)
  if (granularity === 'day' || granularity === 'part-of-day' || value.length <= 10) return value.slice(0, 10)
  return `${value.slice(0, 10)} ${value.slice(11, 16)}`
}

/** "2023-09-12", "2023-09-12 14:00", "2023-09 – 2023-10"; "≈" marks a time the text only bounds. */
export function formatEventTime(time: EventTime): string {
  const start = showValue(time.start, time.granularity)
  const end = time.end ? showValue(time.end, time.granularity) : start
  const range = end === start ? start : `${start} – ${end}`
  return time.uncertain ? `≈ ${range}` : range
}
