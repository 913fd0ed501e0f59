import { test as base, expect, type Page } from '@playwright/test'
import { DataIndex } from '../../src/schema'

/** Collects console errors and page errors of a page; `allowed` patterns are expected noise. */
export function watchPage(page: Page, allowed: readonly RegExp[] = []): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed.some((pattern) => pattern.test(message.text()))) {
      problems.push(`console.error: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return problems
}

interface Fixtures {
  /** Console error patterns a spec expects (e.g. the 404 it provokes). */
  allowedConsoleErrors: RegExp[]
  /** Fails the test on any other console error or uncaught page error. */
  failOnConsoleErrors: void
  /** The data set the server is serving, read the way the app reads it. */
  dataIndex: DataIndex
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems = watchPage(page, allowedConsoleErrors)
      await use()
      expect(problems, 'console errors or page errors').toEqual([])
    },
    { auto: true },
  ],
  dataIndex: async ({ request }, use) => {
    const response = await request.get('/data/index.json')
    expect(response.ok(), 'the server serves /data/index.json').toBe(true)
    await use(DataIndex.parse(await response.json()))
  },
})

export { expect }
