/**
 * The address bar as an external store: components subscribe with useSyncExternalStore and
 * never copy URL state into React state. popstate covers Back/Forward; our own writes dispatch
 * a local event because pushState/replaceState do not fire popstate.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseUrlState, serializeUrlState, type UrlState } from './url-state'

const LOCAL_CHANGE = 'url-state-change'

export type HistoryMode = 'push' | 'replace'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(LOCAL_CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(LOCAL_CHANGE, onChange)
  }
}

function getSearch(): string {
  return window.location.search
}

export function writeSearch(search: string, mode: HistoryMode): void {
  if (search === window.location.search || (search === '' && window.location.search === '?')) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  window.dispatchEvent(new Event(LOCAL_CHANGE))
}

export type UrlStateUpdate = (patch: Partial<UrlState>, mode: HistoryMode) => void

/** The current URL state and a writer that merges a patch into the *current* address. */
export function useUrlState(): [UrlState, UrlStateUpdate] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '')
  const state = useMemo(() => parseUrlState(search), [search])
  const update = useCallback<UrlStateUpdate>((patch, mode) => {
    const next = { ...parseUrlState(window.location.search), ...patch }
    writeSearch(serializeUrlState(next), mode)
  }, [])
  return [state, update]
}
