import { useCallback, useEffect, useMemo } from 'react'
import { resolveActorSelection, selectionToNames, type ActorSelection } from '../../features/actors/utils/actor-selection'
import { findEvent } from '../../features/events/utils/find-event'
import { windowShowing } from '../../features/timeline/utils/zoom'
import type { DataIndex, Event } from '../../schema'
import { parseUrlState, serializeUrlState, type TimeWindow } from '../url-state/url-state'
import { DEFAULT_VIEW } from '../url-state/view-params'
import { openPanes, withArticle, withoutArticle, withSources } from './panes'
import { useUrlState, writeSearch } from '../url-state/url-store'
import { canonicalFilters } from './use-filter-state'

export interface ExplorerState {
  selected: Event | null
  actorSelection: ActorSelection
  articleId: string | null
  /** Open article panes, in order (the first is the primary one, articleId). */
  panes: string[]
  openArticle: (id: string) => void
  closeArticle: (id: string) => void
  window: TimeWindow | null
  selectEvent: (id: string | null) => void
  /** Selects from the text; pans the timeline (same zoom) if the event is outside the window. */
  selectEventFromText: (id: string) => void
  selectArticle: (id: string) => void
  setActorSelection: (selection: ActorSelection) => void
  setWindow: (window: TimeWindow | null) => void
}

/**
 * The URL read against the data: unknown ids and actors are dropped, aliases resolve to their
 * event. Once resolved, the address is rewritten (replace) to the canonical form it stands for.
 */
export function useExplorerState(index: DataIndex): ExplorerState {
  const [url, update] = useUrlState()
  const selected = findEvent(index.events, url.event)
  const actorSelection = useMemo(() => resolveActorSelection(url.actors, index.actors), [url.actors, index.actors])
  const knownArticle = index.articles.some((a) => a.id === url.article) ? url.article : null
  const view = url.view ?? DEFAULT_VIEW
  const panes = useMemo(
    () => openPanes(view.articles, selected, knownArticle, index.articles),
    [view.articles, selected, knownArticle, index.articles],
  )
  const articleId = panes[0] ?? null
  const knownPanes = view.articles ? view.articles.filter((id) => panes.includes(id)) : null

  const canonical = serializeUrlState({
    event: selected?.id ?? null,
    article: knownArticle,
    actors: selectionToNames(actorSelection, index.actors),
    window: url.window,
    filters: canonicalFilters(url.filters, index),
    view: { ...view, articles: knownPanes && knownPanes.length > 0 ? knownPanes : null },
  })
  // Keyed on the address too: Back/Forward to an address with unknown values resolves to the
  // same canonical form as before, and must still be rewritten.
  useEffect(() => writeSearch(canonical, 'replace'), [canonical, url])

  const selectEvent = useCallback(
    (id: string | null) =>
      update({ event: id, article: id === null ? articleId : null, view: currentView({ articles: id === null ? panes : null }) }, 'push'),
    [update, articleId, panes],
  )
  const selectEventFromText = useCallback(
    (id: string) => {
      const event = findEvent(index.events, id)
      const window = event && url.window ? windowShowing(url.window, event.time) : url.window
      update({ event: id, article: null, window, view: currentView({ articles: withSources(panes, event) }) }, 'push')
    },
    [update, index.events, url.window, panes],
  )
  const selectArticle = useCallback(
    (id: string) => update({ event: null, article: id, view: currentView({ articles: null }) }, 'push'),
    [update],
  )
  const openArticle = useCallback((id: string) => update({ view: currentView({ articles: withArticle(panes, id) }) }, 'push'), [update, panes])
  const closeArticle = useCallback(
    (id: string) => update({ view: currentView({ articles: withoutArticle(panes, id) }) }, 'replace'),
    [update, panes],
  )
  const setActorSelection = useCallback(
    (selection: ActorSelection) => update({ actors: selectionToNames(selection, index.actors) }, 'replace'),
    [update, index.actors],
  )
  const setWindow = useCallback((window: TimeWindow | null) => update({ window }, 'replace'), [update])

  return { selected, actorSelection, articleId, panes, openArticle, closeArticle, window: url.window, selectEvent, selectEventFromText, selectArticle, setActorSelection, setWindow }
}

/** The view keys as the address holds them now, with a patch. */
function currentView(patch: Partial<typeof DEFAULT_VIEW>) {
  return { ...(parseUrlState(window.location.search).view ?? DEFAULT_VIEW), ...patch }
}
