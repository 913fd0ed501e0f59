import type { Event } from '../../../schema'

/** The event a (possibly old, merged-away) id refers to: its own id first, then aliases. */
export function findEvent(events: readonly Event[], id: string | null): Event | null {
  if (!id) return null
  return events.find((e) => e.id === id) ?? events.find((e) => e.aliases.includes(id)) ?? null
}
