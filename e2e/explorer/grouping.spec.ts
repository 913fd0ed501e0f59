import { test, expect } from '../support/fixtures'
import { searchParam, timeline } from '../support/app'
import { serveExplorerData } from './explorer-data'

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

/** Row labels with text (ungrouped, vis-timeline keeps one empty label). */
const rowLabels = (page: import('@playwright/test').Page) =>
  timeline(page).locator('.vis-labelset .vis-label').filter({ hasText: /\S/ })

test('rows per actor (an event sits in its first actor row), per outlet, per article, or none', async ({ page }) => {
  await page.goto('/')
  await expect(timeline(page).locator('[data-event-id]').first()).toBeVisible()
  await expect(rowLabels(page)).toHaveCount(0)

  const group = page.getByRole('combobox', { name: 'Group' })
  await group.selectOption('actor')
  await expect.poll(() => searchParam(page, 'group')).toBe('actor')
  // rows by event count, then pinyin (海 hai before 林 lin); events without an actor last
  await expect(rowLabels(page)).toHaveText(['陈明 (4)', '海港市政府 (1)', '林华 (1)', '(no actor) (1)'])
  // 会谈 (陈明, 林华) is drawn in 陈明's row only
  const row = await rowLabels(page).first().boundingBox()
  const talks = await timeline(page).locator('[data-event-id="e-talks"]').boundingBox()
  expect(talks!.y).toBeGreaterThanOrEqual(row!.y)
  expect(talks!.y + talks!.height).toBeLessThanOrEqual(row!.y + row!.height)
  await expect(timeline(page).locator('[data-event-id="e-talks"]')).toHaveCount(1)

  await group.selectOption('outlet')
  await expect(rowLabels(page)).toHaveText(['example (6)', 'wire (1)'])
  await group.selectOption('article')
  await expect(rowLabels(page)).toHaveCount(3)
  await group.selectOption('none')
  await expect(rowLabels(page)).toHaveCount(0)
  expect(searchParam(page, 'group')).toBeNull()
})

test('the grouping comes back from a link', async ({ page }) => {
  await page.goto('/?group=outlet')
  await expect(rowLabels(page)).toHaveText(['example (6)', 'wire (1)'])
  await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue('outlet')
})

test('jump to the selected event brings it into view', async ({ page }) => {
  await page.goto('/?event=e-storm&start=2023-09-15&end=2023-09-20')
  const jump = page.getByRole('button', { name: 'Jump to selected' })
  await jump.click()
  await expect(timeline(page).locator('.vis-item.vis-selected [data-event-id="e-storm"]')).toBeInViewport()
  expect(searchParam(page, 'start')?.startsWith('2023-08')).toBe(true)
})
