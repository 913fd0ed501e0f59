import { test, expect } from './support/fixtures'
import { axisLabels, searchParam } from './support/app'
import { listedIds, openListed, serveFilterData } from './support/filter-data'

/** The routed data set's events in time order. */
const IN_ORDER = ['e-storm', 'e-arrive', 'e-deal', 'e-talks', 'e-putin', 'e-leave', 'e-plan']

test.beforeEach(async ({ page }) => {
  await serveFilterData(page)
  await openListed(page)
  await page.locator('body').click({ position: { x: 2, y: 2 } })
})

const selected = (page: import('@playwright/test').Page) => searchParam(page, 'event')

test('→ and ← step through the events in time order, each a history entry', async ({ page }) => {
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => selected(page)).toBe(IN_ORDER[0])
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => selected(page)).toBe(IN_ORDER[1])
  await expect(page.getByTestId('event-list').locator('[aria-current="true"]')).toHaveAttribute('data-list-event-id', IN_ORDER[1]!)
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => selected(page)).toBe(IN_ORDER[0])
  await page.goBack()
  await expect.poll(() => selected(page)).toBe(IN_ORDER[1])
})

test('← and → move only among the filtered events', async ({ page }) => {
  await openListed(page, '?types=arrive,depart')
  await expect.poll(() => listedIds(page)).toEqual(['e-arrive', 'e-leave'])
  await page.locator('body').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => selected(page)).toBe('e-arrive')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => selected(page)).toBe('e-leave')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => selected(page)).toBe('e-leave')
})

test('+ and − zoom the timeline, 0 fits it again', async ({ page }) => {
  const fitted = await axisLabels(page)
  await page.keyboard.press('+')
  await expect.poll(() => searchParam(page, 'start')).not.toBeNull()
  const zoomedIn = await axisLabels(page)
  expect(zoomedIn).not.toEqual(fitted)
  const width = (s: string | null, e: string | null) => new Date(e!).getTime() - new Date(s!).getTime()
  const inWidth = width(searchParam(page, 'start'), searchParam(page, 'end'))
  await page.keyboard.press('-')
  await expect.poll(() => width(searchParam(page, 'start'), searchParam(page, 'end'))).toBeGreaterThan(inWidth * 1.5)
  await page.keyboard.press('0')
  await expect.poll(() => searchParam(page, 'start')).toBeNull()
})

test('/ focuses the search box, and keys typed there stay there', async ({ page }) => {
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Search (press /)' })
  await expect(box).toBeFocused()
  await page.keyboard.type('0/+')
  await page.keyboard.press('ArrowLeft')
  await expect(box).toHaveValue('0/+')
  expect(searchParam(page, 'event')).toBeNull()
  expect(searchParam(page, 'start')).toBeNull()
})

test('Esc clears the selection', async ({ page }) => {
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => selected(page)).toBe(IN_ORDER[0])
  await page.keyboard.press('Escape')
  await expect.poll(() => selected(page)).toBeNull()
  await expect(page.getByTestId('event-list').locator('[aria-current="true"]')).toHaveCount(0)
})

test('a focused control shows a visible focus ring', async ({ page }) => {
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow }
  })
  expect(outline.style !== 'none' && outline.width > 0 ? true : outline.shadow !== 'none').toBe(true)
})
