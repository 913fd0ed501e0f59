/** What a hostile spec needs to see of the app, by the test ids and roles the app promises. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { DataIndex } from '../../src/schema'
import { parseUrlState } from '../../src/app/url-state/url-state'

export const timeline = (page: Page): Locator => page.getByTestId('timeline')
export const timelineItems = (page: Page): Locator => timeline(page).locator('[data-event-id]')
export const articlePane = (page: Page): Locator => page.getByTestId('article-pane')
export const articleTitle = (page: Page): Locator => articlePane(page).getByRole('heading', { level: 2 })
export const paragraphs = (page: Page): Locator => articlePane(page).locator('article > div > p')
export const sentenceMarks = (page: Page): Locator => articlePane(page).locator('[role="button"]')

/** The timeline has drawn items and the article pane shows an article. */
export async function expectAppShown(page: Page): Promise<void> {
  await expect(timelineItems(page).first()).toBeVisible()
  await expect(articleTitle(page)).toBeVisible()
}

/**
 * Values of the address bar the app kept, after it rewrote the URL to its canonical form: each
 * must be one the data set knows (anything else should have fallen back to the default).
 */
export async function unknownUrlValues(page: Page, index: DataIndex): Promise<string[]> {
  const state = parseUrlState(await page.evaluate(() => window.location.search))
  const events = new Set(index.events.flatMap((e) => [e.id, ...e.aliases]))
  const articles = new Set(index.articles.map((a) => a.id))
  const actors = new Set(index.actors.flatMap((a) => [a.id, a.name]))
  return [
    ...(state.event !== null && !events.has(state.event) ? [`event=${state.event}`] : []),
    ...(state.article !== null && !articles.has(state.article) ? [`article=${state.article}`] : []),
    ...(state.actors ?? []).filter((name) => !actors.has(name)).map((name) => `actors has ${name}`),
  ]
}

/** Every link's href, resolved against the page. */
export async function linkTargets(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
}
