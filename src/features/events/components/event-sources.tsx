import type { ArticleSummary, Event } from '../../../schema'
import { formatEventDate, type DateFormat } from '../utils/event-date'

interface EventSourcesProps {
  event: Event
  articles: readonly ArticleSummary[]
  onOpenArticle: (id: string) => void
  format: DateFormat
}

/** Each source: a link opening its article's pane, its sentence, and its own date when they differ. */
export function EventSources({ event, articles, onOpenArticle, format }: EventSourcesProps) {
  const byId = new Map(articles.map((a) => [a.id, a]))
  return (
    <ol className="space-y-2">
      {event.sources.map((source, i) => {
        const article = byId.get(source.articleId)
        const title = article?.title ?? source.articleId
        return (
          <li key={`${source.articleId}-${source.paragraph}-${source.span[0]}-${i}`} className="min-w-0">
            <a
              href={`?articles=${encodeURIComponent(source.articleId)}`}
              onClick={(e) => {
                e.preventDefault()
                onOpenArticle(source.articleId)
              }}
              className="text-sky-800 underline hover:text-sky-950"
              lang="zh"
            >
              {title}
            </a>
            {article ? <span className="text-xs text-slate-600"> · {article.outlet}</span> : null}
            {event.dateConflict && source.time ? (
              <span className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-900">{formatEventDate(source.time, format)}</span>
            ) : null}
            <q lang="zh" className="mt-0.5 block text-xs text-slate-700">{source.text}</q>
          </li>
        )
      })}
    </ol>
  )
}
