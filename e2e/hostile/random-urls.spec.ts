/**
 * Deep links arrive from anyone. A few hundred seeded random and hostile addresses each load
 * the app with the defaults for whatever is invalid: the timeline shows, the article pane shows,
 * no page error, and the address the app rewrites to holds only values the data set knows.
 * FUZZ_SEED and URL_COUNT override the seed and the count.
 */
import { expect, test } from '@playwright/test'
import { expectViewOfAddress, unknownUrlValues, visit } from './app-page'
import { prepareHostileData, serveData, type HostileData } from './hostile-data'
import { randomSearch, seededRandom } from './random-urls'
import { setTraps } from './traps'

const SEED = Number(process.env.FUZZ_SEED ?? 20_231_012)
const COUNT = Number(process.env.URL_COUNT ?? 300)
/**
 * Wall-clock budget: on a loaded machine a visit can take a second or more, so the loop stops
 * when the budget is spent (printing how many addresses it checked) but never below MIN_COUNT.
 */
const BUDGET_MS = Number(process.env.URL_BUDGET_MS ?? 150_000)
const MIN_COUNT = 60
/** Every n-th address is opened as a fresh page load; the others as in-app navigations. */
const RELOAD_EVERY = Number(process.env.URL_RELOAD_EVERY ?? 15)

let data: HostileData

test.beforeAll(async () => {
  test.setTimeout(240_000)
  data = await prepareHostileData()
})

test(`${COUNT} random and hostile addresses load with defaults for what is invalid (seed ${SEED})`, async ({ page, request }) => {
  test.setTimeout(BUDGET_MS + 120_000)
  const traps = await setTraps(page)
  await serveData(page, data.out)
  // 100 kB addresses exceed what the preview server takes in a request line (a real host's
  // limit too); the page itself is static, so navigations get it without asking the server.
  const html = await (await request.get('/')).text()
  await page.route((url) => url.pathname === '/', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html', body: html }) : route.fallback(),
  )
  const titles = new Map(data.index.articles.map((a) => [a.id, data.bodies.get(a.id)!.title]))
  const random = seededRandom(SEED)
  const started = Date.now()
  let checked = 0
  for (let i = 0; i < COUNT && (i < MIN_COUNT || Date.now() - started < BUDGET_MS); i++) {
    const search = randomSearch(random, data.index)
    const shown = `#${i} ${search.slice(0, 200)}${search.length > 200 ? `… (${search.length} chars)` : ''}`
    const how = i % RELOAD_EVERY === 0 ? 'load' : 'navigate'
    await visit(page, search, how).catch((error: Error) => {
      throw new Error(`${shown}: ${error.message}`)
    })
    await expectViewOfAddress(page, data.index, titles)
    // A fresh load rewrites the address to what it stands for.
    if (how === 'load') await expect.poll(() => unknownUrlValues(page, data.index), shown).toEqual([])
    expect(await traps.findings({ scan: how === 'load' }), shown).toEqual([])
    checked++
  }
  expect(await traps.findings()).toEqual([])
  console.log(`random URLs: ${checked} of ${COUNT} addresses checked in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`)
})

// Back/Forward to an address with unknown values resolves to the same canonical form as the
// page before it; the address must still be rewritten (it once kept `event=e-unknown`).
test('Back/Forward to an address with unknown values rewrites it to the defaults', async ({ page }) => {
  await serveData(page, data.out)
  await visit(page, '', 'load')
  await visit(page, '?event=e-unknown&article=a-unknown', 'navigate')
  await expect.poll(() => unknownUrlValues(page, data.index)).toEqual([])
})
