import { queryOptions } from '@tanstack/react-query'
import { dataUrl } from '../../../lib/data-url'
import { fetchJson } from '../../../lib/fetch-json'
import { ArticleBody } from '../../../schema'

/** public/data/articles/<id>.json, fetched when the article is shown. */
export function articleQueryOptions(articleId: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', articleId] as const,
    queryFn: ({ signal }) =>
      fetchJson(dataUrl(`articles/${encodeURIComponent(articleId)}.json`), ArticleBody, { signal }),
  })
}
