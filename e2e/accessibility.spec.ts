import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './support/fixtures'
import { openApp, timelineItem } from './support/app'
import { serveFilterData } from './support/filter-data'

async function seriousViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

test('no serious accessibility violations in the app, with an event selected', async ({ page, dataIndex }) => {
  await openApp(page)
  await timelineItem(page, dataIndex.events[0]!.id).click()
  expect(await seriousViolations(page)).toEqual([])
})

test('no serious violations with filters set, a search running and the events list open', async ({ page }) => {
  await serveFilterData(page)
  await page.goto('/?q=海港市&types=arrive,depart,statement&from=2023-09-01&actorMode=all&event=e-leave')
  await expect(page.getByRole('region', { name: /Events in time order/ }).locator('[aria-current="true"]')).toBeVisible()
  await page.getByTestId('actor-filter').getByRole('searchbox', { name: 'Find an actor' }).fill('陈')
  await page.getByRole('searchbox', { name: 'Search (press /)' }).focus()
  expect(await seriousViolations(page)).toEqual([])
})

test('the actor filter and the events list work from the keyboard', async ({ page, dataIndex }) => {
  await openApp(page)
  const list = page.getByRole('region', { name: 'Events in time order' })
  const first = list.getByRole('button').first()
  await first.focus()
  await page.keyboard.press('Enter')
  await expect(first).toHaveAttribute('aria-current', 'true')
  await expect(page.getByTestId('article-pane').locator('[aria-current="true"]')).toHaveCount(1)

  const actor = dataIndex.actors[0]
  test.skip(!actor, 'no actors')
  const box = page.getByTestId('actor-filter').getByLabel(actor!.name, { exact: true })
  await box.focus()
  await page.keyboard.press('Space')
  await expect(box).not.toBeChecked()
  await expect.poll(() => new URL(page.url()).searchParams.get('actors')).not.toBeNull()
})
