import { useDeferredValue, useMemo, useState } from 'react'
import type { ArticleSummary } from '../../../schema'
import { filterArticles, indexArticles, sortArticles, visibleRange, type ArticleOrder } from '../utils/article-list'

export interface ArticleListLabels {
  heading: string
  search: string
  sort: string
  newest: string
  oldest: string
  events: (n: number) => string
  none: string
}

interface ArticleListProps {
  articles: readonly ArticleSummary[]
  openIds: readonly string[]
  onOpen: (id: string) => void
  formatPublished: (article: ArticleSummary) => string
  labels: ArticleListLabels
}

const ROW = 64
const VIEWPORT = 320

/** Searchable, sortable list of the articles; only the rows in view are rendered. */
export function ArticleList({ articles, openIds, onOpen, formatPublished, labels }: ArticleListProps) {
  const [query, setQuery] = useState('')
  const [order, setOrder] = useState<ArticleOrder>('newest')
  const [scrollTop, setScrollTop] = useState(0)
  const deferred = useDeferredValue(query)
  const indexed = useMemo(() => indexArticles(articles), [articles])
  const sorted = useMemo(() => sortArticles(indexed, order), [indexed, order])
  const shown = useMemo(() => filterArticles(sorted, deferred), [sorted, deferred])
  const { first, last } = visibleRange(scrollTop, VIEWPORT, ROW, shown.length)
  return (
    <section aria-labelledby="article-list-heading" className="flex min-h-0 flex-col border-t border-slate-200">
      <div className="flex items-center justify-between gap-2 px-3 pt-2">
        <h2 id="article-list-heading" className="text-sm font-semibold text-slate-700">
          {labels.heading} <span className="font-normal text-slate-500">({shown.length})</span>
        </h2>
        <label className="flex items-center gap-1 text-xs text-slate-600">
          <span className="sr-only">{labels.sort}</span>
          <select
            aria-label={labels.sort}
            value={order}
            onChange={(e) => setOrder(e.currentTarget.value === 'oldest' ? 'oldest' : 'newest')}
            className="rounded border border-slate-300 bg-white px-1 py-0.5"
          >
            <option value="newest">{labels.newest}</option>
            <option value="oldest">{labels.oldest}</option>
          </select>
        </label>
      </div>
      <input
        type="search"
        aria-label={labels.search}
        placeholder={labels.search}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          setScrollTop(0)
        }}
        className="mx-3 my-2 rounded border border-slate-300 px-2 py-1 text-sm"
      />
      {shown.length === 0 ? (
        <p className="px-3 pb-3 text-sm text-slate-500">{labels.none}</p>
      ) : (
        <div
          className="min-h-0 overflow-y-auto"
          style={{ maxHeight: VIEWPORT }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <ul aria-label={labels.heading} className="relative" style={{ height: shown.length * ROW }}>
            {shown.slice(first, last).map(({ article }, i) => (
              <li key={article.id} className="absolute inset-x-0" style={{ top: (first + i) * ROW, height: ROW }}>
                <button
                  type="button"
                  onClick={() => onOpen(article.id)}
                  aria-pressed={openIds.includes(article.id)}
                  className="flex h-full w-full flex-col justify-center gap-0.5 border-b border-slate-100 px-3 text-left hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 aria-pressed:bg-sky-50"
                >
                  <span lang="zh" className="block truncate text-sm text-slate-900">{article.title}</span>
                  <span className="block truncate text-xs text-slate-600">
                    {article.outlet} · <time dateTime={article.published}>{formatPublished(article)}</time> · {labels.events(article.eventCount)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
