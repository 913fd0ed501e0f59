import { test, expect } from './support/fixtures'
import {
  currentSentence, eventsOfArticle, firstArticleId, openApp, renderedItemIds, searchParam,
  selectedItem, sentence, sentenceMark, timeline, timelineItem,
} from './support/app'

test('the timeline shows one item per event, each tagged with its event id', async ({ page, dataIndex }) => {
  await openApp(page)
  await expect(timeline(page)).toBeVisible()
  expect(await renderedItemIds(page)).toEqual(dataIndex.events.map((e) => e.id).sort())
  await expect(page.getByRole('heading', { name: 'News event timeline' })).toBeVisible()
})

test('clicking an event highlights its sentence, scrolls to it and puts it in the URL', async ({ page, dataIndex }) => {
  await openApp(page)
  const events = eventsOfArticle(dataIndex, firstArticleId(dataIndex))
  const target = events.at(-1)!
  await timelineItem(page, target.id).click()
  await expect(sentence(page, target.id)).toHaveAttribute('aria-current', 'true')
  await expect(sentence(page, target.id)).toBeInViewport()
  await expect(currentSentence(page)).toHaveCount(1)
  await expect.poll(() => searchParam(page, 'event')).toBe(target.id)
  await expect(selectedItem(page)).toHaveAttribute('data-event-id', target.id)
})

test('clicking a sentence selects its event on the timeline', async ({ page, dataIndex }) => {
  await openApp(page)
  const target = eventsOfArticle(dataIndex, firstArticleId(dataIndex))[0]!
  const mark = sentenceMark(page, target.id)
  const firstId = await mark.locator('[data-event-id]').first().getAttribute('data-event-id')
  await mark.click()
  await expect(selectedItem(page)).toHaveAttribute('data-event-id', firstId!)
  await expect.poll(() => searchParam(page, 'event')).toBe(firstId)
  await expect(sentence(page, firstId!)).toHaveAttribute('aria-current', 'true')
})

test('a sentence shared by several events selects each in turn', async ({ page, dataIndex }) => {
  await openApp(page)
  const articleId = firstArticleId(dataIndex)
  const bySentence = new Map<string, string[]>()
  for (const event of eventsOfArticle(dataIndex, articleId)) {
    const source = event.sources.find((x) => x.articleId === articleId)!
    const key = `${source.paragraph}:${source.span.join('-')}`
    bySentence.set(key, [...(bySentence.get(key) ?? []), event.id])
  }
  const shared = [...bySentence.values()].find((group) => group.length > 1)
  test.skip(!shared, 'the data set has no sentence reporting several events')
  const mark = sentenceMark(page, shared![0]!)
  const ids = await mark.locator('[data-event-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')!))
  expect(ids.length).toBeGreaterThan(1)
  for (const id of [...ids, ids[0]!]) {
    await mark.click()
    await expect(sentence(page, id)).toHaveAttribute('aria-current', 'true')
    await expect(selectedItem(page)).toHaveAttribute('data-event-id', id)
  }
})
