/**
 * An invented data set for engineer B's specs, served with page.route: the demo fixture plus a
 * third article (another outlet, published in Paris) that also reports the storm (a merged event
 * whose two sources disagree on the date) and a press conference stated to the minute.
 */
import type { Page } from '@playwright/test'
import type { ArticleBody, ArticleSummary, DataIndex, Event } from '../../src/schema'
import { dayTime, makeArticle, makeDataSet, makeEvent } from '../../src/testing/fixtures'
import { serveDataSet } from '../support/serve-data'

export const STORM_ECHO = '本月10日，风暴袭击海港市沿海，多座码头受损。'
export const PRESS = '海港市政府今天下午1点半在巴黎举行记者会。'
export const THIRD_TITLE = '港口风暴的余波'

function summary(body: ArticleBody, eventCount: number): ArticleSummary {
  const { id, title, url, outlet, published, timeZone } = body
  return { id, title, url, outlet, published, timeZone, file: `${id}.txt`, eventCount }
}

export function explorerDataSet(): { index: DataIndex; bodies: ArticleBody[] } {
  const { index, bodies } = makeDataSet()
  const third: ArticleBody = {
    ...makeArticle('a-third', THIRD_TITLE, [STORM_ECHO, PRESS]),
    outlet: 'wire',
    published: '2023-09-18T09:00:00+02:00',
    timeZone: 'Europe/Paris',
  }
  const echo = makeEvent(third, { id: 'e-storm-echo', type: 'disaster', time: dayTime('2023-09-10'), actors: [], sentence: STORM_ECHO })
  const press = makeEvent(third, {
    id: 'e-press',
    type: 'statement',
    actors: [{ id: 'act-harbour', name: '海港市政府', kind: 'organization' }],
    sentence: PRESS,
    time: {
      start: '2023-09-18T13:30:00+02:00',
      end: null,
      granularity: 'minute',
      uncertain: false,
      timeZone: 'Europe/Paris',
      audit: { expression: '今天下午1点半', reference: '2023-09-18T09:00:00+02:00', rule: 'zh/today-clock' },
    },
  })
  const events: Event[] = index.events.map((event) => {
    if (event.id !== 'e-storm') return event
    const own = event.sources[0]!
    return {
      ...event,
      aliases: ['e-storm-echo'],
      dateConflict: true,
      sources: [{ ...own, time: event.time }, { ...echo.sources[0]!, time: echo.time }],
    }
  })
  return {
    index: {
      ...index,
      articles: [...index.articles, summary(third, 2)],
      events: [...events, press],
    },
    bodies: [...bodies, third],
  }
}

/** Serves the data set instead of the server's. */
export function serveExplorerData(page: Page): Promise<DataIndex> {
  return serveDataSet(page, explorerDataSet())
}
