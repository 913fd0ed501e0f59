/**
 * Deep links arrive from anyone. A few hundred seeded random and hostile addresses each load
 * the app with the defaults for whatever is invalid: the timeline shows, the article pane shows,
 * no page error, and the address the app rewrites to holds only values the data set knows.
 * FUZZ_SEED and URL_COUNT override the seed and the count.
 */
import { expect, test } from '@playwright/test'
import { expectAppShown, unknownUrlValues } from './app-page'
import { prepareHostileData, serveData, type HostileData } from './hostile-data'
import { randomSearch, seededRandom } from './random-urls'
import { setTraps } from './traps'

const SEED = Number(process.env.FUZZ_SEED ?? 20_231_012)
const COUNT = Number(process.env.URL_COUNT ?? 300)

let data: HostileData

test.beforeAll(async () => {
  test.setTimeout(240_000)
  data = await prepareHostileData()
})

test(`${COUNT} random and hostile addresses load with defaults for what is invalid (seed ${SEED})`, async ({ page, request }) => {
  test.setTimeout(120_000)
  const traps = await setTraps(page)
  await serveData(page, data.out)
  // 100 kB addresses exceed what the preview server takes in a request line (a real host's
  // limit too); the page itself is static, so navigations get it without asking the server.
  const html = await (await request.get('/')).text()
  await page.route((url) => url.pathname === '/', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html', body: html }) : route.fallback(),
  )
  const random = seededRandom(SEED)
  const started = Date.now()
  for (let i = 0; i < COUNT; i++) {
    const search = randomSearch(random, data.index)
    const shown = `#${i} ${search.slice(0, 200)}${search.length > 200 ? `… (${search.length} chars)` : ''}`
    await page.goto(`/${search}`)
    await expectAppShown(page).catch((error: Error) => {
      throw new Error(`${shown}: ${error.message}`)
    })
    expect(await unknownUrlValues(page, data.index), shown).toEqual([])
    const findings = await traps.findings()
    expect(findings, shown).toEqual([])
  }
  console.log(`${COUNT} addresses in ${((Date.now() - started) / 1000).toFixed(1)} s`)
})
