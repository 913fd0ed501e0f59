/** Fixed references and a shortcut through the public parseTimes. */
import { expect } from 'vitest'
import { EventTime } from '../../../schema'
import { parseTimes, type ParsedTime, type TextLanguage } from '..'

/** Sunday 17 September 2023, 13:30 in Paris (summer time). */
export const PARIS_SUNDAY = { instant: '2023-09-17T13:30:00+02:00', timeZone: 'Europe/Paris' }
/** Saturday 2 January 2021, 10:00 UTC: for the year wrap. */
export const NEW_YEAR = { instant: '2021-01-02T10:00:00Z', timeZone: 'UTC' }
/** Tuesday 13 October 2020, 00:30 in Paris = still 12 October in UTC. */
export const PARIS_AFTER_MIDNIGHT = { instant: '2020-10-13T00:30:00+02:00', timeZone: 'Europe/Paris' }

type Ref = { instant: string; timeZone: string }

export function times(text: string, ref: Ref = PARIS_SUNDAY, language: TextLanguage = 'zh-Hans'): ParsedTime[] {
  const found = parseTimes(text, ref, language)
  for (const t of found) {
    expect(EventTime.safeParse(t.time).success, `schema-valid ${t.text}`).toBe(true)
    expect(text.slice(t.start, t.end)).toBe(t.text)
  }
  return found
}

/** The one expression of a text (fails when there are none or several). */
export function only(text: string, ref: Ref = PARIS_SUNDAY, language: TextLanguage = 'zh-Hans'): ParsedTime {
  const found = times(text, ref, language)
  expect(found.map((t) => t.text), text).toHaveLength(1)
  return found[0]!
}

/** Compact view of a result for table-driven tests. */
export const brief = (t: ParsedTime) => ({
  text: t.text,
  start: t.time.start,
  end: t.time.end,
  granularity: t.time.granularity,
})
