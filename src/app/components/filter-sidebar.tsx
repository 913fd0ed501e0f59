import type { RefObject } from 'react'
import { ActorFilter } from '../../features/actors/components/actor-filter'
import type { ActorSelection } from '../../features/actors/utils/actor-selection'
import { FilterPanel } from '../../features/filters/components/filter-panel'
import type { FilteredEvents } from '../../features/filters/hooks/use-filtered-events'
import { typeLabel } from '../../features/events/utils/labels'
import type { DataIndex } from '../../schema'
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
}

/** Search, type/outlet/date filters and the actor list, with counts under the other filters. */
export function FilterSidebar({ index, filterState, filtered, actorSelection, onActorSelection, searchRef }: FilterSidebarProps) {
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
          labelType={typeLabel}
          onChange={filterState.setFilters}
          onClear={filterState.clearFilters}
        />
      </PaneBoundary>
      <PaneBoundary name="actor filter">
        <ActorFilter actors={index.actors} selection={actorSelection} onChange={onActorSelection} counts={filtered.actorCounts} />
      </PaneBoundary>
    </>
  )
}
