import { useMemo } from 'react'
import { ActorFilter } from '../features/actors/components/actor-filter'
import { isEventVisible } from '../features/actors/utils/actor-selection'
import { ArticlePane } from '../features/articles/components/article-pane'
import { EventDetails } from '../features/events/components/event-details'
import { EventList } from '../features/events/components/event-list'
import { formatEventTime, typeLabel } from '../features/events/utils/labels'
import { TimelinePanel } from '../features/timeline/components/timeline-panel'
import { toEventItems } from '../features/timeline/utils/event-items'
import type { DataIndex, Event } from '../schema'
import { ArticlePicker } from './components/article-picker'
import { PaneBoundary } from './components/pane-boundary'
import { useExplorerState } from './hooks/use-explorer-state'

const PANEL = 'min-h-0 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm'

const ITEM_TEXT = {
  label: (event: Event) => {
    const actors = event.actors.slice(0, 2).map((a) => a.name).join('、')
    return actors ? `${typeLabel(event.type)} · ${actors}` : typeLabel(event.type)
  },
  hint: (event: Event) => `${formatEventTime(event.time)}\n${event.sources[0]?.text ?? ''}`,
}

/** Composes the features over one loaded data set; all shared state comes from the URL. */
export function Explorer({ index }: { index: DataIndex }) {
  const state = useExplorerState(index)
  const items = useMemo(() => toEventItems(index.events, ITEM_TEXT), [index.events])
  const visibleIds = useMemo(
    () => new Set(index.events.filter((e) => isEventVisible(e, state.actorSelection)).map((e) => e.id)),
    [index.events, state.actorSelection],
  )
  const shownEvents = useMemo(() => index.events.filter((e) => visibleIds.has(e.id)), [index.events, visibleIds])
  const selectedId = state.selected?.id ?? null
  return (
    <div className="grid min-h-0 flex-1 grid-rows-[minmax(260px,45%)_1fr] gap-3 p-3">
      <div className={PANEL}>
        <PaneBoundary name="timeline">
          <TimelinePanel
            items={items}
            visibleIds={visibleIds}
            selectedId={selectedId}
            window={state.window}
            onSelect={state.selectEvent}
            onWindowChange={state.setWindow}
          />
        </PaneBoundary>
      </div>
      <div className="grid min-h-0 grid-cols-1 gap-3 md:grid-cols-[15rem_1fr] xl:grid-cols-[15rem_1fr_20rem]">
        <aside className={PANEL} aria-label="Filters">
          <PaneBoundary name="actor filter">
            <ActorFilter actors={index.actors} selection={state.actorSelection} onChange={state.setActorSelection} />
          </PaneBoundary>
        </aside>
        <div className={`${PANEL} flex flex-col`}>
          <ArticlePicker articles={index.articles} value={state.articleId} onChange={state.selectArticle} />
          <div className="min-h-0 flex-1">
            <PaneBoundary name="article pane">
              <ArticlePane
                articleId={state.articleId}
                events={index.events}
                selectedEventId={selectedId}
                onSelectEvent={state.selectEventFromText}
              />
            </PaneBoundary>
          </div>
        </div>
        <aside className={`${PANEL} hidden overflow-y-auto xl:block`} aria-label="Event details">
          <PaneBoundary name="event details">
            <EventDetails event={state.selected} shownCount={visibleIds.size} />
            <EventList events={shownEvents} selectedId={selectedId} onSelect={state.selectEventFromText} />
          </PaneBoundary>
        </aside>
      </div>
    </div>
  )
}
