import type { ArticleSummary, Event } from '../../../schema'

export interface EventsExport {
  exported: string
  /** The events exactly as in index.json. */
  events: Event[]
  /** The articles the events cite. */
  articles: ArticleSummary[]
}

export function eventsToJson(events: readonly Event[], articles: readonly ArticleSummary[], now: Date): string {
  const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))
  const body: EventsExport = {
    exported: now.toISOString(),
    events: [...events],
    articles: articles.filter((a) => cited.has(a.id)),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}
