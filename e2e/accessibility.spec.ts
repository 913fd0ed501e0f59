import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './support/fixtures'
import { openApp, timelineItem } from './support/app'

test('no serious accessibility violations in the app, with an event selected', async ({ page, dataIndex }) => {
  await openApp(page)
  await timelineItem(page, dataIndex.events[0]!.id).click()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  expect(serious).toEqual([])
})

test('the actor filter and the events list work from the keyboard', async ({ page, dataIndex }) => {
  await openApp(page)
  const list = page.getByRole('region', { name: 'Events in time order' })
  const first = list.getByRole('button').first()
  await first.focus()
  await page.keyboard.press('Enter')
  await expect(first).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('article-pane').locator('[aria-current="true"]')).toHaveCount(1)

  const actor = dataIndex.actors[0]
  test.skip(!actor, 'no actors')
  const box = page.getByTestId('actor-filter').getByLabel(actor!.name, { exact: true })
  await box.focus()
  await page.keyboard.press('Space')
  await expect(box).not.toBeChecked()
  await expect.poll(() => new URL(page.url()).searchParams.get('actors')).not.toBeNull()
})
