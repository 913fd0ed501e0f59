import { useMemo, type RefObject } from 'react'
import type { DataIndex, EventType } from '../../../schema'
import { dayBounds, outletsOf, typesOf } from '../utils/data-facets'
import { ActorMode } from './actor-mode'
import { CheckList } from './check-list'
import { DateRange } from './date-range'
import { SearchBox } from './search-box'
import { FOCUS, type FilterLabels } from './styles'

export type { FilterLabels }

export interface FilterValues {
  actorMode: 'any' | 'all'
  types: EventType[] | null
  outlets: string[] | null
  from: string | null
  to: string | null
  q: string
}

interface FilterPanelProps {
  index: DataIndex
  values: FilterValues
  typeCounts: ReadonlyMap<EventType, number>
  outletCounts: ReadonlyMap<string, number>
  shownCount: number
  /** True when any filter (actors included) is set, so "Clear filters" has something to do. */
  active: boolean
  searchPending: boolean
  searchRef?: RefObject<HTMLInputElement | null>
  labelType: (type: EventType) => string
  onChange: (patch: Partial<FilterValues>) => void
  onClear: () => void
  labels: FilterLabels
}

/** Text search, event types, outlets, date range and the actor match mode; counts per value. */
export function FilterPanel(props: FilterPanelProps) {
  const { index, values, typeCounts, outletCounts, onChange, labels } = props
  const types = useMemo(() => typesOf(index), [index])
  const outlets = useMemo(() => outletsOf(index), [index])
  const bounds = useMemo(() => dayBounds(index), [index])
  return (
    <section aria-labelledby="filters-heading" data-testid="filters" className="pb-3">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id="filters-heading" className="text-sm font-semibold text-slate-700">
          {labels.heading}{' '}
          <span className="font-normal text-slate-600" aria-live="polite">
            {labels.shown(props.shownCount, index.events.length)}
          </span>
        </h2>
        <button
          type="button"
          disabled={!props.active}
          onClick={props.onClear}
          className={`rounded px-2 py-0.5 text-xs text-sky-800 hover:bg-sky-50 disabled:text-slate-500 ${FOCUS}`}
        >
          {labels.clear}
        </button>
      </div>
      <SearchBox value={values.q} onChange={(q) => onChange({ q })} inputRef={props.searchRef} pending={props.searchPending} labels={labels} />
      <CheckList
        legend={labels.types}
        countUnit={labels.events}
        idPrefix="type"
        options={types.map((t) => ({ value: t, label: `${props.labelType(t)} (${t})`, count: typeCounts.get(t) ?? 0 }))}
        checked={values.types}
        onChange={(next) => onChange({ types: next })}
      />
      <CheckList
        legend={labels.outlets}
        countUnit={labels.events}
        idPrefix="outlet"
        options={outlets.map((o) => ({ value: o, label: o, count: outletCounts.get(o) ?? 0 }))}
        checked={values.outlets}
        onChange={(next) => onChange({ outlets: next })}
      />
      <DateRange from={values.from} to={values.to} bounds={bounds} onChange={onChange} labels={labels} />
      <ActorMode value={values.actorMode} onChange={(actorMode) => onChange({ actorMode })} labels={labels} />
    </section>
  )
}
