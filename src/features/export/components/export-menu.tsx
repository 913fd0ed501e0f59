import type { ArticleSummary, Event } from '../../../schema'
import { eventsToCsv } from '../utils/csv'
import { downloadText } from '../utils/download'
import { eventsToIcs } from '../utils/ics'
import { eventsToJson } from '../utils/json'

export interface ExportLabels {
  group: string
  csv: string
  json: string
  ics: string
}

interface ExportMenuProps {
  /** The filtered events, as the timeline shows them. */
  events: readonly Event[]
  articles: readonly ArticleSummary[]
  /** Calendar title of an event (type + actors). */
  summary: (event: Event) => string
  labels: ExportLabels
}

const BUTTON =
  'whitespace-nowrap rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600'

/** Download buttons for the filtered events in three formats. */
export function ExportMenu({ events, articles, summary, labels }: ExportMenuProps) {
  const save = (format: 'csv' | 'json' | 'ics') => {
    const now = new Date()
    if (format === 'csv') downloadText('events.csv', eventsToCsv(events, articles), 'text/csv')
    if (format === 'json') downloadText('events.json', eventsToJson(events, articles, now), 'application/json')
    if (format === 'ics') downloadText('events.ics', eventsToIcs(events, articles, summary, now), 'text/calendar')
  }
  return (
    <div role="group" aria-label={labels.group} className="flex items-center gap-1">
      <span className="text-xs text-slate-500" aria-hidden="true">{labels.group}</span>
      <button type="button" className={BUTTON} onClick={() => save('csv')}>{labels.csv}</button>
      <button type="button" className={BUTTON} onClick={() => save('json')}>{labels.json}</button>
      <button type="button" className={BUTTON} onClick={() => save('ics')}>{labels.ics}</button>
    </div>
  )
}
