/** Builders for pipeline tests: small, explicit documents and events, no corpus needed. */
import type { Event, EventTime } from '../schema'
import type { ArticleDoc, ExtractedEvent, RawArticle } from '../pipeline/doc'
import { splitSentences } from '../pipeline/stages/segment'

export function dayTime(start: string, extra: Partial<EventTime> = {}): EventTime {
  return {
    start,
    end: null,
    granularity: 'day',
    uncertain: false,
    timeZone: 'UTC',
    audit: { expression: null, reference: `${start}T12:00:00Z`, rule: 'test' },
    ...extra,
  }
}

export function event(id: string, overrides: Partial<Event> & { article?: string } = {}): Event {
  const { article = 'a-1', ...rest } = overrides
  return {
    id,
    aliases: [],
    type: 'meet',
    time: dayTime('2020-10-12'),
    actors: [{ id: '蓬佩奥', name: '蓬佩奥', kind: 'person' }],
    location: null,
    confidence: 0.8,
    sources: [{ articleId: article, paragraph: 0, sentence: 0, span: [0, 10], text: `${id} sentence` }],
    dateConflict: false,
    ...rest,
  }
}

/** An ArticleDoc with the given paragraphs, one event per listed sentence. */
export function articleDoc(
  id: string,
  paragraphs: string[],
  events: (Partial<ExtractedEvent> & { sentence: [number, number] })[] = [],
  article: Partial<RawArticle> = {},
): ArticleDoc {
  const raw: RawArticle = {
    title: `title of ${id}`,
    url: `https://example.com/${id}`,
    outlet: 'example',
    published: '2020-10-12T10:00:00+00:00',
    timeZone: 'UTC',
    publishedFrom: 'body',
    original: null,
    paragraphs: paragraphs.map((text) => ({ text, kind: 'body' as const })),
    language: 'zh-Hans',
    ...article,
  }
  return {
    path: `/tmp/${id}.md`,
    file: `${id}.md`,
    id,
    article: raw,
    sentences: paragraphs.flatMap((p, i) => splitSentences(p, i)),
    timexes: [],
    mentions: [],
    events: events.map(({ sentence: [paragraph, index], ...e }, n) => ({
      id: `${id}-e${n}`,
      type: 'meet',
      sentences: [{ paragraph, sentence: index }],
      time: dayTime('2020-10-12'),
      actors: [{ id: '蓬佩奥', name: '蓬佩奥', kind: 'person' }],
      location: null,
      confidence: 0.8,
      trigger: '会见',
      ...e,
    })),
    diagnostics: [],
  }
}
