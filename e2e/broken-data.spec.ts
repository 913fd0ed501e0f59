import type { Route } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { articlePane, openApp, timelineItems } from './support/app'

test.use({ allowedConsoleErrors: [/Failed to load resource/] })

const BROKEN: { name: string; reason: RegExp; fulfil: (route: Route) => Promise<void> }[] = [
  { name: 'missing (404)', reason: /404/, fulfil: (r) => r.fulfill({ status: 404, body: 'Not Found' }) },
  {
    name: 'not JSON',
    reason: /not valid JSON/,
    fulfil: (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
  },
  {
    name: 'truncated JSON',
    reason: /not valid JSON/,
    fulfil: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":1,"articles":[{"id":' }),
  },
  {
    name: 'wrong schemaVersion',
    reason: /schemaVersion/,
    fulfil: (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 99, articles: [], events: [], actors: [] }) }),
  },
]

for (const broken of BROKEN) {
  test(`index.json ${broken.name}: a clear error, and Retry recovers`, async ({ page }) => {
    await page.route('**/data/index.json', broken.fulfil)
    await page.goto('/')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The timeline data could not be loaded')
    await expect(alert).toContainText('/data/index.json')
    await expect(alert).toContainText(broken.reason)
    await page.unroute('**/data/index.json')
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(timelineItems(page).first()).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
}

test('a failing article file shows an error in the article pane only, and Retry recovers', async ({ page }) => {
  await page.route('**/data/articles/*.json', (r) => r.fulfill({ status: 500, body: 'boom' }))
  await page.goto('/')
  await expect(timelineItems(page).first()).toBeVisible()
  const alert = articlePane(page).getByRole('alert')
  await expect(alert).toContainText('The article could not be loaded')
  await expect(alert).toContainText('500')
  await page.unroute('**/data/articles/*.json')
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(articlePane(page).getByRole('heading', { level: 2 })).toBeVisible()
  await expect(articlePane(page).getByRole('alert')).toHaveCount(0)
})

test('the page is never blank while loading', async ({ page }) => {
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/data/index.json', async (route) => {
    await gate
    await route.continue()
  })
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline data' })).toBeVisible()
  release()
  await openApp(page)
})
