/**
 * Turns processed articles into the data set the app serves: one index (articles, merged events,
 * actors) and one body per article. Pure and order-independent: the same articles in any order
 * give byte-identical output.
 */
import {
  SCHEMA_VERSION,
  type Actor,
  type ArticleBody,
  type ArticleMeta,
  type ArticleSummary,
  type DataIndex,
  type Event,
  type EventActor,
} from '../../schema'
import type { ArticleDoc } from '../doc'
import { mergeAcrossArticles } from '../stages/merge'

export interface Dataset {
  index: DataIndex
  bodies: ArticleBody[]
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function buildDataset(input: readonly ArticleDoc[]): Dataset {
  const instant = (d: ArticleDoc) => Date.parse(d.article.published)
  const docs = [...input].sort((a, b) => instant(a) - instant(b) || cmp(a.id, b.id))
  const unify = actorUnifier(docs)
  const perArticle = docs.flatMap((doc) => doc.events.map((e) => toEvent(doc, e, unify)))
  const events = mergeAcrossArticles(perArticle).sort(
    (a, b) => cmp(a.time.start, b.time.start) || cmp(a.id, b.id),
  )
  const eventsPerArticle = new Map<string, number>()
  for (const e of events) {
    for (const id of new Set(e.sources.map((s) => s.articleId))) eventsPerArticle.set(id, (eventsPerArticle.get(id) ?? 0) + 1)
  }
  return {
    index: {
      schemaVersion: SCHEMA_VERSION,
      articles: docs.map((doc) => summary(doc, eventsPerArticle.get(doc.id) ?? 0)),
      events,
      actors: actorList(docs, events, unify),
    },
    bodies: docs.map(body),
  }
}

function toEvent(doc: ArticleDoc, e: ArticleDoc['events'][number], unify: Unifier): Event {
  const actors = new Map<string, EventActor>()
  for (const a of e.actors) {
    const actor = unify(a.id, a.name, a.kind)
    if (!actors.has(actor.id)) actors.set(actor.id, a.role ? { ...actor, role: a.role } : actor)
  }
  return {
    id: e.id,
    aliases: [],
    type: e.type,
    time: e.time,
    actors: [...actors.values()],
    location: e.location,
    confidence: round(e.confidence),
    sources: e.sentences.map((ref) => {
      const s = doc.sentences.find((x) => x.paragraph === ref.paragraph && x.index === ref.sentence)
      if (!s) throw new Error(`event ${e.id} points at a missing sentence ${ref.paragraph}/${ref.sentence}`)
      return {
        articleId: doc.id,
        paragraph: s.paragraph,
        sentence: s.index,
        span: [s.start, s.end] as [number, number],
        text: s.text,
        ...(ref.timeSpan ? { timeSpan: ref.timeSpan } : {}),
      }
    }),
    dateConflict: false,
  }
}

type Unifier = (id: string, name: string, kind: EventActor['kind']) => EventActor

/**
 * One actor per person across articles: the per-article stage already unifies scripts and known
 * aliases; here a bare surname form (科耶米亚科) joins the one full transliterated name that ends
 * with it (奥列格·科耶米亚科), and the fullest name is displayed (in Chinese script when there is one).
 */
function actorUnifier(docs: readonly ArticleDoc[]): Unifier {
  const known = new Map<string, { name: string; kind: EventActor['kind'] }>()
  for (const doc of docs) {
    for (const a of [...doc.mentions.map((m) => ({ id: m.actorId, name: m.name, kind: m.kind })), ...doc.events.flatMap((e) => e.actors)]) {
      const prev = known.get(a.id)
      if (!prev || fuller(a.name, prev.name)) known.set(a.id, { name: a.name, kind: a.kind })
    }
  }
  const bySurname = new Map<string, string[]>()
  for (const [id, { kind }] of known) {
    if (kind !== 'person' || !id.includes('·')) continue
    const surname = id.slice(id.lastIndexOf('·') + 1)
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), id])
  }
  return (id, name, kind) => {
    const full = kind === 'person' && !id.includes('·') ? bySurname.get(id) : undefined
    const target = full?.length === 1 ? full[0]! : id
    const info = known.get(target) ?? { name, kind }
    return { id: target, name: info.name, kind: info.kind }
  }
}

const HAN = /\p{Script=Han}/u

/** The name to display: one in Chinese script over a Latin one (联合国, not United Nations), else the longer. */
function fuller(name: string, than: string): boolean {
  if (HAN.test(name) !== HAN.test(than)) return HAN.test(name)
  return name.length > than.length
}

function actorList(docs: readonly ArticleDoc[], events: readonly Event[], unify: Unifier): Actor[] {
  const counts = new Map<string, { actor: EventActor; count: number }>()
  for (const e of events) {
    for (const a of e.actors) {
      const entry = counts.get(a.id) ?? { actor: a, count: 0 }
      counts.set(a.id, { actor: entry.actor, count: entry.count + 1 })
    }
  }
  const aliases = new Map<string, Set<string>>()
  for (const doc of docs) {
    for (const m of doc.mentions) {
      if (m.via.startsWith('coref')) continue
      const id = unify(m.actorId, m.name, m.kind).id
      aliases.set(id, (aliases.get(id) ?? new Set()).add(m.text))
    }
  }
  return [...counts.values()]
    .map(({ actor, count }) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: [...(aliases.get(actor.id) ?? [])].filter((x) => x !== actor.name).sort(),
      eventCount: count,
    }))
    .sort((a, b) => b.eventCount - a.eventCount || cmp(a.id, b.id))
}

function meta(doc: ArticleDoc): ArticleMeta {
  const { title, url, outlet, published, timeZone, language } = doc.article
  return { id: doc.id, title, url, outlet, published, timeZone, language }
}

function summary(doc: ArticleDoc, eventCount: number): ArticleSummary {
  return { ...meta(doc), file: doc.file, eventCount }
}

function body(doc: ArticleDoc): ArticleBody {
  return {
    schemaVersion: SCHEMA_VERSION,
    ...meta(doc),
    paragraphs: doc.article.paragraphs.map((p, i) => ({
      text: p.text,
      kind: p.kind,
      sentences: doc.sentences.filter((s) => s.paragraph === i).map((s) => ({ start: s.start, end: s.end })),
    })),
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
