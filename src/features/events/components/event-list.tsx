import type { Event } from '../../../schema'
import { formatEventTime, typeLabel } from '../utils/labels'

interface EventListProps {
  /** The events currently shown on the timeline. */
  events: readonly Event[]
  selectedId: string | null
  onSelect: (id: string) => void
}

function byTime(a: Event, b: Event): number {
  return a.time.start.localeCompare(b.time.start) || a.id.localeCompare(b.id)
}

/** The shown events in time order, as buttons: the keyboard and screen-reader way in. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  return (
    <section aria-labelledby="event-list-heading" className="border-t border-slate-200 px-4 py-3">
      <h2 id="event-list-heading" className="mb-2 text-sm font-semibold text-slate-700">
        Events in time order
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-500">No event matches the actor filter.</p>
      ) : (
        <ol lang="zh" className="space-y-0.5 text-sm">
          {[...events].sort(byTime).map((event) => (
            <li key={event.id}>
              <button
                type="button"
                aria-pressed={event.id === selectedId}
                onClick={() => onSelect(event.id)}
                className={`w-full rounded px-2 py-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 ${
                  event.id === selectedId ? 'bg-amber-100 font-medium' : ''
                }`}
              >
                <span className="block text-xs tabular-nums text-slate-600">{formatEventTime(event.time)}</span>
                <span className="block truncate">
                  {typeLabel(event.type)}
                  {event.actors.length > 0 ? ` · ${event.actors.map((a) => a.name).join('、')}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
