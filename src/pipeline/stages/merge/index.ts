/**
 * The one global step: the same happening reported by several articles becomes one timeline event
 * listing every source. Two events merge when they have the same type (not `other`), come from different
 * articles, share a participant that is more specific than a country (statements: the same
 * speaker on the same stated day), do not each name a person the other does not, name compatible
 * places, and their times overlap, or are exact days at most MAX_CONFLICT_DAYS apart, in which
 * case the event keeps each source's date and is flagged as disputed.
 */
import type { Event, EventTime, SourceRef } from '../../../schema'
import { eachNamesAnother, personIds } from './people'

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
  // Intervals and participant sets are computed once per event: the pair loop below reads them
  // for every candidate pair (a Date.parse and a new Set per read made a 25k-event merge take 30 s).
  const keyed = events.map((e) => ({ e, days: dayInterval(e.time) }))
  keyed.sort((a, b) => a.days[0] - b.days[0] || cmp(a.e.id, b.e.id))
  const sorted = keyed.map((k) => k.e)
  const days = keyed.map((k) => k.days)
  const actorsOf = sorted.map(specificActors)
  const peopleOf = sorted.map((e) => personIds(e.actors))
  const speakerOf = sorted.map((e) => e.actors.find((a) => a.role === 'agent')?.id)
  const parent = sorted.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const groupArticles = sorted.map(articlesOf)
  const conflicted = new Set<number>()
  const byType = new Map<string, number[]>()
  sorted.forEach((e, i) => {
    const list = byType.get(e.type)
    if (list) list.push(i)
    else byType.set(e.type, [i])
  })

  for (const [type, indices] of byType) {
    // 'other' says only that something happened: no evidence that two reports tell one happening.
    if (type === 'other') continue
    for (let x = 0; x < indices.length; x++) {
      const i = indices[x]!
      const a = sorted[i]!
      const aEnd = days[i]![1] + MAX_CONFLICT_DAYS
      const aActors = actorsOf[i]!
      if (aActors.size === 0) continue
      for (let y = x + 1; y < indices.length; y++) {
        const j = indices[y]!
        const b = sorted[j]!
        if (days[j]![0] > aEnd) break
        if (!sharesAny(actorsOf[j]!, aActors)) continue
        // What one speaker said that day, as in one article; not whatever anyone said about them.
        if (a.type === 'statement' && !sameSaying(a, b, speakerOf[i], speakerOf[j])) continue
        if (eachNamesAnother(peopleOf[i]!, peopleOf[j]!)) continue
        const relation = timesCompatible(a.time, b.time)
        if (!relation || !placesCompatible(a, b)) continue
        const ri = find(i)
        const rj = find(j)
        if (ri === rj) continue
        // Never fold two events of one article together here: that is the events stage's call.
        if (sharesAny(groupArticles[rj]!, groupArticles[ri]!)) continue
        parent[rj] = ri
        for (const id of groupArticles[rj]!) groupArticles[ri]!.add(id)
        if (relation === 'conflict') conflicted.add(ri)
      }
    }
  }

  const groups = new Map<number, Event[]>()
  sorted.forEach((e, i) => {
    const root = find(i)
    const members = groups.get(root)
    if (members) members.push(e)
    else groups.set(root, [e])
  })
  return [...groups.entries()].map(([root, members]) =>
    members.length === 1 ? members[0]! : combine(members, conflicted.has(root) || hasConflict(members)),
  )
}

/** One speaker on one stated day: a window or a range chains every remark of a week together. */
function sameSaying(a: Event, b: Event, speakerA: string | undefined, speakerB: string | undefined): boolean {
  return speakerA !== undefined && speakerA === speakerB && isExactDay(a.time) && isExactDay(b.time) && a.time.start.slice(0, 10) === b.time.start.slice(0, 10)
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (b.has(id)) return true
  return false
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
