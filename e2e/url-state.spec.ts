import { test, expect, watchPage } from './support/fixtures'
import { serveExplorerData } from './explorer/explorer-data'
import {
  actorFilter, axisLabels, currentSentence, eventsOfArticle, firstArticleId, openApp, renderedItemIds, searchParam,
  selectedItem, sentence, sentenceMark, timeline, timelineItem,
} from './support/app'

test('a deep link shows the same selection, filter and window in a fresh browser', async ({ page, browser, dataIndex }) => {
  await openApp(page)
  const first = eventsOfArticle(dataIndex, firstArticleId(dataIndex))[0]!
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(() => searchParam(page, 'start')).not.toBeNull()
  // Selecting from the text pans the zoomed window to the event when it is outside.
  const mark = sentenceMark(page, first.id)
  const targetId = (await mark.locator('[data-event-id]').first().getAttribute('data-event-id'))!
  const target = dataIndex.events.find((e) => e.id === targetId)!
  await mark.click()
  await expect(selectedItem(page)).toHaveAttribute('data-event-id', target.id)
  const other = dataIndex.actors.find((a) => !target.actors.some((x) => x.id === a.id))
  if (other) await actorFilter(page).getByLabel(other.name, { exact: true }).uncheck()
  await expect.poll(() => searchParam(page, 'event')).toBe(target.id)
  const link = page.url()
  const items = await renderedItemIds(page)
  const axis = await axisLabels(page)

  const context = await browser.newContext({ viewport: page.viewportSize() })
  const fresh = await context.newPage()
  const problems = watchPage(fresh)
  await fresh.goto(link)
  await expect(sentence(fresh, target.id)).toHaveAttribute('aria-current', 'true')
  await expect(selectedItem(fresh)).toHaveAttribute('data-event-id', target.id)
  if (other) await expect(actorFilter(fresh).getByLabel(other.name, { exact: true })).not.toBeChecked()
  await expect.poll(() => renderedItemIds(fresh)).toEqual(items)
  await expect.poll(() => axisLabels(fresh)).toEqual(axis)
  expect(fresh.url()).toBe(link)
  expect(problems).toEqual([])
  await context.close()
})

test('Back and Forward step through selections', async ({ page, dataIndex }) => {
  const events = eventsOfArticle(dataIndex, firstArticleId(dataIndex))
  test.skip(events.length < 2, 'needs two events in the first article')
  const [a, b] = [events[0]!, events[1]!]
  await openApp(page)
  await timelineItem(page, a.id).click()
  await expect(sentence(page, a.id)).toHaveAttribute('aria-current', 'true')
  await timelineItem(page, b.id).click()
  await expect(sentence(page, b.id)).toHaveAttribute('aria-current', 'true')

  await page.goBack()
  await expect(sentence(page, a.id)).toHaveAttribute('aria-current', 'true')
  await expect(selectedItem(page)).toHaveAttribute('data-event-id', a.id)
  expect(searchParam(page, 'event')).toBe(a.id)
  await page.goBack()
  await expect(currentSentence(page)).toHaveCount(0)
  await expect(selectedItem(page)).toHaveCount(0)
  await page.goForward()
  await expect(sentence(page, a.id)).toHaveAttribute('aria-current', 'true')
  await page.goForward()
  await expect(selectedItem(page)).toHaveAttribute('data-event-id', b.id)
})

test('an alias of a merged event selects that event', async ({ page }) => {
  // The seed has no event reported by two articles: serve a data set that has one.
  const index = await serveExplorerData(page)
  const merged = index.events.find((e) => e.aliases.length > 0)
  expect(merged, 'the explorer data set has a merged event').toBeDefined()
  await openApp(page, `?event=${merged!.aliases[0]}`)
  await expect(sentence(page, merged!.id)).toHaveAttribute('aria-current', 'true')
  await expect.poll(() => searchParam(page, 'event')).toBe(merged!.id)
})

const GARBAGE = [
  '?event=does-not-exist&actors=nobody,%E6%97%A0%E5%90%8D&start=yesterday&end=tomorrow',
  `?event=${'x'.repeat(6000)}&start=${'9'.repeat(500)}`,
  `?actors=${Array.from({ length: 300 }, (_, i) => `a${i}`).join(',')}`,
  '?start=2023-02-30&end=2023-13-01&event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?start=2023-09-20&end=2023-09-10&actors=,,,&event=',
  '?%E0%A4%A=%&&&==&event=%',
]

for (const search of GARBAGE) {
  test(`garbage in the URL loads the default view: ${search.slice(0, 60)}`, async ({ page, dataIndex }) => {
    await openApp(page, search)
    await expect.poll(() => renderedItemIds(page)).toEqual(dataIndex.events.map((e) => e.id).sort())
    await expect(currentSentence(page)).toHaveCount(0)
    for (const box of await actorFilter(page).getByRole('checkbox').all()) await expect(box).toBeChecked()
    expect(searchParam(page, 'event')).toBeNull()
  })
}

test('dragging the timeline writes the visible window to the URL without a new history entry', async ({ page }) => {
  await openApp(page)
  const historyLength = await page.evaluate(() => history.length)
  const box = (await timeline(page).boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 20)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + 20, { steps: 8 })
  await page.mouse.up()
  await expect.poll(() => searchParam(page, 'start')).toMatch(/^\d{4}-\d{2}-\d{2}/)
  expect(searchParam(page, 'end')).toMatch(/^\d{4}-\d{2}-\d{2}/)
  expect(await page.evaluate(() => history.length)).toBe(historyLength)
  await page.getByRole('button', { name: 'Fit all' }).click()
  await expect.poll(() => searchParam(page, 'start')).toBeNull()
})

test('"Copy link" puts the current address on the clipboard', async ({ page, context, dataIndex }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  await timelineItem(page, dataIndex.events[0]!.id).click()
  await expect.poll(() => searchParam(page, 'event')).toBe(dataIndex.events[0]!.id)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
})
