import type { Actor, Event } from '../../../schema'

/** Checked actor ids; null means "no filter": every actor checked, every event shown. */
export type ActorSelection = ReadonlySet<string> | null

/**
 * Reads names or ids from the URL against the known actors. Unknown ones are dropped; if none
 * is left of a non-empty list the filter is ignored; a selection of every actor is no filter.
 */
export function resolveActorSelection(values: readonly string[] | null, actors: readonly Actor[]): ActorSelection {
  if (values === null) return null
  if (values.length === 0) return new Set()
  const byKey = new Map<string, string>()
  for (const actor of actors) if (!byKey.has(actor.name)) byKey.set(actor.name, actor.id)
  for (const actor of actors) byKey.set(actor.id, actor.id)
  const ids = new Set(values.flatMap((value) => byKey.get(value) ?? []))
  if (ids.size === 0 || ids.size === actors.length) return null
  return ids
}

/** The name when it identifies the actor and survives a comma-separated list, else the id. */
function urlKey(actor: Actor, actors: readonly Actor[]): string {
  const ambiguous = actor.name.includes(',') || actors.some((a) => a.name === actor.name && a.id !== actor.id)
  return ambiguous ? actor.id : actor.name
}

/** URL form of a selection: readable actor names (ids where a name is ambiguous), in list order. */
export function selectionToNames(selection: ActorSelection, actors: readonly Actor[]): string[] | null {
  if (selection === null) return null
  if (actors.every((a) => selection.has(a.id))) return null
  return actors.filter((a) => selection.has(a.id)).map((a) => urlKey(a, actors))
}

/** With a filter set, an event shows when at least one of its actors is checked. */
export function isEventVisible(event: Event, selection: ActorSelection): boolean {
  return selection === null || event.actors.some((actor) => selection.has(actor.id))
}

export function toggleActor(selection: ActorSelection, actors: readonly Actor[], id: string, checked: boolean): ActorSelection {
  const next = new Set(selection ?? actors.map((a) => a.id))
  if (checked) next.add(id)
  else next.delete(id)
  return next.size === actors.length ? null : next
}
