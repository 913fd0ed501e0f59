/**
 * The one global step: the same happening reported by several articles becomes one timeline event
 * listing every source. Two events merge when they have the same type, come from different
 * articles, share a participant that is more specific than a country, name compatible places, and
 * their times overlap, or are exact days at most MAX_CONFLICT_DAYS apart, in which case the event
 * keeps each source's date and is flagged as disputed.
 */
import type { Event, EventTime, SourceRef } from '../../../schema'

const MAX_CONFLICT_DAYS = 2
const DAY_MS = 86_400_000

/** Local calendar interval [from, to] of an event time, as day numbers. */
function dayInterval(time: EventTime): [number, number] {
  const from = Date.parse(time.start.slice(0, 10))
  const to = Date.parse((time.end ?? time.start).slice(0, 10))
  return [from / DAY_MS, to / DAY_MS]
}

const isExactDay = (t: EventTime) => !t.uncertain && t.end === null

function timesCompatible(a: EventTime, b: EventTime): 'same' | 'conflict' | null {
  const [a0, a1] = dayInterval(a)
  const [b0, b1] = dayInterval(b)
  if (a0 <= b1 && b0 <= a1) return 'same'
  if (isExactDay(a) && isExactDay(b) && Math.abs(a0 - b0) <= MAX_CONFLICT_DAYS) return 'conflict'
  return null
}

function specificActors(e: Event): Set<string> {
  return new Set(e.actors.filter((a) => a.kind !== 'country').map((a) => a.id))
}

function placesCompatible(a: Event, b: Event): boolean {
  if (!a.location || !b.location) return true
  const x = a.location.name
  const y = b.location.name
  return x.includes(y) || y.includes(x)
}

function articlesOf(e: Event): Set<string> {
  return new Set(e.sources.map((s) => s.articleId))
}

export function mergeAcrossArticles(events: readonly Event[]): Event[] {
  const sorted = [...events].sort((a, b) => dayInterval(a.time)[0] - dayInterval(b.time)[0] || cmp(a.id, b.id))
  const parent = sorted.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const groupArticles = sorted.map(articlesOf)
  const conflicted = new Set<number>()
  const byType = new Map<string, number[]>()
  sorted.forEach((e, i) => byType.set(e.type, [...(byType.get(e.type) ?? []), i]))

  for (const indices of byType.values()) {
    for (let x = 0; x < indices.length; x++) {
      const i = indices[x]!
      const a = sorted[i]!
      const aEnd = dayInterval(a.time)[1] + MAX_CONFLICT_DAYS
      const aActors = specificActors(a)
      if (aActors.size === 0) continue
      for (let y = x + 1; y < indices.length; y++) {
        const j = indices[y]!
        const b = sorted[j]!
        if (dayInterval(b.time)[0] > aEnd) break
        const relation = timesCompatible(a.time, b.time)
        if (!relation || !placesCompatible(a, b)) continue
        if (![...specificActors(b)].some((id) => aActors.has(id))) continue
        const ri = find(i)
        const rj = find(j)
        if (ri === rj) continue
        // Never fold two events of one article together here: that is the events stage's call.
        if ([...groupArticles[rj]!].some((id) => groupArticles[ri]!.has(id))) continue
        parent[rj] = ri
        groupArticles[ri] = new Set([...groupArticles[ri]!, ...groupArticles[rj]!])
        if (relation === 'conflict') conflicted.add(ri)
      }
    }
  }

  const groups = new Map<number, Event[]>()
  sorted.forEach((e, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), e])
  })
  return [...groups.entries()].map(([root, members]) =>
    members.length === 1 ? members[0]! : combine(members, conflicted.has(root) || hasConflict(members)),
  )
}

function hasConflict(members: readonly Event[]): boolean {
  const days = new Set(members.filter((m) => isExactDay(m.time)).map((m) => m.time.start.slice(0, 10)))
  return days.size > 1
}

const GRANULARITY_RANK = { minute: 0, hour: 1, 'part-of-day': 2, day: 3, month: 4, year: 5 } as const

/** Most precise first: stated before inferred, finer granularity, then the earlier id. */
function precision(a: Event, b: Event): number {
  return (
    Number(a.time.uncertain) - Number(b.time.uncertain) ||
    GRANULARITY_RANK[a.time.granularity] - GRANULARITY_RANK[b.time.granularity] ||
    cmp(a.id, b.id)
  )
}

function combine(members: readonly Event[], dateConflict: boolean): Event {
  const first = [...members].sort((a, b) => cmp(a.id, b.id))[0]!
  const best = [...members].sort(precision)[0]!
  const sources: SourceRef[] = members.flatMap((m) =>
    m.sources.map((s) => (dateConflict ? { ...s, time: m.time } : s)),
  )
  const actors = new Map<string, Event['actors'][number]>()
  for (const m of members) for (const a of m.actors) if (!actors.has(a.id)) actors.set(a.id, a)
  const aliases = new Set(members.flatMap((m) => [m.id, ...m.aliases]))
  aliases.delete(first.id)
  return {
    id: first.id,
    aliases: [...aliases].sort(),
    type: first.type,
    time: best.time,
    actors: [...actors.values()],
    location: members.find((m) => m.location)?.location ?? null,
    confidence: Math.min(1, Math.max(...members.map((m) => m.confidence)) + 0.05 * (members.length - 1)),
    sources,
    dateConflict,
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
