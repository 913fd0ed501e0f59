import { useCallback, useEffect, useMemo } from 'react'
import { resolveActorSelection, selectionToNames, type ActorSelection } from '../../features/actors/utils/actor-selection'
import { findEvent } from '../../features/events/utils/find-event'
import { windowShowing } from '../../features/timeline/utils/zoom'
import type { DataIndex, Event } from '../../schema'
import { serializeUrlState, type TimeWindow } from '../url-state/url-state'
import { useUrlState, writeSearch } from '../url-state/url-store'

export interface ExplorerState {
  selected: Event | null
  actorSelection: ActorSelection
  articleId: string | null
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
  const articleId = selected?.sources[0]?.articleId ?? knownArticle ?? index.articles[0]?.id ?? null

  const canonical = serializeUrlState({
    event: selected?.id ?? null,
    article: knownArticle,
    actors: selectionToNames(actorSelection, index.actors),
    window: url.window,
  })
  useEffect(() => writeSearch(canonical, 'replace'), [canonical])

  const selectEvent = useCallback(
    (id: string | null) => update({ event: id, article: id === null ? articleId : null }, 'push'),
    [update, articleId],
  )
  const selectEventFromText = useCallback(
    (id: string) => {
      const event = findEvent(index.events, id)
      const window = event && url.window ? windowShowing(url.window, event.time) : url.window
      update({ event: id, article: null, window }, 'push')
    },
    [update, index.events, url.window],
  )
  const selectArticle = useCallback((id: string) => update({ event: null, article: id }, 'push'), [update])
  const setActorSelection = useCallback(
    (selection: ActorSelection) => update({ actors: selectionToNames(selection, index.actors) }, 'replace'),
    [update, index.actors],
  )
  const setWindow = useCallback((window: TimeWindow | null) => update({ window }, 'replace'), [update])

  return { selected, actorSelection, articleId, window: url.window, selectEvent, selectEventFromText, selectArticle, setActorSelection, setWindow }
}
