import { test, expect } from '../support/fixtures'
import { searchParam, timeline } from '../support/app'
import { serveExplorerData, STORM_ECHO, THIRD_TITLE } from './explorer-data'

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

const panes = (page: import('@playwright/test').Page) => page.getByTestId('article-pane')

test('an event with two sources opens both articles; one can be closed', async ({ page }) => {
  await page.goto('/?event=e-storm')
  await expect(panes(page)).toHaveCount(2)
  await expect(panes(page).nth(0).getByRole('heading', { level: 2 })).toHaveText('海港市风暴后重建')
  await expect(panes(page).nth(1).getByRole('heading', { level: 2 })).toHaveText(THIRD_TITLE)
  // each pane marks its own source sentence of the event as current
  await expect(panes(page).nth(1).locator('[aria-current="true"]')).toHaveText(STORM_ECHO)
  await expect(panes(page).nth(0).locator('[aria-current="true"]')).toHaveCount(1)

  await page.getByRole('button', { name: `Close ${THIRD_TITLE}` }).click()
  await expect(panes(page)).toHaveCount(1)
  expect(searchParam(page, 'articles')).toBe('a-second')
  // the last pane cannot be closed
  await expect(page.getByRole('button', { name: /^Close / })).toHaveCount(0)
})

test('clicking a highlighted sentence in a second pane selects its event', async ({ page }) => {
  await page.goto('/?event=e-storm')
  await expect(panes(page)).toHaveCount(2)
  await panes(page).nth(1).getByRole('button').filter({ hasText: '记者会' }).click()
  await expect.poll(() => searchParam(page, 'event')).toBe('e-press')
  await expect(timeline(page).locator('.vis-item.vis-selected [data-event-id="e-press"]')).toHaveCount(1)
  await expect(panes(page)).toHaveCount(2)
})

test('the article list searches titles, sorts by time and opens an article in a new pane', async ({ page }) => {
  await page.goto('/')
  await page.getByText('Browse all 3 articles').click()
  const list = page.getByRole('list', { name: 'Articles' })
  const rows = list.getByRole('button')
  await expect(rows).toHaveCount(3)
  // newest first: the Paris article (18 Sept 09:00 +02:00) before the two of 17 Sept
  await expect(rows.first()).toContainText(THIRD_TITLE)
  await expect(rows.first()).toContainText('wire')
  await expect(rows.first()).toContainText('2 events')
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest')
  await expect(rows.last()).toContainText(THIRD_TITLE)

  await page.getByRole('searchbox', { name: 'Search titles' }).fill('风暴')
  await expect(rows).toHaveCount(2)
  await page.getByRole('searchbox', { name: 'Search titles' }).fill('余波')
  await expect(rows).toHaveCount(1)
  await rows.first().click()
  await expect(panes(page)).toHaveCount(2)
  await expect(panes(page).nth(1).getByRole('heading', { level: 2 })).toHaveText(THIRD_TITLE)
  expect(searchParam(page, 'articles')).toBe('a-first,a-third')

  // the link is shareable: the same panes come back in order
  await page.goto(`/?articles=a-third,a-first`)
  await expect(panes(page).nth(0).getByRole('heading', { level: 2 })).toHaveText(THIRD_TITLE)
  await expect(panes(page).nth(1).getByRole('heading', { level: 2 })).toHaveText('陈明访问海港市结束')
})
