import type { Event } from '../../../schema'
import { floatingEnd, floatingTime, pointPosition } from './floating-time'
import { isBucket, type BucketItem } from './window-feed'

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
  const at = isRange ? start : (pointPosition(event.time) ?? start)
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

/** A bucket of dense events: its count as text, "1,234 events (zoom in…)" as tooltip and name. */
function renderBucket(bucket: BucketItem): HTMLElement {
  const element = document.createElement('span')
  element.className = 'timeline-bucket-count'
  element.textContent = bucket.content
  element.title = bucket.hint
  element.setAttribute('role', 'img')
  element.setAttribute('aria-label', bucket.hint)
  return element
}

/** The element vis-timeline shows for an item: text only, an event tagged with its id. */
export function renderItemContent(item: { id: string | number; content?: unknown; hint?: unknown; kind?: unknown }): HTMLElement {
  if (isBucket(item)) return renderBucket(item)
  const element = document.createElement('span')
  element.dataset.eventId = String(item.id)
  element.textContent = typeof item.content === 'string' ? item.content : ''
  if (typeof item.hint === 'string') element.title = item.hint
  return element
}

export function toEventItems(events: readonly Event[], text: ItemText): EventItem[] {
  return events.flatMap((event) => toEventItem(event, text) ?? [])
}
