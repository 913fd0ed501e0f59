/**
 * A synthetic news world: 200 actors with Zipf-like frequency, events over one year, articles
 * that each report 5-30 of them (some events reported by several articles, to exercise the
 * cross-article merge). Both outputs (article files and the ready data set) are views of it.
 */
import type { EventType } from '../../src/schema'
import { CITIES, COUNTRIES, ORGANIZATIONS, TEMPLATES, TITLES, personName, type ActorSpec, type Template } from './lexicon'
import { chance, distinct, intBetween, pick, seededRng, zipfSampler, type Rng } from './random'

export interface WorldOptions {
  events: number
  actors?: number
  seed?: number
  year?: number
  /** Share of an article's event mentions that repeat an event another article reported. */
  mergeShare?: number
}

export interface WorldEvent {
  index: number
  type: EventType
  template: Template
  actors: ActorSpec[]
  place: string
  /** Days before the publication of the first article reporting it. */
  daysBefore: number
  /** Set for events stated to the hour. */
  hour: number | null
  /** Length in days when the event is a range. */
  spanDays: number
  uncertain: boolean
  confidence: number
  /** Index of the first article that reported it (its dates are relative to that one). */
  firstArticle: number
}

export interface WorldArticle {
  index: number
  published: Date
  /** Indices of the events it reports, in order of appearance. */
  events: number[]
}

export interface World {
  year: number
  actors: ActorSpec[]
  events: WorldEvent[]
  articles: WorldArticle[]
}

const YEAR_MS = 365 * 86_400_000
const RECENT_ARTICLES = 40

export function buildActors(count: number): ActorSpec[] {
  const rng = seededRng(7)
  const out: ActorSpec[] = []
  // Interleave kinds so the most frequent actors are a mix of countries, organisations and people.
  for (let i = 0; out.length < count; i++) {
    const slot = i % 5
    if (slot === 0 && i / 5 < COUNTRIES.length) {
      const name = COUNTRIES[i / 5]!
      out.push({ id: name, name, kind: 'country', mention: name })
    } else if (slot === 1 && (i - 1) / 5 < ORGANIZATIONS.length) {
      const name = ORGANIZATIONS[(i - 1) / 5]!
      out.push({ id: name, name, kind: 'organization', mention: name })
    } else {
      const name = personName(out.length * 13 + i)
      if (out.some((a) => a.name === name)) continue
      out.push({ id: name, name, kind: 'person', mention: `${pick(rng, COUNTRIES)}${pick(rng, TITLES)}${name}` })
    }
  }
  return out
}

export function buildWorld(options: WorldOptions): World {
  const year = options.year ?? 2023
  const rng = seededRng(options.seed ?? options.events)
  const actors = buildActors(options.actors ?? 200)
  const sampleActor = zipfSampler(actors.length)
  const mergeShare = options.mergeShare ?? 0.12
  const expectedArticles = Math.max(1, Math.round(options.events / (17.5 * (1 - mergeShare))))
  const start = Date.UTC(year, 0, 8)
  const gap = (YEAR_MS - 8 * 86_400_000) / expectedArticles

  const events: WorldEvent[] = []
  const articles: WorldArticle[] = []
  const firstEventOf: number[] = []
  while (events.length < options.events) {
    const index = articles.length
    firstEventOf.push(events.length)
    const published = new Date(start + index * gap + rng() * gap * 0.9 + 6 * 3_600_000)
    const topic = distinct(rng, sampleActor, 3)
    const wanted = intBetween(rng, 5, 30)
    const recent = events.slice(firstEventOf[Math.max(0, index - RECENT_ARTICLES)]!)
    const mine: number[] = []
    while (mine.length < wanted) {
      const reuse = recent.length > 0 && chance(rng, mergeShare) ? pick(rng, recent) : null
      if (reuse && !mine.includes(reuse.index)) {
        mine.push(reuse.index)
        continue
      }
      if (events.length >= options.events) break
      events.push(newEvent(rng, events.length, index, topic, actors, sampleActor))
      mine.push(events.length - 1)
    }
    articles.push({ index, published, events: mine })
  }
  return { year, actors, events, articles }
}

function newEvent(rng: Rng, index: number, article: number, topic: number[], actors: ActorSpec[], sample: (rng: Rng) => number): WorldEvent {
  const template = pick(rng, TEMPLATES)
  const ranks = new Set<number>()
  for (let tries = 0; ranks.size < template.actors && tries < 20; tries++) {
    ranks.add(chance(rng, 0.7) ? pick(rng, topic) : sample(rng))
  }
  const roll = rng()
  return {
    index,
    type: template.type,
    template,
    actors: [...ranks].map((r) => actors[r]!),
    place: pick(rng, CITIES),
    // News reports mostly today's and yesterday's events.
    daysBefore: Math.min(6, Math.floor(-Math.log(1 - rng() * 0.999) * 1.5)),
    hour: roll < 0.1 ? intBetween(rng, 6, 22) : null,
    spanDays: roll > 0.95 ? intBetween(rng, 1, 3) : 0,
    uncertain: chance(rng, 0.1),
    confidence: Math.round((0.5 + rng() * 0.45) * 1000) / 1000,
    firstArticle: article,
  }
}
