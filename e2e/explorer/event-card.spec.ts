import { test, expect } from '../support/fixtures'
import { serveExplorerData, THIRD_TITLE } from './explorer-data'

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

test('the event card shows type, date, precision, audit, actors, sources and the date conflict', async ({ page }) => {
  await page.goto('/?event=e-storm')
  const card = page.getByRole('region', { name: 'Selected event' })
  await expect(card).toContainText('disaster')
  await expect(card).toContainText('≈ 11 Aug 2023 – 20 Aug 2023')
  await expect(card).toContainText('uncertain')
  await expect(card.getByRole('note')).toHaveText(/Sources disagree on the date/)
  // each source with its own date
  const sources = card.getByRole('listitem')
  await expect(sources).toHaveCount(2)
  await expect(sources.nth(0)).toContainText('≈ 11 Aug 2023 – 20 Aug 2023')
  await expect(sources.nth(1)).toContainText('10 Sept 2023')
  await expect(sources.nth(1)).toContainText('wire')
  await expect(card).toContainText('inherited from the publication time')
})

test('a resolved expression says what it was relative to, and a source link opens its pane', async ({ page }) => {
  await page.goto('/?event=e-press')
  const card = page.getByRole('region', { name: 'Selected event' })
  await expect(card).toContainText('今天下午1点半 → 18 Sept 2023 13:30 CEST, Europe/Paris, relative to the publication on 18 Sept 2023 09:00 CEST, Europe/Paris (rule zh/today-clock)')
  await expect(card).toContainText('海港市政府')
  await expect(card).toContainText('minute')
  await expect(card.getByRole('note')).toHaveCount(0)

  await page.goto('/?event=e-talks')
  await expect(page.getByTestId('article-pane')).toHaveCount(1)
  await page.goto('/?event=e-storm&articles=a-second')
  await expect(page.getByTestId('article-pane')).toHaveCount(1)
  await page.getByRole('region', { name: 'Selected event' }).getByRole('link', { name: THIRD_TITLE }).click()
  await expect(page.getByTestId('article-pane')).toHaveCount(2)
})
