/** What a hostile spec needs to see of the app, by the test ids and roles the app promises. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { DataIndex } from '../../src/schema'
import { parseUrlState, URL_KEYS } from '../../src/app/url-state/url-state'
import { FILTER_KEYS } from '../../src/app/url-state/filter-params'
import { VIEW_KEYS } from '../../src/app/url-state/view-params'

/** Every key the app reads from the address bar. */
export const ALL_URL_KEYS: readonly string[] = [...Object.values(URL_KEYS), ...Object.values(FILTER_KEYS), ...Object.values(VIEW_KEYS)]
/** Keys whose valid values may legitimately hide every item of the timeline. */
const HIDING_KEYS = ['actors', 'start', 'end', ...Object.values(FILTER_KEYS)]

function mayHideAll(search: string): boolean {
  const params = new URLSearchParams(search)
  return HIDING_KEYS.some((key) => params.has(key))
}

export const timeline = (page: Page): Locator => page.getByTestId('timeline')
export const timelineItems = (page: Page): Locator => timeline(page).locator('[data-event-id]')
export const timelineItem = (page: Page, id: string): Locator => timeline(page).locator(`[data-event-id="${id}"]`)
export const selectedItem = (page: Page): Locator => timeline(page).locator('.vis-item.vis-selected [data-event-id]')
/** The primary (first) article pane; an event with several sources may open more beside it. */
export const articlePane = (page: Page): Locator => page.getByTestId('article-pane').first()
export const eventDetails = (page: Page): Locator => page.getByRole('complementary', { name: 'Event details' })
export const articlePicker = (page: Page): Locator => page.locator('#article-picker')
export const articleTitle = (page: Page): Locator => articlePane(page).getByRole('heading', { level: 2 })
export const paragraphs = (page: Page): Locator => articlePane(page).locator('article > div > p')
export const sentenceMarks = (page: Page): Locator => articlePane(page).locator('[role="button"]')

/**
 * The timeline and the article pane are shown, and the timeline has drawn items unless the
 * address legitimately hides them all (an empty actor filter, or a window away from the events).
 */
export async function expectAppShown(page: Page): Promise<void> {
  await expect(articleTitle(page)).toBeVisible()
  if (!mayHideAll(await page.evaluate(() => window.location.search))) await expect(timelineItems(page).first()).toBeVisible()
  else await expect(timeline(page)).toBeVisible()
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
    ...(state.view?.articles ?? []).filter((id) => !articles.has(id)).map((id) => `articles has ${id}`),
  ]
}

/** Every link's href, resolved against the page. */
export async function linkTargets(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
}

/**
 * Goes to `/${search}` the way a deep link arrives: 'load' opens it as a new page (the whole
 * bundle starts again), 'navigate' changes the address inside the running app as Back/Forward
 * would (history entry + popstate), which is what the URL store listens to and far cheaper.
 * Waits for the article pane; what it shows is for the caller to check.
 */
export async function visit(page: Page, search: string, how: 'load' | 'navigate'): Promise<void> {
  if (how === 'load') await page.goto(`/${search}`)
  else {
    await page.evaluate((target) => {
      window.history.pushState(null, '', `/${target}`)
      window.dispatchEvent(new PopStateEvent('popstate'))
    }, search)
  }
  // Generous: the article body is a second request after the index.
  await expect(articleTitle(page)).toBeVisible({ timeout: 20_000 })
}

/** Ids of the timeline items a pointer can reach now (inside the panel and on top). */
export async function reachableItemIds(page: Page): Promise<string[]> {
  return timeline(page).evaluate((panel) => {
    const box = panel.getBoundingClientRect()
    return Array.from(panel.querySelectorAll<HTMLElement>('[data-event-id]')).flatMap((item) => {
      const r = item.getBoundingClientRect()
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2]
      const inside = x > box.left && x < box.right && y > box.top && y < box.bottom
      return inside && item.contains(document.elementFromPoint(x, y)) ? [item.dataset.eventId!] : []
    })
  })
}

/** What the app must show for an address: the event it names (if known) and that event's article, else defaults. */
export function expectedView(search: string, index: DataIndex): { eventId: string | null; articleId: string | null } {
  const state = parseUrlState(search)
  const event = state.event ? (index.events.find((e) => e.id === state.event) ?? index.events.find((e) => e.aliases.includes(state.event!))) : undefined
  const article = index.articles.some((a) => a.id === state.article) ? state.article : null
  return { eventId: event?.id ?? null, articleId: event?.sources[0]?.articleId ?? article ?? index.articles[0]?.id ?? null }
}

/**
 * The page shows what the current address stands for, read against the data set: the selected
 * event (or none), an article, and items on the timeline unless a valid filter or window in the
 * address may hide them all.
 */
export async function expectViewOfAddress(page: Page, index: DataIndex, titles: ReadonlyMap<string, string>): Promise<void> {
  const search = await page.evaluate(() => window.location.search)
  const view = expectedView(search, index)
  if (view.eventId) {
    // A valid filter or window in the address may hide the selected event from the timeline (it
    // stays selected in the card and the pane); when it is drawn, it is the one drawn selected.
    if (!mayHideAll(search)) await expect(selectedItem(page)).toHaveAttribute('data-event-id', view.eventId)
    else if ((await selectedItem(page).count()) > 0) await expect(selectedItem(page)).toHaveAttribute('data-event-id', view.eventId)
    await expect(page.getByTestId('article-pane').getByRole('heading', { level: 2, name: titles.get(view.articleId!) }).first()).toBeVisible()
  } else await expect(selectedItem(page)).toHaveCount(0)
  await expect(articleTitle(page)).toBeVisible()
  if (!mayHideAll(search)) await expect(timelineItems(page).first()).toBeVisible()
}
