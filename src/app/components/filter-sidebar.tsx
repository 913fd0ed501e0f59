import type { RefObject } from 'react'
import { ActorFilter } from '../../features/actors/components/actor-filter'
import type { ActorSelection } from '../../features/actors/utils/actor-selection'
import { FilterPanel } from '../../features/filters/components/filter-panel'
import type { FilteredEvents } from '../../features/filters/hooks/use-filtered-events'
import type { DataIndex, EventType } from '../../schema'
import type { Messages } from '../i18n/messages'
import type { FilterState } from '../hooks/use-filter-state'
import { hasFilters } from '../url-state/filter-params'
import { PaneBoundary } from './pane-boundary'

interface FilterSidebarProps {
  index: DataIndex
  filterState: FilterState
  filtered: FilteredEvents
  actorSelection: ActorSelection
  onActorSelection: (next: ActorSelection) => void
  searchRef: RefObject<HTMLInputElement | null>
  labelType: (type: EventType) => string
  t: Messages
}

/** Search, type/outlet/date filters and the actor list, with counts under the other filters. */
export function FilterSidebar({ index, filterState, filtered, actorSelection, onActorSelection, searchRef, labelType, t }: FilterSidebarProps) {
  return (
    <>
      <PaneBoundary name="filters">
        <FilterPanel
          index={index}
          values={filterState.filters}
          typeCounts={filtered.typeCounts}
          outletCounts={filtered.outletCounts}
          shownCount={filtered.shown.length}
          active={hasFilters(filterState.filters) || actorSelection !== null}
          searchPending={filtered.searchPending}
          searchRef={searchRef}
          labelType={labelType}
          labels={t.filters}
          onChange={filterState.setFilters}
          onClear={filterState.clearFilters}
        />
      </PaneBoundary>
      <PaneBoundary name="actor filter">
        <ActorFilter actors={index.actors} selection={actorSelection} onChange={onActorSelection} counts={filtered.actorCounts} labels={t.actors} />
      </PaneBoundary>
    </>
  )
}
