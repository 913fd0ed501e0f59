import { useEffect, useRef } from 'react'
import type { Event, EventType } from '../../../schema'
import { useViewport } from '../hooks/use-viewport'
import { selectionAnnouncement } from '../utils/announce'
import { rowsInView, scrollToShow } from '../utils/window-rows'
import { EventRow } from './event-row'

const ROW_HEIGHT = 44

/** The list's words, filled by the app in the UI language. */
export interface EventListLabels {
  heading: string
  empty: string
  /** Start of the selection announcement ("Selected:"). */
  selected: string
}

interface EventListProps {
  /** The filtered events, in time order. */
  events: readonly Event[]
  /** The selected event (it may be filtered out of the list). */
  selected: Event | null
  onSelect: (id: string) => void
  formatTime: (event: Event) => string
  labelType: (type: EventType) => string
  labels: EventListLabels
}

/**
 * The filtered events in time order as a list of buttons, windowed (only the rows in view are
 * rendered, so tens of thousands of events stay fast). The selected row is scrolled into view and
 * announced in a polite live region.
 */
export function EventList({ events, selected, onSelect, formatTime, labelType, labels }: EventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const { scrollTop, height } = useViewport(scrollRef)
  const selectedId = selected?.id ?? null
  const selectedIndex = selectedId ? events.findIndex((e) => e.id === selectedId) : -1

  useEffect(() => {
    const element = scrollRef.current
    if (!element || selectedIndex < 0) return
    const target = scrollToShow(selectedIndex, element.scrollTop, element.clientHeight, ROW_HEIGHT)
    if (target !== null) element.scrollTop = target
  }, [selectedIndex])

  const { first, last } = rowsInView(scrollTop, height || 400, ROW_HEIGHT, events.length)
  const rows = events.slice(first, last + 1)
  return (
    <section aria-labelledby="event-list-heading" data-testid="event-list" className="relative flex min-h-56 flex-1 flex-col border-t border-slate-200">
      <h2 id="event-list-heading" className="px-4 pt-3 pb-2 text-sm font-semibold text-slate-700">
        {labels.heading} <span className="font-normal text-slate-600">({events.length})</span>
      </h2>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="selection-announcement">
        {selectionAnnouncement(selected, formatTime, labels.selected)}
      </p>
      {events.length === 0 ? (
        <p className="px-4 text-sm text-slate-600">{labels.empty}</p>
      ) : (
        <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-y-auto px-3 pb-2">
          <ol className="relative" style={{ height: events.length * ROW_HEIGHT }} aria-labelledby="event-list-heading">
            {rows.map((event, offset) => (
              <EventRow
                key={event.id}
                event={event}
                position={first + offset}
                setSize={events.length}
                top={(first + offset) * ROW_HEIGHT}
                height={ROW_HEIGHT}
                selected={event.id === selectedId}
                time={formatTime(event)}
                typeName={labelType(event.type)}
                onSelect={onSelect}
              />
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
