import { test, expect } from '../support/fixtures'
import { searchParam } from '../support/app'
import { serveExplorerData } from './explorer-data'

test.use({ timezoneId: 'Asia/Tokyo' })

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

test('times show in the publication zone, named, and switch to the viewer zone', async ({ page }) => {
  await page.goto('/?event=e-press')
  const card = page.getByRole('region', { name: 'Selected event' })
  const date = card.getByTitle(/publication's time zone/)
  await expect(date).toHaveText('18 Sept 2023 13:30 CEST, Europe/Paris')
  // the pane's publication time too
  await expect(page.getByTestId('article-pane').first()).toContainText('18 Sept 2023 09:00 CEST, Europe/Paris')

  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('viewer')
  await expect.poll(() => searchParam(page, 'tz')).toBe('viewer')
  await expect(date).toHaveText('18 Sept 2023 20:30 GMT+9, Asia/Tokyo')
  await expect(page.getByTestId('article-pane').first()).toContainText('18 Sept 2023 16:00 GMT+9, Asia/Tokyo')
})

test('a calendar day is never shifted by the zone', async ({ page }) => {
  await page.goto('/?event=e-arrive&tz=viewer')
  await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('12 Sept 2023')
})
