import type { Event } from '../../../schema'
import { floatingEnd, floatingTime, pointAt } from './floating-time'

/** What the timeline's DataSet holds for one event. */
export interface EventItem {
  id: string
  /** Plain text; the template writes it with textContent, never as HTML. */
  content: string
  start: Date
  end?: Date
  type: 'box' | 'range'
  className: string
  /** Tooltip text, set as the title attribute of the content element. */
  hint: string
  /** Row id when the timeline is grouped. */
  group?: string
}

export interface ItemText {
  label: (event: Event) => string
  hint: (event: Event) => string
}

export function toEventItem(event: Event, text: ItemText): EventItem | null {
  const start = floatingTime(event.time.start)
  if (!start) return null
  const end = event.time.end ? floatingEnd(event.time.end) : null
  const isRange = end !== null && end.getTime() > start.getTime()
  const at = isRange ? start : pointAt(start, event.time)
  const classes = ['event-item', `type-${event.type}`]
  if (event.time.uncertain) classes.push('is-uncertain')
  if (event.dateConflict) classes.push('has-conflict')
  return {
    id: event.id,
    content: text.label(event),
    start: at,
    ...(isRange ? { end } : {}),
    type: isRange ? 'range' : 'box',
    className: classes.join(' '),
    hint: text.hint(event),
  }
}

/** The element vis-timeline shows for an event: text only, tagged with the event id. */
export function renderItemContent(item: { id: string | number; content?: unknown; hint?: unknown }): HTMLElement {
  const element = document.createElement('span')
  element.dataset.eventId = String(item.id)
  element.textContent = typeof item.content === 'string' ? item.content : ''
  if (typeof item.hint === 'string') element.title = item.hint
  return element
}

export function toEventItems(events: readonly Event[], text: ItemText): EventItem[] {
  return events.flatMap((event) => toEventItem(event, text) ?? [])
}
