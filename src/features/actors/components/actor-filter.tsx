import { useDeferredValue, useMemo, useState } from 'react'
import type { Actor } from '../../../schema'
import { toggleActor, type ActorSelection } from '../utils/actor-selection'
import { matchActors } from '../utils/match-actors'

/** The actor filter's words, filled by the app in the UI language. */
export interface ActorFilterLabels {
  heading: string; all: string; none: string; find: string; findPlaceholder: string; noActors: string
  noMatch: (query: string) => string; events: string; kinds: Record<Actor['kind'], string>
}

const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700'

interface ActorFilterProps {
  actors: readonly Actor[]
  selection: ActorSelection
  onChange: (next: ActorSelection) => void
  /** Events per actor under the other filters; the actor's own total when absent. */
  counts?: ReadonlyMap<string, number>
  labels: ActorFilterLabels
}

/** One labelled checkbox per actor with its event count, a search box, "All" / "None" shortcuts. */
export function ActorFilter({ actors, selection, onChange, counts, labels }: ActorFilterProps) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const sorted = useMemo(
    () => [...actors].sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name, 'zh')),
    [actors],
  )
  const listed = useMemo(() => matchActors(sorted, deferred), [sorted, deferred])
  return (
    <section data-testid="actor-filter" aria-labelledby="actor-filter-heading" className="flex min-h-0 flex-col">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id="actor-filter-heading" className="text-sm font-semibold text-slate-700">
          {labels.heading} <span className="font-normal text-slate-600">({actors.length})</span>
        </h2>
        <div className="flex gap-1">
          <button type="button" onClick={() => onChange(null)} className={`rounded px-2 py-0.5 text-xs text-sky-800 hover:bg-sky-50 ${FOCUS}`}>
            {labels.all}
          </button>
          <button type="button" onClick={() => onChange(new Set())} className={`rounded px-2 py-0.5 text-xs text-sky-800 hover:bg-sky-50 ${FOCUS}`}>
            {labels.none}
          </button>
        </div>
      </div>
      {sorted.length > 0 ? (
        <div className="px-4 pt-2">
          <label htmlFor="actor-search" className="sr-only">
            {labels.find}
          </label>
          <input
            id="actor-search"
            type="search"
            lang="zh"
            value={query}
            placeholder={labels.findPlaceholder}
            onChange={(e) => setQuery(e.currentTarget.value)}
            className={`w-full rounded border border-slate-400 px-2 py-1 text-sm placeholder:text-slate-600 ${FOCUS}`}
          />
        </div>
      ) : null}
      {sorted.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{labels.noActors}</p>
      ) : listed.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{labels.noMatch(query)}</p>
      ) : (
        <ul lang="zh" className="relative min-h-0 flex-1 overflow-y-auto px-2 py-2">
          {listed.map((actor) => {
            const inputId = `actor-${actor.id}`
            const checked = selection === null || selection.has(actor.id)
            return (
              <li key={actor.id} className="flex items-center gap-2 rounded px-2 py-1 hover:bg-slate-100">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={checked}
                  aria-describedby={`${inputId}-count`}
                  onChange={(e) => onChange(toggleActor(selection, actors, actor.id, e.currentTarget.checked))}
                  className={`size-4 shrink-0 accent-sky-700 ${FOCUS}`}
                />
                <label htmlFor={inputId} className="flex-1 cursor-pointer truncate text-[15px]" title={labels.kinds[actor.kind]}>
                  {actor.name}
                </label>
                <span id={`${inputId}-count`} className="rounded-full bg-slate-100 px-2 text-xs tabular-nums text-slate-700">
                  {counts?.get(actor.id) ?? (counts ? 0 : actor.eventCount)}
                  <span className="sr-only"> {labels.events}</span>
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
