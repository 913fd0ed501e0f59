import { useCallback } from 'react'
import { parseUrlState } from '../url-state/url-state'
import { useUrlState, type HistoryMode } from '../url-state/url-store'
import { DEFAULT_VIEW, type ViewParams } from '../url-state/view-params'

export type ViewUpdate = (patch: Partial<ViewParams>, mode: HistoryMode) => void

/** The view keys of the URL and a writer merging a patch into the *current* view keys. */
export function useViewState(): [ViewParams, ViewUpdate] {
  const [url, update] = useUrlState()
  const setView = useCallback<ViewUpdate>(
    (patch, mode) => {
      const current = parseUrlState(window.location.search).view ?? DEFAULT_VIEW
      update({ view: { ...current, ...patch } }, mode)
    },
    [update],
  )
  return [url.view ?? DEFAULT_VIEW, setView]
}
