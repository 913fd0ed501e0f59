import { queryOptions } from '@tanstack/react-query'
import { dataUrl } from '../../../lib/data-url'
import { fetchJson } from '../../../lib/fetch-json'
import { DataIndex } from '../../../schema'

/** public/data/index.json: events, actors and article summaries. */
export function indexQueryOptions() {
  return queryOptions({
    queryKey: ['index'] as const,
    queryFn: ({ signal }) => fetchJson(dataUrl('index.json'), DataIndex, { signal }),
  })
}
