import { test, expect } from './support/fixtures'
import { renderedItemIds, searchParam, selectedItem, timelineItem } from './support/app'
import { filterDataSet, listedIds, openListed, serveFilterData } from './support/filter-data'

test.beforeEach(async ({ page }) => {
  await serveFilterData(page)
  await openListed(page)
})

const list = (page: import('@playwright/test').Page) => page.getByRole('region', { name: /Events in time order/ })

test('the list shows the filtered events in time order, labelled by date, type and actor', async ({ page }) => {
  const rows = list(page).getByRole('button')
  await expect(rows).toHaveCount(7)
  await expect(rows.first()).toHaveAccessibleName(/2023-08-11.*disaster/)
  await expect(rows.nth(1)).toHaveAccessibleName(/2023-09-12.*arrive.*陈明/)
  await openListed(page, '?types=arrive,depart')
  await expect.poll(() => listedIds(page)).toEqual(['e-arrive', 'e-leave'])
  await expect.poll(() => renderedItemIds(page)).toEqual(['e-arrive', 'e-leave'])
  await expect(list(page).getByRole('button')).toHaveCount(2)
})

test('selecting in the list selects on the timeline and announces it', async ({ page }) => {
  const row = list(page).getByRole('button', { name: /2023-09-17.*depart/ })
  await row.click()
  await expect.poll(() => searchParam(page, 'event')).toBe('e-leave')
  await expect(selectedItem(page)).toHaveAttribute('data-event-id', 'e-leave')
  await expect(row).toHaveAttribute('aria-current', 'true')
  await expect(page.getByTestId('selection-announcement')).toHaveText(/^Selected: 2023-09-17 depart 陈明/)
})

test('selecting on the timeline selects in the list', async ({ page }) => {
  await expect(timelineItem(page, 'e-storm')).toBeVisible()
  await timelineItem(page, 'e-storm').click()
  await expect.poll(() => searchParam(page, 'event')).toBe('e-storm')
  await expect(list(page).locator('[aria-current="true"]')).toHaveAccessibleName(/2023-08-11.*disaster/)
})

test('a long list renders only the rows in view and scrolls the selected one into view', async ({ page }) => {
  test.setTimeout(90_000)
  const { index } = filterDataSet()
  const base = index.events[0]!
  const many = Array.from({ length: 1500 }, (_, i) => ({
    ...base,
    id: `e-many-${String(i).padStart(4, '0')}`,
    aliases: [],
    time: { ...base.time, start: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 24).toISOString().slice(0, 10) },
  }))
  await page.unroute('**/data/index.json')
  await page.route('**/data/index.json', (route) => route.fulfill({ json: { ...index, events: many } }))
  await page.goto('/?event=e-many-1200')
  // Found by test id, not by role and name: a role query walks the text alternatives of the whole
  // page, 1,500 timeline items included, and Playwright's own walk once overflowed its stack here.
  const longList = page.getByTestId('event-list')
  await expect(longList).toContainText('(1500)', { timeout: 20_000 })
  const current = longList.locator('[aria-current="true"]')
  await expect(current).toBeVisible({ timeout: 20_000 })
  await expect(current).toHaveAccessibleName(new RegExp(new Date(Date.UTC(2020, 0, 1) + 1200 * 86_400_000).toISOString().slice(0, 10)))
  await expect(current).toBeInViewport()
  expect(await longList.locator('li').count()).toBeLessThan(100)
})
