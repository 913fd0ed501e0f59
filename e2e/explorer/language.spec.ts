import { test, expect } from '../support/fixtures'
import { searchParam } from '../support/app'
import { serveExplorerData } from './explorer-data'

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' })

  test('gets the Chinese interface, and can switch to English (URL, labels, html lang, dates)', async ({ page }) => {
    await page.goto('/?event=e-arrive')
    await expect(page.getByRole('heading', { name: '新闻事件时间线' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('button', { name: '放大' })).toBeVisible()
    await expect(page.getByRole('region', { name: '所选事件' })).toContainText('2023年9月12日')
    await expect(page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground')).toContainText('九月')

    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en')
    await expect.poll(() => searchParam(page, 'lang')).toBe('en')
    await expect(page.getByRole('heading', { name: 'News event timeline' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('12 Sept 2023')
    await expect(page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground')).toContainText('September')
  })
})

test('an English browser gets English; lang=zh in the link wins over the browser', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'News event timeline' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.goto('/?lang=zh')
  await expect(page.getByRole('heading', { name: '新闻事件时间线' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.goto('/?lang=klingon')
  await expect(page.getByRole('heading', { name: 'News event timeline' })).toBeVisible()
  expect(searchParam(page, 'lang')).toBeNull()
})
