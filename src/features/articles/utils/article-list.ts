import type { ArticleSummary } from '../../../schema'

export type ArticleOrder = 'newest' | 'oldest'

export interface ListedArticle {
  article: ArticleSummary
  /** Publication instant in ms (NaN-safe: unreadable times sort last). */
  time: number
  /** Lower-cased title, searched by plain substring. */
  key: string
}

/** Built once per data set: the sort key and search key of each article. */
export function indexArticles(articles: readonly ArticleSummary[]): ListedArticle[] {
  return articles.map((article) => {
    const time = Date.parse(article.published)
    return { article, time: Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time, key: article.title.toLowerCase() }
  })
}

export function sortArticles(listed: readonly ListedArticle[], order: ArticleOrder): ListedArticle[] {
  const sign = order === 'newest' ? -1 : 1
  return [...listed].sort((a, b) => {
    if (a.time === b.time) return a.article.title.localeCompare(b.article.title)
    if (a.time === Number.NEGATIVE_INFINITY) return 1
    if (b.time === Number.NEGATIVE_INFINITY) return -1
    return sign * (a.time - b.time)
  })
}

export function filterArticles(listed: readonly ListedArticle[], query: string): ListedArticle[] {
  const needle = query.trim().toLowerCase()
  return needle === '' ? [...listed] : listed.filter((l) => l.key.includes(needle))
}

/** Rows to render for a scroll position: only those in view plus a small overscan. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 6) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan)
  return { first, last }
}
