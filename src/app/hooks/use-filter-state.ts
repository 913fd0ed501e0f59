import { useCallback, useMemo } from 'react'
import { effectiveTypes, knownOutlets } from '../../features/filters/utils/data-facets'
import type { DataIndex } from '../../schema'
import { DEFAULT_FILTERS, parseQuery, type FilterParams } from '../url-state/filter-params'
import { useUrlState } from '../url-state/url-store'

/** The URL's filters read against the data: unknown outlets and absent types are dropped. */
export function canonicalFilters(filters: FilterParams | undefined, index: DataIndex): FilterParams {
  const value = filters ?? DEFAULT_FILTERS
  return { ...value, types: effectiveTypes(value.types, index), outlets: knownOutlets(value.outlets, index) }
}

export interface FilterState {
  filters: FilterParams
  /** Merges a patch into the URL's filters (replace: filtering is not a history step). */
  setFilters: (patch: Partial<FilterParams>) => void
  /** Back to every default, the actor selection included. */
  clearFilters: () => void
}

export function useFilterState(index: DataIndex): FilterState {
  const [url, update] = useUrlState()
  const filters = useMemo(() => canonicalFilters(url.filters, index), [url.filters, index])
  const setFilters = useCallback(
    (patch: Partial<FilterParams>) => {
      const q = patch.q === undefined ? filters.q : parseQuery(patch.q)
      update({ filters: { ...filters, ...patch, q } }, 'replace')
    },
    [update, filters],
  )
  const clearFilters = useCallback(() => update({ filters: DEFAULT_FILTERS, actors: null }, 'replace'), [update])
  return { filters, setFilters, clearFilters }
}
