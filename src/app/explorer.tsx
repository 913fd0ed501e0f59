import { useMemo, useRef } from 'react'
import { ArticleList } from '../features/articles/components/article-list'
import { ArticlePanes } from '../features/articles/components/article-panes'
import { ExportMenu } from '../features/export/components/export-menu'
import { EventDetails } from '../features/events/components/event-details'
import { EventList } from '../features/event-list/components/event-list'
import { useFilteredEvents } from '../features/filters/hooks/use-filtered-events'
import { formatEventTime } from '../features/events/utils/labels'
import { LazyTimelinePanel } from '../features/timeline/components/lazy-timeline-panel'
import type { TimelineControls } from '../features/timeline/components/timeline-panel'
import { toEventItems } from '../features/timeline/utils/event-items'
import type { DataIndex, Event, EventType } from '../schema'
import { ArticlePicker } from './components/article-picker'
import { PaneBoundary } from './components/pane-boundary'
import { FilterSidebar } from './components/filter-sidebar'
import { useExplorerKeys } from './hooks/use-explorer-keys'
import { useExplorerState } from './hooks/use-explorer-state'
import { useFilterState } from './hooks/use-filter-state'
import { usePresentation } from './hooks/use-presentation'

const PANEL = 'min-h-0 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm'
/** Relative, so visually hidden (absolute) labels inside stay inside the scroller. */
const SCROLL_PANEL = 'relative min-h-0 overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-sm'

/** Timeline item text: type (in the UI language) and first actors; the hint adds date and sentence. */
function itemText(labelType: (type: EventType) => string) {
  return {
    label: (event: Event) => {
      const actors = event.actors.slice(0, 2).map((a) => a.name).join('、')
      return actors ? `${labelType(event.type)} · ${actors}` : labelType(event.type)
    },
    hint: (event: Event) => `${formatEventTime(event.time)}\n${event.sources[0]?.text ?? ''}`,
  }
}

/** Composes the features over one loaded data set; all shared state comes from the URL. */
export function Explorer({ index }: { index: DataIndex }) {
  const state = useExplorerState(index)
  const p = usePresentation(index)
  const items = useMemo(() => toEventItems(index.events, itemText(p.labelType)), [index.events, p.labelType])
  const filterState = useFilterState(index)
  const filtered = useFilteredEvents(index, { ...filterState.filters, actors: state.actorSelection })
  const visibleIds = filtered.shownIds
  const selectedId = state.selected?.id ?? null
  // The same element while its inputs hold, so a filter toggle does not re-render the article list.
  const articleList = useMemo(
    () => (
      <PaneBoundary name="article list">
        <ArticleList articles={index.articles} openIds={state.panes} onOpen={state.openArticle} formatPublished={p.formatArticleTime} labels={p.t.articles} />
      </PaneBoundary>
    ),
    [index.articles, state.panes, state.openArticle, p.formatArticleTime, p.t.articles],
  )
  const timelineControls = useRef<TimelineControls>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  useExplorerKeys({
    shown: filtered.shown,
    selectedId,
    select: state.selectEventFromText,
    clearSelection: () => state.selectEvent(null),
    timeline: timelineControls,
    search: searchRef,
  })
  return (
    <div className="grid flex-1 auto-rows-auto gap-3 p-3 xl:min-h-0 xl:grid-rows-[minmax(260px,45%)_1fr]">
      <div className={`${PANEL} h-[24rem] xl:h-auto`}>
        <PaneBoundary name="timeline">
          <LazyTimelinePanel
            items={items}
            visibleIds={visibleIds}
            selectedId={selectedId}
            window={state.window}
            onSelect={state.selectEvent}
            onWindowChange={state.setWindow}
            controlsRef={timelineControls}
            grouping={p.view.group}
            grouped={p.grouped}
            onGroupingChange={p.setGrouping}
            labels={p.t.timeline}
            groupingLabels={p.groupingLabels}
            locale={p.timelineLocale}
            extraControls={<ExportMenu events={filtered.shown} articles={index.articles} summary={p.summary} labels={p.t.export} />}
          />
        </PaneBoundary>
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[15rem_1fr] xl:min-h-0 xl:grid-cols-[15rem_1fr_20rem]">
        <aside className={`${SCROLL_PANEL} md:row-span-2 xl:row-span-1`} aria-label={p.t.filters.heading}>
          <FilterSidebar
            index={index}
            filterState={filterState}
            filtered={filtered}
            actorSelection={state.actorSelection}
            onActorSelection={state.setActorSelection}
            searchRef={searchRef}
            labelType={p.labelType}
            t={p.t}
          />
        </aside>
        <div className={`${PANEL} order-first flex h-[80vh] flex-col md:order-none xl:h-auto`}>
          <ArticlePicker articles={index.articles} value={state.articleId} onChange={state.selectArticle} />
          <details className="group border-b border-slate-200 text-sm">
            <summary className="cursor-pointer px-4 py-1.5 font-semibold text-slate-700 hover:bg-slate-50">
              {p.t.articles.browse(index.articles.length)}
            </summary>
            {articleList}
          </details>
          <div className="min-h-0 flex-1">
            <ArticlePanes
              panes={state.panes}
              articles={index.articles}
              events={index.events}
              selectedEventId={selectedId}
              onSelectEvent={state.selectEventFromText}
              onClose={state.closeArticle}
              closeLabel={p.t.panes.close}
              notices={p.t.panes}
              formatPublished={p.formatPublished}
              wrap={(id, pane) => <PaneBoundary key={id} name="article pane">{pane}</PaneBoundary>}
            />
          </div>
        </div>
        <aside className={`${PANEL} relative order-first flex h-[40rem] flex-col md:order-none md:col-start-2 xl:col-start-auto xl:h-auto`} aria-label={p.t.card.region}>
          <div className="relative min-h-0 shrink overflow-y-auto">
            <PaneBoundary name="event details">
              <EventDetails
                event={state.selected}
                shownCount={visibleIds.size}
                articles={index.articles}
                onOpenArticle={state.openArticle}
                format={p.format}
                labels={p.t.card}
                zoneHint={p.t.zone.hint}
              />
            </PaneBoundary>
          </div>
          <PaneBoundary name="event list">
            <EventList
              events={filtered.shown}
              selected={state.selected}
              onSelect={state.selectEventFromText}
              formatTime={(event) => formatEventTime(event.time)}
              labelType={p.labelType}
              labels={p.t.eventList}
            />
          </PaneBoundary>
        </aside>
      </div>
    </div>
  )
}
