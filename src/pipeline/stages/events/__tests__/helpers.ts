/** Invented documents for event tests: paragraphs plus the days their time expressions resolve to. */
import type { EventTime } from '../../../../schema'
import type { ArticleDoc, Timex } from '../../../doc'
import { actorsStage } from '../../actors'
import { segmentStage } from '../../segment'
import { eventsStage } from '..'

export const PUB = '2024-03-08T12:00:00+01:00'

function day(date: string, text: string): EventTime {
  return { start: date, end: null, granularity: 'day', uncertain: false, timeZone: 'Europe/Paris', audit: { expression: text, reference: PUB, rule: 'test' } }
}

/** A month as the temporal stage gives it (first..last day), for `times` values. */
export function month(start: string, end: string): Pick<EventTime, 'start' | 'end' | 'granularity'> {
  return { start, end, granularity: 'month' }
}

/** A day after publication, as the temporal stage marks it (`future`), in a clause that says so (`futureClause`) or not. */
export function later(start: string, futureClause = true): Pick<EventTime, 'start' | 'end' | 'granularity'> & { future: true; futureClause: boolean } {
  return { start, end: null, granularity: 'day', future: true, futureClause }
}

/** This year as the temporal stage resolves a bare 今年 / 2024年: from New Year to publication. */
export function thisYear(): Pick<EventTime, 'start' | 'end' | 'granularity' | 'audit'> {
  return { start: '2024-01-01', end: '2024-03-08', granularity: 'day', audit: { expression: '今年', reference: PUB, rule: 'zh/relative-year-so-far' } }
}

/**
 * A document from invented paragraphs; `times` marks expressions with their resolved day. A
 * paragraph given as { text, kind } has that kind (caption, lead …); a string is body text.
 */
export function docOf(
  paragraphs: (string | { text: string; kind: ArticleDoc['article']['paragraphs'][number]['kind'] })[],
  times: Record<string, string | ReturnType<typeof month> | ReturnType<typeof later> | ReturnType<typeof thisYear>> = {},
): ArticleDoc {
  let doc: ArticleDoc = {
    path: 't', file: 't', id: 'a-test',
    article: {
      title: 't', url: null, outlet: 'test', published: PUB, timeZone: 'Europe/Paris', publishedFrom: 'body', original: null,
      paragraphs: paragraphs.map((p) => (typeof p === 'string' ? { text: p, kind: 'body' as const } : p)),
      language: 'zh-Hans',
    },
    sentences: [], timexes: [], mentions: [], events: [], diagnostics: [],
  }
  doc = segmentStage(doc)
  const timexes: Timex[] = []
  for (const s of doc.sentences)
    for (const [text, date] of Object.entries(times)) {
      const i = s.text.indexOf(text)
      if (i < 0) continue
      const { future = false, futureClause = false, ...given } = typeof date === 'string' ? {} : (date as Partial<ReturnType<typeof later>>)
      const time = typeof date === 'string' ? day(date, text) : { ...day(date.start, text), ...given }
      timexes.push({ paragraph: s.paragraph, sentence: s.index, start: s.start + i, end: s.start + i + text.length, text, time, futureClause, future })
    }
  return eventsStage(actorsStage({ ...doc, timexes }))
}

export const summary = (doc: ArticleDoc) => doc.events.map((e) => `${e.type}:${e.actors.map((a) => a.name).join('+')}`)

