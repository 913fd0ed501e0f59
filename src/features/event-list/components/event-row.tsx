import { memo } from 'react'
import type { Event } from '../../../schema'

interface EventRowProps {
  event: Event
  position: number
  setSize: number
  top: number
  height: number
  selected: boolean
  time: string
  typeName: string
  onSelect: (id: string) => void
}

/** One event as a button: date and type, then type name and actors (its accessible name). */
export const EventRow = memo(function EventRow(props: EventRowProps) {
  const { event, selected } = props
  const actors = event.actors.map((a) => a.name).join('、')
  return (
    <li
      aria-posinset={props.position + 1}
      aria-setsize={props.setSize}
      className="absolute inset-x-0 px-1"
      style={{ top: props.top, height: props.height }}
    >
      <button
        type="button"
        data-list-event-id={event.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => props.onSelect(event.id)}
        className={`h-full w-full rounded px-2 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-700 ${
          selected ? 'bg-amber-100 font-medium ring-1 ring-amber-500' : ''
        }`}
      >
        <span className="block text-xs tabular-nums text-slate-700">
          {props.time} <span className="text-slate-600">{event.type}</span>
        </span>
        <span className="block truncate text-sm text-slate-900" lang="zh">
          {props.typeName}
          {actors ? ` · ${actors}` : ''}
        </span>
      </button>
    </li>
  )
})
