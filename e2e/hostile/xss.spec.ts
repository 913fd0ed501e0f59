/**
 * Hostile input end to end: the payload corpus goes through the real ingest into a data set that
 * the built app is served, and nothing in it may run, while every payload stays visible as text
 * where the article had it.
 */
import { expect, test } from '@playwright/test'
import { URL_KEYS } from '../../src/app/url-state/url-state'
import { normalizeSpace } from '../../src/pipeline/sources/whitespace'
import {
  articlePane, articleTitle, expectAppShown, linkTargets, paragraphs, sentenceMarks, timeline, timelineItems,
  unknownUrlValues,
} from './app-page'
import { prepareHostileData, serveData, type HostileData } from './hostile-data'
import { PAYLOADS } from './payloads'
import { setTraps } from './traps'

test.describe.configure({ mode: 'default' })

let data: HostileData

test.beforeAll(async () => {
  test.setTimeout(240_000)
  data = await prepareHostileData()
})

const isHttp = (href: string) => /^https?:$/.test(new URL(href).protocol)

test('ingest keeps every payload, character for character, as title and sentence text', () => {
  const problems: string[] = []
  for (const article of data.articles) {
    const summary = data.index.articles.find((a) => a.file === article.file)
    if (!summary) {
      problems.push(`${article.file} was not ingested (${data.log.split('\n').find((l) => l.includes(article.file)) ?? 'no reason given'})`)
      continue
    }
    const body = data.bodies.get(summary.id)!
    if (body.title !== normalizeSpace(article.title)) problems.push(`${article.file}: title ${JSON.stringify(body.title)}`)
    const text = body.paragraphs.map((p) => p.text).join('\n')
    for (const payload of article.textPayloads) {
      if (!text.includes(normalizeSpace(payload.text))) problems.push(`${article.file}: payload ${payload.id} lost from the text`)
    }
    if (body.url !== null && !/^https?:\/\//.test(body.url)) problems.push(`${article.file}: source url ${body.url}`)
  }
  expect(problems).toEqual([])
  expect(data.index.events.length, 'the hostile sentences still report events').toBeGreaterThan(data.articles.length)
})

test('opening every article and clicking every sentence and event runs no payload and shows them as text', async ({ page }) => {
  test.setTimeout(180_000)
  const traps = await setTraps(page)
  await serveData(page, data.out)
  await page.goto('/')
  await expectAppShown(page)
  const picker = page.getByLabel('Article')

  for (const summary of data.index.articles) {
    const body = data.bodies.get(summary.id)!
    await picker.selectOption(summary.id)
    await expect(articleTitle(page)).toHaveText(body.title, { useInnerText: false })
    await expect(paragraphs(page)).toHaveText(body.paragraphs.map((p) => p.text))
    for (const href of await linkTargets(page)) expect(isHttp(href), `link ${href}`).toBe(true)
    if (body.url && isHttp(body.url)) {
      await expect(articlePane(page).getByRole('link', { name: 'original article' })).toHaveAttribute('href', new URL(body.url).href)
    }

    const marks = sentenceMarks(page)
    const count = await marks.count()
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i)
      await mark.click()
      await expect(mark).toHaveClass(/is-active/)
      const selected = timeline(page).locator('.vis-item.vis-selected [data-event-id]')
      const id = await selected.getAttribute('data-event-id')
      const event = data.index.events.find((e) => e.id === id)!
      const source = event.sources.find((s) => s.articleId === summary.id)
      if (source) await expect(mark).toHaveText(source.text)
      await selected.click()
      await expect(page.getByRole('region', { name: 'Selected event' }).getByText(event.id)).toBeVisible()
    }
    expect(await traps.findings(), `after ${summary.file}`).toEqual([])
  }

  // Timeline labels and actor names are text nodes, never markup.
  expect(await timelineItems(page).locator('*').count()).toBe(0)
  const names = await page.getByTestId('actor-filter').locator('label').allTextContents()
  expect(names.sort()).toEqual(data.index.actors.map((a) => a.name).sort())
  expect(await traps.findings()).toEqual([])
})

test('every event opens by deep link and runs no payload', async ({ page }) => {
  test.setTimeout(180_000)
  const traps = await setTraps(page)
  await serveData(page, data.out)
  for (const event of data.index.events) {
    await page.goto(`/?event=${encodeURIComponent(event.id)}`)
    await expectAppShown(page)
    await expect(timeline(page).locator('.vis-item.vis-selected [data-event-id]')).toHaveAttribute('data-event-id', event.id)
    await expect(articlePane(page).locator('[aria-current="true"]').first()).toHaveText(event.sources[0]!.text)
  }
  expect(await traps.findings()).toEqual([])
})

test('every payload in every URL parameter falls back to the defaults and runs nothing', async ({ page }) => {
  test.setTimeout(240_000)
  const traps = await setTraps(page)
  await serveData(page, data.out)
  const keys = Object.values(URL_KEYS)
  const searches = PAYLOADS.flatMap((p) => [
    ...keys.map((key) => `?${key}=${encodeURIComponent(p.text)}`),
    // As typed: the browser decides what to escape; & and # split or end the query.
    `?${keys.map((key) => `${key}=${p.text}`).join('&')}`,
  ])
  for (const search of searches) {
    await page.goto(`/${search}`)
    await expectAppShown(page)
    expect(await unknownUrlValues(page, data.index), search).toEqual([])
  }
  expect(await traps.findings()).toEqual([])
})
