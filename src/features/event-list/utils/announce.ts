import type { Event } from '../../../schema'

/** What a screen reader hears when an event is selected: date, type, first actor, sentence start. */
export function selectionAnnouncement(event: Event | null, formatTime: (event: Event) => string, prefix = 'Selected:'): string {
  if (event === null) return ''
  const actor = event.actors[0]?.name
  const sentence = event.sources[0]?.text ?? ''
  const excerpt = sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence
  return [prefix, formatTime(event), event.type, actor, excerpt].filter(Boolean).join(' ')
}
