import { test, expect } from './support/fixtures'
import { actorFilter, searchParam } from './support/app'
import { listedIds, openListed, serveFilterData } from './support/filter-data'

const ALL = ['e-arrive', 'e-deal', 'e-leave', 'e-plan', 'e-putin', 'e-storm', 'e-talks']

test.beforeEach(async ({ page }) => {
  await serveFilterData(page)
})

/** The list is what these specs read: the timeline draws the same shown set (see event-list.spec). */
const open = openListed

const filters = (page: import('@playwright/test').Page) => page.getByTestId('filters')

test('every event shows without filters, events without actors included', async ({ page }) => {
  await open(page)
  await expect.poll(() => listedIds(page)).toEqual(ALL)
  await expect(filters(page).getByRole('heading', { name: /Filters/ })).toContainText('7 of 7')
})

test('event types: unchecking one writes types=, hides its events and updates the counts', async ({ page }) => {
  await open(page)
  const meet = page.getByRole('checkbox', { name: /\(meet\)/ })
  await expect(filters(page).getByRole('listitem').filter({ has: meet })).toContainText('1')
  await meet.uncheck()
  await expect.poll(() => searchParam(page, 'types')?.split(',')).not.toContain('meet')
  await expect.poll(() => listedIds(page)).toEqual(ALL.filter((id) => id !== 'e-putin'))
  // The outlet counts follow the type filter: the second outlet's only event is a meeting.
  const wire = page.getByRole('checkbox', { name: 'wire' })
  await expect(filters(page).getByRole('listitem').filter({ has: wire })).toContainText('0')
  await meet.check()
  await expect.poll(() => searchParam(page, 'types')).toBeNull()
})

test('outlets: unchecking one writes outlets= and hides its events', async ({ page }) => {
  await open(page)
  await filters(page).getByRole('checkbox', { name: 'example' }).uncheck()
  await expect.poll(() => searchParam(page, 'outlets')).toBe('wire')
  await expect.poll(() => listedIds(page)).toEqual(['e-putin'])
})

test('date range: from/to in the URL, events outside hidden, uncertain spans kept when they overlap', async ({ page }) => {
  await open(page)
  await filters(page).getByLabel('From', { exact: true }).fill('2023-08-15')
  await filters(page).getByLabel('To', { exact: true }).fill('2023-09-13')
  await expect.poll(() => [searchParam(page, 'from'), searchParam(page, 'to')]).toEqual(['2023-08-15', '2023-09-13'])
  await expect.poll(() => listedIds(page)).toEqual(['e-arrive', 'e-deal', 'e-storm', 'e-talks'])
})

test('actors: search inside the list, then "all of the checked" needs every one', async ({ page }) => {
  await open(page)
  const actors = actorFilter(page)
  await actors.getByRole('searchbox', { name: 'Find an actor' }).fill('林')
  await expect(actors.getByRole('checkbox')).toHaveCount(1)
  await actors.getByRole('searchbox', { name: 'Find an actor' }).fill('')
  await actors.getByRole('button', { name: 'None' }).click()
  await actors.getByLabel('陈明', { exact: true }).check()
  await actors.getByLabel('林华', { exact: true }).check()
  await expect.poll(() => listedIds(page)).toEqual(['e-arrive', 'e-deal', 'e-leave', 'e-plan', 'e-talks'])
  await filters(page).getByRole('radio', { name: 'all', exact: true }).check()
  await expect.poll(() => searchParam(page, 'actorMode')).toBe('all')
  await expect.poll(() => listedIds(page)).toEqual(['e-deal', 'e-talks'])
})

test('text search matches Simplified and Traditional and regional spellings alike', async ({ page }) => {
  await open(page)
  const box = page.getByRole('searchbox', { name: 'Search (press /)' })
  await box.fill('普京')
  await expect.poll(() => searchParam(page, 'q')).toBe('普京')
  await expect.poll(() => listedIds(page)).toEqual(['e-putin'])
  await box.fill('会见')
  await expect.poll(() => listedIds(page)).toEqual(['e-putin'])
  await box.fill('會談')
  await expect.poll(() => listedIds(page)).toEqual(['e-deal', 'e-putin', 'e-talks'])
  await box.fill('风暴后重建')
  await expect.poll(() => listedIds(page)).toEqual(['e-storm'])
})

test('filters combine, and "Clear filters" restores every event and a clean URL', async ({ page }) => {
  await open(page, '?q=海港市&types=arrive,depart,statement')
  await expect.poll(() => listedIds(page)).toEqual(['e-arrive', 'e-leave', 'e-plan'])
  await expect(page.getByRole('searchbox', { name: 'Search (press /)' })).toHaveValue('海港市')
  await filters(page).getByRole('button', { name: 'Clear filters' }).click()
  await expect.poll(() => listedIds(page)).toEqual(ALL)
  await expect.poll(() => new URL(page.url()).search).toBe('')
  await expect(page.getByRole('searchbox', { name: 'Search (press /)' })).toHaveValue('')
})

test('invalid filter values in the URL fall back to the defaults', async ({ page }) => {
  await open(page, '?types=dance,,&outlets=nowhere&from=2023-02-30&to=soon&actorMode=some&q=%20%20')
  await expect.poll(() => listedIds(page)).toEqual(ALL)
  await expect.poll(() => new URL(page.url()).search).toBe('')
  await expect(filters(page).getByRole('checkbox', { name: 'wire' })).toBeChecked()
  await expect(filters(page).getByRole('radio', { name: 'any', exact: true })).toBeChecked()
})
