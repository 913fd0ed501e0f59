import type { Actor } from '../../../schema'
import { toggleActor, type ActorSelection } from '../utils/actor-selection'

const KIND_LABELS: Record<Actor['kind'], string> = {
  person: '人物', organization: '机构', country: '国家', agency: '部门', group: '团体',
}

interface ActorFilterProps {
  actors: readonly Actor[]
  selection: ActorSelection
  onChange: (next: ActorSelection) => void
}

/** One labelled checkbox per actor with its event count; "All" / "None" shortcuts. */
export function ActorFilter({ actors, selection, onChange }: ActorFilterProps) {
  const sorted = [...actors].sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name, 'zh'))
  return (
    <section data-testid="actor-filter" aria-labelledby="actor-filter-heading" className="flex min-h-0 flex-col">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id="actor-filter-heading" className="text-sm font-semibold text-slate-700">
          Actors <span className="font-normal text-slate-500">({actors.length})</span>
        </h2>
        <div className="flex gap-1">
          <button type="button" onClick={() => onChange(null)} className="rounded px-2 py-0.5 text-xs text-sky-700 hover:bg-sky-50">
            All
          </button>
          <button type="button" onClick={() => onChange(new Set())} className="rounded px-2 py-0.5 text-xs text-sky-700 hover:bg-sky-50">
            None
          </button>
        </div>
      </div>
      {sorted.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">No actors were found in these articles.</p>
      ) : (
        <ul lang="zh" className="min-h-0 flex-1 overflow-y-auto px-2 py-2">
          {sorted.map((actor) => {
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
                  className="size-4 shrink-0 accent-sky-700"
                />
                <label htmlFor={inputId} className="flex-1 cursor-pointer truncate text-[15px]" title={KIND_LABELS[actor.kind]}>
                  {actor.name}
                </label>
                <span
                  id={`${inputId}-count`}
                  className="rounded-full bg-slate-100 px-2 text-xs tabular-nums text-slate-600"
                >
                  {actor.eventCount}
                  <span className="sr-only"> events</span>
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
