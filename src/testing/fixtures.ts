/**
 * Fixture builders for app tests: an invented two-article data set (no corpus text). Sentences
 * are located by searching the paragraph, so spans are always right.
 */
import {
  SCHEMA_VERSION,
  type Actor,
  type ArticleBody,
  type DataIndex,
  type Event,
  type EventActor,
  type EventTime,
  type Paragraph,
} from '../schema'

const ZONE = 'Asia/Shanghai'

export const ACTORS = {
  chen: { id: 'act-chen', name: '陈明', kind: 'person' },
  lin: { id: 'act-lin', name: '林华', kind: 'person' },
  harbour: { id: 'act-harbour', name: '海港市政府', kind: 'organization' },
} as const satisfies Record<string, EventActor>

function paragraph(text: string, kind: Paragraph['kind'] = 'body'): Paragraph {
  const sentences: Paragraph['sentences'] = []
  const pattern = /[^。！？]+[。！？]?/gu
  for (const match of text.matchAll(pattern)) {
    sentences.push({ start: match.index, end: match.index + match[0].length })
  }
  return { text, kind, sentences }
}

export function makeArticle(id: string, title: string, texts: readonly string[]): ArticleBody {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title,
    url: `https://news.example.org/${id}`,
    outlet: 'example',
    published: '2023-09-17T13:30:00+08:00',
    timeZone: ZONE,
    paragraphs: texts.map((text, i) => paragraph(text, i === 0 ? 'lead' : 'body')),
  }
}

export function dayTime(start: string, end: string | null = null, uncertain = false): EventTime {
  return {
    start,
    end,
    granularity: 'day',
    uncertain,
    timeZone: ZONE,
    audit: { expression: null, reference: '2023-09-17T13:30:00+08:00', rule: 'fixture', inheritedFrom: 'publication' },
  }
}

interface EventSpec {
  id: string
  type: Event['type']
  time: EventTime
  actors: readonly EventActor[]
  sentence: string
  aliases?: string[]
}

export function makeEvent(article: ArticleBody, spec: EventSpec): Event {
  const paragraphIndex = article.paragraphs.findIndex((p) => p.text.includes(spec.sentence))
  const found = article.paragraphs[paragraphIndex]
  if (!found) throw new Error(`fixture sentence not in article: ${spec.sentence}`)
  const start = found.text.indexOf(spec.sentence)
  const sentenceIndex = found.sentences.findIndex((s) => s.start <= start && start < s.end)
  return {
    id: spec.id,
    aliases: spec.aliases ?? [],
    type: spec.type,
    time: spec.time,
    actors: [...spec.actors],
    location: null,
    confidence: 0.8,
    sources: [
      {
        articleId: article.id,
        paragraph: paragraphIndex,
        sentence: Math.max(0, sentenceIndex),
        span: [start, start + spec.sentence.length],
        text: spec.sentence,
      },
    ],
    dateConflict: false,
  }
}

const S = {
  arrive: '陈明周二抵达海港市。',
  meet: '陈明与林华周三举行会谈并签署协议。',
  leave: '陈明今天离开海港市。',
  plan: '林华表示，海港市政府将在下周公布新计划。',
  storm: '上月中旬，一场风暴袭击了海港市沿海地区。',
}

export function makeDataSet(): { index: DataIndex; bodies: ArticleBody[] } {
  const first = makeArticle('a-first', '陈明访问海港市结束', [
    `${S.arrive}这是他今年的首次出访。`,
    S.meet,
    `${S.leave}${S.plan}`,
  ])
  const second = makeArticle('a-second', '海港市风暴后重建', [S.storm, '重建工作仍在进行。'])
  const events: Event[] = [
    makeEvent(first, { id: 'e-arrive', type: 'arrive', time: dayTime('2023-09-12'), actors: [ACTORS.chen], sentence: S.arrive, aliases: ['e-old-arrive'] }),
    makeEvent(first, { id: 'e-talks', type: 'talks', time: dayTime('2023-09-13'), actors: [ACTORS.chen, ACTORS.lin], sentence: S.meet }),
    makeEvent(first, { id: 'e-deal', type: 'agreement', time: dayTime('2023-09-13'), actors: [ACTORS.chen, ACTORS.lin], sentence: S.meet }),
    makeEvent(first, { id: 'e-leave', type: 'depart', time: dayTime('2023-09-17'), actors: [ACTORS.chen], sentence: S.leave }),
    makeEvent(first, { id: 'e-plan', type: 'statement', time: dayTime('2023-09-18', '2023-09-24', true), actors: [ACTORS.lin, ACTORS.harbour], sentence: S.plan }),
    makeEvent(second, { id: 'e-storm', type: 'disaster', time: dayTime('2023-08-11', '2023-08-20', true), actors: [], sentence: S.storm }),
  ]
  const actors: Actor[] = Object.values(ACTORS).map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: [],
    eventCount: events.filter((e) => e.actors.some((x) => x.id === a.id)).length,
  }))
  const summaries = [first, second].map((body) => ({
    id: body.id,
    title: body.title,
    url: body.url,
    outlet: body.outlet,
    published: body.published,
    timeZone: body.timeZone,
    file: `${body.id}.txt`,
    eventCount: events.filter((e) => e.sources[0]?.articleId === body.id).length,
  }))
  return {
    index: { schemaVersion: SCHEMA_VERSION, articles: summaries, events, actors },
    bodies: [first, second],
  }
}
