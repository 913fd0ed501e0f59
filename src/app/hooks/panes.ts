import type { ArticleSummary, Event } from '../../schema'

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

export function sourceArticles(event: Event): string[] {
  return unique(event.sources.map((s) => s.articleId))
}

/**
 * The article panes to show, in order: the URL's `articles` (known ids only) when given, else
 * the sources of the selected event, else the legacy `article` key, else the first article.
 */
export function openPanes(
  urlPanes: readonly string[] | null,
  selected: Event | null,
  legacyArticle: string | null,
  articles: readonly ArticleSummary[],
): string[] {
  const known = new Set(articles.map((a) => a.id))
  const fromUrl = (urlPanes ?? []).filter((id) => known.has(id))
  if (fromUrl.length > 0) return fromUrl
  const fromEvent = selected ? sourceArticles(selected).filter((id) => known.has(id)) : []
  if (fromEvent.length > 0) return fromEvent
  if (legacyArticle && known.has(legacyArticle)) return [legacyArticle]
  const first = articles[0]?.id
  return first ? [first] : []
}

/** Panes after selecting an event from a pane: the open ones stay, its other sources are added. */
export function withSources(panes: readonly string[], event: Event | null): string[] {
  return unique([...panes, ...(event ? sourceArticles(event) : [])])
}

/** Opening an article already open keeps the order; a new one is added at the end. */
export function withArticle(panes: readonly string[], id: string): string[] {
  return panes.includes(id) ? [...panes] : [...panes, id]
}

/** The last pane is never closed (the explorer always shows an article). */
export function withoutArticle(panes: readonly string[], id: string): string[] {
  const rest = panes.filter((p) => p !== id)
  return rest.length > 0 ? rest : [...panes]
}
