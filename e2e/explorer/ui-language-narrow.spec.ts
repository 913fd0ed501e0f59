import { test, expect } from '../support/fixtures'
import { explorerDataSet, serveExplorerData } from './explorer-data'

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

const { index } = explorerDataSet()
const [articles, events, actors] = [index.articles.length, index.events.length, index.actors.length]

test('lang=zh puts the filters, the event list and the header summary in Chinese', async ({ page }) => {
  await page.goto('/?lang=zh')
  await expect(page.getByText(`${articles} 篇文章 · ${events} 个事件 · ${actors} 个行为者`)).toBeVisible()
  await expect(page.getByRole('heading', { name: /^筛选/ })).toBeVisible()
  await expect(page.getByRole('group', { name: '事件类型' })).toBeVisible()
  await expect(page.getByRole('group', { name: '媒体' })).toBeVisible()
  await expect(page.getByRole('group', { name: '日期范围' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^行为者/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^按时间排列的事件/ })).toBeVisible()
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '会谈 (talks)' })).toBeVisible()
  await expect(page.getByText(/Events in time order|Event types|Copy link| articles · /)).toHaveCount(0)
})

test('lang=en puts them in English', async ({ page }) => {
  await page.goto('/?lang=en')
  await expect(page.getByText(`${articles} articles · ${events} events · ${actors} actors`)).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Filters/ })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Event types' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Outlets' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Date range' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Actors/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Events in time order/ })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Talks (talks)' })).toBeVisible()
  await expect(page.getByText(/事件类型|按时间排列的事件|复制链接|篇文章/)).toHaveCount(0)
})

test.describe('a tablet-sized window', () => {
  test.use({ viewport: { width: 800, height: 900 } })

  test('shows the event card below the article pane once an event is selected', async ({ page }) => {
    await page.goto('/?lang=en')
    const pane = page.getByTestId('article-pane').first()
    await expect(pane.getByRole('heading', { level: 2 })).toBeVisible()
    const row = page.locator('[data-list-event-id="e-arrive"]')
    await row.scrollIntoViewIfNeeded()
    await row.click()
    const card = page.getByRole('region', { name: 'Selected event' })
    await card.scrollIntoViewIfNeeded()
    await expect(card).toBeVisible()
    await expect(card).toContainText('Arrival')
    await expect(card).toContainText('e-arrive')
    const p = (await page.getByTestId('article-pane').first().boundingBox())!
    const c = (await card.boundingBox())!
    expect(c.y).toBeGreaterThanOrEqual(p.y + p.height - 1)
  })
})
