import type { Event } from '../../../schema'
import { formatEventTime, typeLabel } from '../utils/labels'

interface EventDetailsProps {
  event: Event | null
  /** Shown events, for the summary when nothing is selected. */
  shownCount: number
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[5.5rem_1fr] gap-2 py-1">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  )
}

/** What the pipeline knows about the selected event, including how its time was resolved. */
export function EventDetails({ event, shownCount }: EventDetailsProps) {
  return (
    <section aria-labelledby="event-details-heading" className="px-4 py-3 text-sm">
      <h2 id="event-details-heading" className="mb-2 text-sm font-semibold text-slate-700">
        Selected event
      </h2>
      {event === null ? (
        <p className="text-slate-500">
          {shownCount} events shown. Click an event on the timeline or a highlighted sentence to see its details.
        </p>
      ) : (
        <dl>
          <Row label="Type">
            {typeLabel(event.type)} <span className="text-slate-500">({event.type})</span>
          </Row>
          <Row label="Time">
            {formatEventTime(event.time)}
            {event.dateConflict ? <span className="ml-1 text-amber-700">(sources disagree)</span> : null}
          </Row>
          <Row label="Actors">{event.actors.length > 0 ? event.actors.map((a) => a.name).join('、') : '—'}</Row>
          <Row label="Place">{event.location?.name ?? '—'}</Row>
          <Row label="Confidence">{Math.round(event.confidence * 100)}%</Row>
          <Row label="Resolved">
            <span className="text-slate-700">
              {event.time.audit.expression ? `“${event.time.audit.expression}”` : `inherited from ${event.time.audit.inheritedFrom ?? 'context'}`}
              {' '}by <code className="text-xs">{event.time.audit.rule}</code>, against {event.time.audit.reference}
            </span>
          </Row>
          <Row label="Sources">{event.sources.length}</Row>
          <Row label="Id">
            <code className="text-xs">{event.id}</code>
          </Row>
        </dl>
      )}
    </section>
  )
}
