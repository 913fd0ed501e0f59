import type { KeyboardEvent } from 'react'
import { nextEventId } from '../utils/sentence-marks'

interface SentenceMarkProps {
  text: string
  eventIds: readonly string[]
  selectedEventId: string | null
  onSelectEvent: (id: string) => void
}

function Nested({ ids, text, selectedEventId }: { ids: readonly string[]; text: string; selectedEventId: string | null }) {
  const [id, ...rest] = ids
  if (id === undefined) return <>{text}</>
  return (
    <span data-event-id={id} aria-current={id === selectedEventId ? 'true' : undefined}>
      <Nested ids={rest} text={text} selectedEventId={selectedEventId} />
    </span>
  )
}

/**
 * A sentence that reports events: one nested span per event so each event id is present;
 * activating it selects the first event, then the next on each further activation.
 */
export function SentenceMark({ text, eventIds, selectedEventId, onSelectEvent }: SentenceMarkProps) {
  const active = selectedEventId !== null && eventIds.includes(selectedEventId)
  const select = () => {
    const next = nextEventId(eventIds, selectedEventId)
    if (next) onSelectEvent(next)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      select()
    }
  }
  const count = eventIds.length > 1 ? ` (${eventIds.length} events)` : ''
  return (
    <span
      role="button"
      tabIndex={0}
      onClick={select}
      onKeyDown={onKeyDown}
      title={`Show on the timeline${count}`}
      className={`sentence-mark cursor-pointer rounded-sm px-0.5 transition-colors ${
        active ? 'is-active bg-amber-200 ring-2 ring-amber-400' : 'bg-amber-50 hover:bg-amber-100'
      } underline decoration-amber-400 decoration-2 underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-600`}
    >
      <Nested ids={eventIds} text={text} selectedEventId={selectedEventId} />
    </span>
  )
}
