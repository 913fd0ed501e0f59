/**
 * Hostile input end to end: the payload corpus goes through the real ingest into a data set that
 * the built app is served, and nothing in it may run, while every payload stays visible as text
 * where the article had it.
 */
import { expect, test } from '@playwright/test'
import { normalizeSpace } from '../../src/pipeline/sources/whitespace'
import {
  ALL_URL_KEYS, articlePane, articlePicker, articleTitle, eventDetails, expectViewOfAddress, linkTargets, paragraphs, reachableItemIds, selectedItem, sentenceMarks, timelineItem,
  timelineItems, unknownUrlValues, visit,
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
  test.setTimeout(240_000)
  const traps = await setTraps(page)
  await serveData(page, data.out)
  await visit(page, '', 'load')
  const picker = articlePicker(page)
  const details = eventDetails(page)
  const clicked = new Set<string>()

  for (const summary of data.index.articles) {
    const body = data.bodies.get(summary.id)!
    await picker.selectOption(summary.id)
    await expect(articleTitle(page)).toHaveText(body.title)
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
      const id = await selectedItem(page).getAttribute('data-event-id')
      const event = data.index.events.find((e) => e.id === id)!
      await expect(details.getByText(event.id)).toBeVisible()
      const source = event.sources.find((s) => s.articleId === summary.id)
      if (source) await expect(mark).toHaveText(source.text)
    }
    // Items a pointer can reach (stacked ones may lie outside the panel).
    for (const id of await reachableItemIds(page)) {
      if (clicked.has(id)) continue
      clicked.add(id)
      await timelineItem(page, id).click()
      await expect(details.getByText(id)).toBeVisible()
    }
    expect(await traps.findings(), `after ${summary.file}`).toEqual([])
  }

  expect(clicked.size, 'timeline items clicked').toBeGreaterThan(0)
  // Timeline labels and actor names are text nodes, never markup.
  expect(await timelineItems(page).locator('*').count()).toBe(0)
  const names = await page.getByTestId('actor-filter').getByRole('listitem').locator('label').allTextContents()
  expect(names.sort()).toEqual(data.index.actors.map((a) => a.name).sort())
  expect(await traps.findings()).toEqual([])
})

/** Clicking every sentence above already selects every event; deep links take an even spread. */
const DEEP_LINKS = 30

test('events open by deep link, their sentence shown as text, and run no payload', async ({ page }) => {
  test.setTimeout(240_000)
  const traps = await setTraps(page)
  await serveData(page, data.out)
  const step = Math.max(1, Math.floor(data.index.events.length / DEEP_LINKS))
  for (const [i, event] of data.index.events.filter((_, n) => n % step === 0).entries()) {
    // Every tenth as a fresh page load, the rest as in-app navigations.
    await visit(page, `?event=${encodeURIComponent(event.id)}`, i % 10 === 0 ? 'load' : 'navigate')
    await expect(selectedItem(page)).toHaveAttribute('data-event-id', event.id)
    await expect(page.getByTestId('article-pane').locator('[aria-current="true"]').first()).toHaveText(event.sources[0]!.text)
  }
  expect(await traps.findings()).toEqual([])
})

/** The payloads in slices, one test each, so that each slice has its own time limit. */
const SLICE = 12

for (let from = 0; from < PAYLOADS.length; from += SLICE) {
  const slice = PAYLOADS.slice(from, from + SLICE)
  test(`payloads ${from + 1}-${from + slice.length} in every URL parameter fall back to the defaults and run nothing`, async ({ page }) => {
    test.setTimeout(240_000)
    const traps = await setTraps(page)
    await serveData(page, data.out)
    const keys = ALL_URL_KEYS
    const titles = new Map(data.index.articles.map((a) => [a.id, data.bodies.get(a.id)!.title]))
    for (const payload of slice) {
      // As typed into the address bar, in every key at once: the browser decides what to escape.
      const typed = `?${keys.map((key) => `${key}=${payload.text}`).join('&')}`
      await visit(page, typed, 'load')
      await expect.poll(() => unknownUrlValues(page, data.index), typed).toEqual([])
      await expectViewOfAddress(page, data.index, titles)
      // Encoded, in every key at once, arriving by Back/Forward into the running app.
      const encoded = `?${keys.map((key) => `${key}=${encodeURIComponent(payload.text)}`).join('&')}`
      await visit(page, encoded, 'navigate')
      await expectViewOfAddress(page, data.index, titles)
      expect(await traps.findings(), payload.id).toEqual([])
    }
  })
}
