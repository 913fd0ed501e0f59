import { test, expect } from '../support/fixtures'
import { serveExplorerData } from './explorer-data'

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

test('on a phone the timeline sits above the article pane', async ({ page }) => {
  await page.goto('/')
  const timeline = page.getByTestId('timeline')
  const pane = page.getByTestId('article-pane').first()
  await expect(timeline.locator('[data-event-id]').first()).toBeVisible()
  await expect(pane.getByRole('heading', { level: 2 })).toBeVisible()
  const t = (await timeline.boundingBox())!
  const p = (await pane.boundingBox())!
  expect(t.y + t.height).toBeLessThanOrEqual(p.y)
  expect(t.width).toBeGreaterThan(300)
})

test('a vertical swipe over the timeline scrolls the page instead of being trapped', async ({ page }) => {
  await page.goto('/')
  const timeline = page.getByTestId('timeline')
  await expect(timeline.locator('[data-event-id]').first()).toBeVisible()
  const box = (await timeline.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  const before = await page.evaluate(() => window.scrollY)
  // a finger drag upwards, as raw touch events (Chromium turns them into a scroll gesture)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 20 }] })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100)
})
