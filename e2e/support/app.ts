import { expect, type Locator, type Page } from '@playwright/test'
import type { DataIndex, Event } from '../../src/schema'

export const timeline = (page: Page): Locator => page.getByTestId('timeline')
export const articlePane = (page: Page): Locator => page.getByTestId('article-pane')
export const actorFilter = (page: Page): Locator => page.getByTestId('actor-filter')

export const timelineItem = (page: Page, id: string): Locator => timeline(page).locator(`[data-event-id="${id}"]`)
export const timelineItems = (page: Page): Locator => timeline(page).locator('[data-event-id]')
export const selectedItem = (page: Page): Locator => timeline(page).locator('.vis-item.vis-selected [data-event-id]')
export const sentence = (page: Page, id: string): Locator => articlePane(page).locator(`[data-event-id="${id}"]`)
/** The clickable sentence (role button) that contains the event's span. */
export const sentenceMark = (page: Page, id: string): Locator =>
  articlePane(page).getByRole('button').filter({ has: page.locator(`[data-event-id="${id}"]`) })
export const currentSentence = (page: Page): Locator => articlePane(page).locator('[aria-current="true"]')

/** Opens the app and waits until the timeline has drawn its items and the article is shown. */
export async function openApp(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`)
  await expect(timelineItems(page).first()).toBeVisible()
  await expect(articlePane(page).getByRole('heading', { level: 2 })).toBeVisible()
}

export async function renderedItemIds(page: Page): Promise<string[]> {
  const ids = await timelineItems(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id') ?? ''))
  return ids.sort()
}

export function searchParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key)
}

/** Events that have a sentence in the given article, in article order. */
export function eventsOfArticle(index: DataIndex, articleId: string): Event[] {
  return index.events
    .filter((e) => e.sources.some((s) => s.articleId === articleId))
    .sort((a, b) => {
      const sa = a.sources.find((s) => s.articleId === articleId)!
      const sb = b.sources.find((s) => s.articleId === articleId)!
      return sa.paragraph - sb.paragraph || sa.span[0] - sb.span[0]
    })
}

export function firstArticleId(index: DataIndex): string {
  const id = index.articles[0]?.id
  if (!id) throw new Error('the data set has no article')
  return id
}

/** The time axis labels: the same labels at the same size mean the same visible window. */
/** The axis labels with their positions, sorted: vis-timeline reuses label elements, so their DOM order depends on past redraws. */
export async function axisLabels(page: Page): Promise<string[]> {
  const labels = await timeline(page)
    .locator('.vis-time-axis .vis-text')
    .evaluateAll((nodes) => nodes.map((n) => `${n.textContent}@${Math.round((n as HTMLElement).getBoundingClientRect().left)}`))
  return labels.sort()
}
