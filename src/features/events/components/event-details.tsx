import type { ReactNode } from 'react'
import type { ArticleSummary, Event } from '../../../schema'
import { formatEventDate, formatTimeValue, type DateFormat } from '../utils/event-date'
import { EventSources } from './event-sources'

export interface EventCardLabels {
  heading: string; type: string; date: string; precision: string; resolved: string; actors: string; place: string
  sources: string; confidence: string; conflict: string; none: string; uncertain: string
  nothingSelected: (n: number) => string
  relativeTo: (expression: string, value: string, reference: string, rule: string) => string
  inherited: (from: string, value: string, rule: string) => string
  inheritedFrom: Record<'sentence' | 'paragraph' | 'story' | 'publication', string>
  granularity: Record<Event['time']['granularity'], string>
  id: string
  types: Record<Event['type'], string>
}

interface EventDetailsProps {
  event: Event | null
  /** Shown events, for the summary when nothing is selected. */
  shownCount: number
  articles: readonly ArticleSummary[]
  /** Opens (or focuses) the pane of a source article. */
  onOpenArticle: (id: string) => void
  format: DateFormat
  labels: EventCardLabels
  /** Tooltip of the date: which zone times are shown in. */
  zoneHint: string
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[5.5rem_1fr] gap-2 py-1">
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  )
}

/** The audit of a time: "本周二 → 2023年9月12日, relative to the publication on …". */
export function auditText(event: Event, format: DateFormat, labels: EventCardLabels): string {
  const { audit } = event.time
  const value = formatEventDate({ ...event.time, uncertain: false }, format)
  if (audit.expression) {
    const reference = formatTimeValue(audit.reference, { ...event.time, granularity: 'minute' }, { ...format, zone: 'source' })
    return labels.relativeTo(audit.expression, value, reference, audit.rule)
  }
  return labels.inherited(labels.inheritedFrom[audit.inheritedFrom ?? 'publication'], value, audit.rule)
}

/** What the pipeline knows about the selected event, including how its time was resolved. */
export function EventDetails({ event, shownCount, articles, onOpenArticle, format, labels, zoneHint }: EventDetailsProps) {
  return (
    <section aria-labelledby="event-details-heading" className="px-4 py-3 text-sm">
      <h2 id="event-details-heading" className="mb-2 text-sm font-semibold text-slate-700">
        {labels.heading}
      </h2>
      {event === null ? (
        <p className="text-slate-600">{labels.nothingSelected(shownCount)}</p>
      ) : (
        <dl>
          <Row label={labels.type}>
            <span>{labels.types[event.type]}</span> <span className="text-slate-600">({event.type})</span>
          </Row>
          <Row label={labels.date}>
            <span title={zoneHint}>{formatEventDate(event.time, format)}</span>
            {event.dateConflict ? (
              <strong role="note" className="mt-1 block rounded bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300">
                ⚠ {labels.conflict}
              </strong>
            ) : null}
          </Row>
          <Row label={labels.precision}>
            {labels.granularity[event.time.granularity]}
            {event.time.uncertain ? ` · ${labels.uncertain}` : ''}
          </Row>
          <Row label={labels.resolved}>
            <span lang="zh" className="text-slate-800">{auditText(event, format, labels)}</span>
          </Row>
          <Row label={labels.actors}>
            <span lang="zh">{event.actors.length > 0 ? event.actors.map((a) => a.name).join('、') : labels.none}</span>
          </Row>
          <Row label={labels.place}>
            <span lang="zh">{event.location?.name ?? labels.none}</span>
          </Row>
          <Row label={labels.confidence}>{Math.round(event.confidence * 100)}%</Row>
          <Row label={labels.sources}>
            <EventSources event={event} articles={articles} onOpenArticle={onOpenArticle} format={format} />
          </Row>
          <Row label={labels.id}>
            <code className="text-xs">{event.id}</code>
          </Row>
        </dl>
      )}
    </section>
  )
}
