import type { ReactNode } from 'react'
import type { ArticleSummary, Event } from '../../../schema'
import { ArticlePane, type ArticleNotices } from './article-pane'

interface ArticlePanesProps {
  panes: readonly string[]
  articles: readonly ArticleSummary[]
  events: readonly Event[]
  selectedEventId: string | null
  onSelectEvent: (id: string) => void
  onClose: (id: string) => void
  closeLabel: (title: string) => string
  formatPublished: (published: string, timeZone: string) => string
  notices?: ArticleNotices
  /** Wraps each pane (an error boundary with retry, from the app). */
  wrap: (id: string, pane: ReactNode) => ReactNode
}

/**
 * The open articles side by side on wide screens, stacked on narrow ones; every pane can be
 * closed while more than one is open.
 */
export function ArticlePanes({ panes, articles, closeLabel, onClose, wrap, ...rest }: ArticlePanesProps) {
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  const ids: (string | null)[] = panes.length > 0 ? [...panes] : [null]
  return (
    <div className="grid h-full min-h-0 auto-rows-[minmax(16rem,1fr)] gap-2 overflow-y-auto md:grid-flow-col md:auto-cols-[minmax(18rem,1fr)] md:auto-rows-auto md:overflow-x-auto md:overflow-y-hidden">
      {ids.map((id) => {
        const title = id === null ? 'Article' : (titles.get(id) ?? id)
        return (
          <div key={id ?? 'none'} className="min-h-0 min-w-0 border-slate-200 md:border-l md:first:border-l-0">
            {wrap(
              id ?? 'none',
              <ArticlePane
                {...rest}
                articleId={id}
                label={title}
                onClose={ids.length > 1 && id !== null ? () => onClose(id) : undefined}
                closeLabel={closeLabel(title)}
              />,
            )}
          </div>
        )
      })}
    </div>
  )
}
