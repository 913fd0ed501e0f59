import type { ArticleSummary, Event } from '../../../schema'

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma, and newlines as \n. */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function compactDate(iso: string): string {
  return iso.slice(0, 10).replaceAll('-', '')
}

function nextDay(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** A date-time with an offset as UTC (…Z); a floating date-time stays floating. */
function utcDateTime(iso: string): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return compactDate(iso)
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

function isDateTime(iso: string, granularity: Event['time']['granularity']): boolean {
  return iso.length > 10 && (granularity === 'hour' || granularity === 'minute')
}

/** DTSTART/DTEND lines: whole days (DTEND exclusive) unless the time is stated to the hour. */
export function icsTimeLines(time: Event['time']): string[] {
  if (isDateTime(time.start, time.granularity)) {
    const lines = [`DTSTART:${utcDateTime(time.start)}`]
    if (time.end && time.end.length > 10) lines.push(`DTEND:${utcDateTime(time.end)}`)
    return lines
  }
  const lastDay = time.end ?? time.start
  return [`DTSTART;VALUE=DATE:${compactDate(time.start)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(lastDay))}`]
}

function description(event: Event, byId: ReadonlyMap<string, ArticleSummary>): string {
  const lines = event.sources.map((s) => {
    const article = byId.get(s.articleId)
    const cite = article ? `${article.outlet}, ${article.title}${article.url ? ` ${article.url}` : ''}` : s.articleId
    return `${s.text}\n— ${cite}`
  })
  return lines.join('\n\n')
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** One VCALENDAR with a VEVENT per event (UID = event id), CRLF line ends, folded lines. */
export function eventsToIcs(
  events: readonly Event[],
  articles: readonly ArticleSummary[],
  summary: (event: Event) => string,
  now: Date,
): string {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//news-timeline//explorer//EN', 'CALSCALE:GREGORIAN']
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.id)}`,
      `DTSTAMP:${stamp(now)}`,
      ...icsTimeLines(event.time),
      `SUMMARY:${escapeIcsText(summary(event))}`,
      `DESCRIPTION:${escapeIcsText(description(event, byId))}`,
    )
    if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location.name)}`)
    const url = event.sources.map((s) => byId.get(s.articleId)?.url).find((u) => u && /^https?:\/\//.test(u))
    if (url) lines.push(`URL:${url}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}
