import type { ArticleSummary, Event } from '../../../schema'

/** RFC 4180: a field with a quote, comma, CR or LF is quoted and its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',')
}

const HEADER = ['id', 'type', 'start', 'end', 'granularity', 'uncertain', 'actors', 'place', 'confidence', 'date_conflict', 'sources', 'sentences']

/**
 * The events as CSV: one row per event, CRLF line ends, a UTF-8 BOM so spreadsheet programs
 * read Chinese; sources are "outlet: title <url>" and sentences are joined by newlines.
 */
export function eventsToCsv(events: readonly Event[], articles: readonly ArticleSummary[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const rows = events.map((event) => {
    const sources = event.sources.map((s) => {
      const article = byId.get(s.articleId)
      return article ? `${article.outlet}: ${article.title}${article.url ? ` <${article.url}>` : ''}` : s.articleId
    })
    return csvRow([
      event.id,
      event.type,
      event.time.start,
      event.time.end ?? '',
      event.time.granularity,
      String(event.time.uncertain),
      event.actors.map((a) => a.name).join('; '),
      event.location?.name ?? '',
      event.confidence.toFixed(2),
      String(event.dateConflict),
      sources.join('\n'),
      event.sources.map((s) => s.text).join('\n'),
    ])
  })
  return `\uFEFF${[csvRow(HEADER), ...rows].join('\r\n')}\r\n`
}
