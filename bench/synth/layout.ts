/**
 * The text of one synthetic article: its sentences (event sentences from templates with a time
 * expression relative to the publication date, plus background sentences) grouped into a lead and
 * body paragraphs, with the UTF-16 offsets the data set and the pipeline use.
 */
import { FILLERS, WEEKDAYS, type ActorSpec } from './lexicon'
import { seededRng, chance, intBetween, pick } from './random'
import { shortHash } from './hash'
import type { World, WorldArticle, WorldEvent } from './world'
import { daysBefore, isoDate, zonedParts, type ZonedParts } from './zoned'

export const TIME_ZONE = 'Europe/Paris'
const DAY_MS = 86_400_000

export interface LaidSentence {
  start: number
  end: number
  text: string
  event: number | null
  /** Offsets of the time expression inside the paragraph. */
  timeSpan: [number, number] | null
}

export interface LaidParagraph {
  text: string
  kind: 'lead' | 'body'
  sentences: LaidSentence[]
}

export interface LaidArticle {
  index: number
  id: string
  title: string
  url: string
  file: string
  published: string
  parts: ZonedParts
  paragraphs: LaidParagraph[]
}

interface Day { year: number; month: number; day: number }

/** Calendar day of an event, in the zone of the article that first reported it. */
export function eventDay(world: World, event: WorldEvent): Day & { weekday: number } {
  const first = zonedParts(world.articles[event.firstArticle]!.published, TIME_ZONE)
  return daysBefore(first, event.daysBefore)
}

function dayDiff(a: Day, b: Day): number {
  return Math.round((Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / DAY_MS)
}

/** How an article published on `pub` writes the day of an event (news style, past tense). */
export function timeExpression(pub: Day, day: Day & { weekday: number }, hour: number | null): string {
  const diff = dayDiff(pub, day)
  const base = diff === 0 ? '今天' : diff === 1 ? '昨天' : diff > 1 && diff <= 6 ? WEEKDAYS[day.weekday]! : `${day.month}月${day.day}日`
  if (hour === null) return base
  return `${base}${hour < 12 ? '上午' : '下午'}${hour <= 12 ? hour : hour - 12}点`
}

function render(event: WorldEvent, when: string): { text: string; timeStart: number } {
  const name = (a: ActorSpec | undefined) => a?.mention ?? ''
  const [a, b] = event.actors
  let text = event.template.text.replace('{a}', name(a)).replace('{b}', name(b)).replace('{p}', event.place)
  const timeStart = text.indexOf('{t}')
  text = text.replace('{t}', when)
  return { text, timeStart }
}

export function articleUrl(published: ZonedParts, index: number): string {
  const day = `${published.year}${String(published.month).padStart(2, '0')}${String(published.day).padStart(2, '0')}`
  return `https://www.rfi.fr/cn/synthetic/${day}-news-${index}`
}

export function layoutArticle(world: World, article: WorldArticle): LaidArticle {
  const rng = seededRng(article.index * 7919 + 17)
  const parts = zonedParts(article.published, TIME_ZONE)
  const pieces: { text: string; event: number | null; timeStart: number; timeLength: number }[] = []
  for (const index of article.events) {
    const event = world.events[index]!
    const when = timeExpression(parts, eventDay(world, event), event.hour)
    const { text, timeStart } = render(event, when)
    pieces.push({ text, event: index, timeStart, timeLength: when.length })
    if (chance(rng, 0.35)) pieces.push({ text: pick(rng, FILLERS), event: null, timeStart: -1, timeLength: 0 })
  }
  const paragraphs: LaidParagraph[] = []
  for (let i = 0; i < pieces.length; ) {
    const size = paragraphs.length === 0 ? 2 : intBetween(rng, 1, 3)
    const group = pieces.slice(i, i + size)
    i += size
    let text = ''
    const sentences: LaidSentence[] = []
    for (const piece of group) {
      const start = text.length
      text += piece.text
      const timeSpan: [number, number] | null = piece.timeStart >= 0 ? [start + piece.timeStart, start + piece.timeStart + piece.timeLength] : null
      sentences.push({ start, end: text.length, text: piece.text, event: piece.event, timeSpan })
    }
    paragraphs.push({ text, kind: paragraphs.length === 0 ? 'lead' : 'body', sentences })
  }
  const url = articleUrl(parts, article.index)
  return {
    index: article.index,
    id: `a-${shortHash(url)}`,
    title: titleOf(world, article),
    url,
    file: `synthetic-${String(article.index).padStart(5, '0')}.txt`,
    published: parts.iso,
    parts,
    paragraphs,
  }
}

function titleOf(world: World, article: WorldArticle): string {
  const first = world.events[article.events[0]!]!
  return render(first, '').text.split('，')[0]!.replace('。', '')
}

export { isoDate }
