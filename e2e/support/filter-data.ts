/**
 * An invented data set for the filter, list and keyboard specs, served with page.route: the demo
 * fixture plus an article of a second outlet whose sentence writes 普丁 in Traditional script
 * (the regional spelling of 普京) and has no actor, so only the text search can find it.
 */
import type { Page } from '@playwright/test'
import type { ArticleBody, DataIndex } from '../../src/schema'
import { dayTime, makeArticle, makeDataSet, makeEvent } from '../../src/testing/fixtures'
import { serveDataSet } from './serve-data'

export const PUTIN_SENTENCE = '普丁週五在莫斯科會見來訪的總理。'

export function filterDataSet(): { index: DataIndex; bodies: ArticleBody[] } {
  const { index, bodies } = makeDataSet()
  const wire: ArticleBody = {
    ...makeArticle('a-wire', '莫斯科會談後的能源合作', [PUTIN_SENTENCE, '雙方討論了能源合作。']),
    outlet: 'wire',
  }
  const putin = makeEvent(wire, { id: 'e-putin', type: 'meet', time: dayTime('2023-09-15'), actors: [], sentence: PUTIN_SENTENCE })
  const summary = {
    id: wire.id,
    title: wire.title,
    url: wire.url,
    outlet: wire.outlet,
    published: wire.published,
    timeZone: wire.timeZone,
    file: `${wire.id}.txt`,
    eventCount: 1,
  }
  return {
    index: { ...index, articles: [...index.articles, summary], events: [...index.events, putin] },
    bodies: [...bodies, wire],
  }
}

/** Serves the data set instead of the server's. */
export function serveFilterData(page: Page): Promise<DataIndex> {
  return serveDataSet(page, filterDataSet())
}

/** Ids of the events the list shows (the rows in view: enough for these small data sets), sorted. */
export async function listedIds(page: Page): Promise<string[]> {
  const rows = page.getByTestId('event-list').locator('[data-list-event-id]')
  const ids = await rows.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-list-event-id') ?? ''))
  return ids.sort()
}

/** Opens the app on the routed data set and waits for the events list. */
export async function openListed(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`)
  await page.getByTestId('event-list').getByRole('heading').waitFor()
}
