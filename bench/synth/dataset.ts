/**
 * The ready data set (public/data format) of a synthetic world, for app benchmarks: one index and
 * one body per article, validated against the schema the app uses.
 */
import {
  ArticleBody, DataIndex, SCHEMA_VERSION,
  type Actor, type ArticleSummary, type Event, type EventTime, type SourceRef,
} from '../../src/schema'
import { shortHash } from './hash'
import { eventDay, layoutArticle, TIME_ZONE, type LaidArticle } from './layout'
import type { World, WorldEvent } from './world'
import { daysBefore, isoDate, pad } from './zoned'

export interface SyntheticDataset {
  index: DataIndex
  bodies: ArticleBody[]
}

function eventTime(world: World, event: WorldEvent, reference: string, expression: string | null): EventTime {
  const day = eventDay(world, event)
  const date = isoDate(day.year, day.month, day.day)
  const end = event.spanDays > 0 ? daysBefore(day, -event.spanDays) : null
  const offset = reference.slice(-6)
  return {
    start: event.hour === null ? date : `${date}T${pad(event.hour)}:00:00${offset}`,
    end: end ? isoDate(end.year, end.month, end.day) : null,
    granularity: event.hour === null ? 'day' : 'hour',
    uncertain: event.uncertain,
    timeZone: TIME_ZONE,
    audit: { expression, reference, rule: 'synthetic/template' },
  }
}

function sourcesOf(laid: readonly LaidArticle[]): Map<number, SourceRef[]> {
  const out = new Map<number, SourceRef[]>()
  for (const article of laid) {
    article.paragraphs.forEach((p, pi) =>
      p.sentences.forEach((s, si) => {
        if (s.event === null) return
        const ref: SourceRef = {
          articleId: article.id, paragraph: pi, sentence: si, span: [s.start, s.end], text: s.text,
          ...(s.timeSpan ? { timeSpan: s.timeSpan } : {}),
        }
        out.set(s.event, [...(out.get(s.event) ?? []), ref])
      }),
    )
  }
  return out
}

export function buildDataset(world: World): SyntheticDataset {
  const laid = world.articles.map((a) => layoutArticle(world, a))
  const sources = sourcesOf(laid)
  const events: Event[] = world.events.map((e) => {
    const refs = sources.get(e.index) ?? []
    const first = laid[e.firstArticle]!
    const expression = refs[0] ? expressionOf(refs[0]) : null
    const [id, ...aliases] = refs.map((r) => `e-${shortHash(`${r.articleId}/${e.index}`)}`)
    return {
      id: id!,
      aliases,
      type: e.type,
      time: eventTime(world, e, first.published, expression),
      actors: e.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
      location: { name: e.place },
      confidence: e.confidence,
      sources: refs,
      dateConflict: false,
    }
  })
  events.sort((a, b) => (a.time.start < b.time.start ? -1 : a.time.start > b.time.start ? 1 : a.id < b.id ? -1 : 1))
  const index: DataIndex = {
    schemaVersion: SCHEMA_VERSION,
    articles: laid.map((a) => summary(a, world.articles[a.index]!.events.length)),
    events,
    actors: actorList(events),
  }
  const bodies = laid.map(body)
  return { index, bodies }
}

function expressionOf(ref: SourceRef): string | null {
  if (!ref.timeSpan) return null
  return ref.text.slice(ref.timeSpan[0] - ref.span[0], ref.timeSpan[1] - ref.span[0]) || null
}

function summary(a: LaidArticle, eventCount: number): ArticleSummary {
  return { id: a.id, title: a.title, url: a.url, outlet: 'rfi', published: a.published, timeZone: TIME_ZONE, file: a.file, eventCount }
}

function body(a: LaidArticle): ArticleBody {
  return {
    schemaVersion: SCHEMA_VERSION, id: a.id, title: a.title, url: a.url, outlet: 'rfi', published: a.published, timeZone: TIME_ZONE,
    paragraphs: a.paragraphs.map((p) => ({ text: p.text, kind: p.kind, sentences: p.sentences.map((s) => ({ start: s.start, end: s.end })) })),
  }
}

function actorList(events: readonly Event[]): Actor[] {
  const counts = new Map<string, Actor>()
  for (const e of events) {
    for (const a of e.actors) {
      const prev = counts.get(a.id)
      counts.set(a.id, { id: a.id, name: a.name, kind: a.kind, aliases: [], eventCount: (prev?.eventCount ?? 0) + 1 })
    }
  }
  return [...counts.values()].sort((a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : 1))
}

/** Schema check of everything the app will fetch; returns the problems found (none = valid). */
export function validateDataset(data: SyntheticDataset): string[] {
  const problems: string[] = []
  const index = DataIndex.safeParse(data.index)
  if (!index.success) problems.push(`index: ${index.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  for (const b of data.bodies) {
    const r = ArticleBody.safeParse(b)
    if (!r.success) problems.push(`${b.id}: ${r.error.issues[0]?.message}`)
  }
  return problems
}
