import type { Page } from '@playwright/test'
import type { ArticleBody, DataIndex } from '../../src/schema'

/** Serves an in-memory data set instead of the server's: index.json and one body per article. */
export async function serveDataSet(page: Page, { index, bodies }: { index: DataIndex; bodies: ArticleBody[] }): Promise<DataIndex> {
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  await page.route('**/data/articles/*.json', (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop()?.replace(/\.json$/, '')
    const body = bodies.find((b) => b.id === id)
    return body ? route.fulfill({ json: body }) : route.fulfill({ status: 404, body: 'not found' })
  })
  return index
}
