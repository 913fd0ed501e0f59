/** One page run against the built app or the bare page: load, heap, selection, filter toggles. */
import { chromium, type Browser, type Page } from '@playwright/test'
import { percentile } from '../lib/stats'
import { ARM_SELECTION, BUCKET_TARGET, CLICKABLE_ITEMS, INIT_SCRIPT, LOAD_MILESTONES, TOGGLE_ONE } from './probes'

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
]

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

export interface PageFigures {
  /** ms from navigation start to the first timeline item on screen; null when it never came. */
  firstItemMs: number | null
  /** When index.json finished downloading and when the widget appeared (ms from navigation). */
  milestones: { dataLoaded: number | null; timelineCreated: number | null }
  heapMb: number | null
  toggle: { p50: number; p95: number; n: number; timeouts: number } | null
  select: { p50: number; max: number; n: number; misses: number } | null
  errors: string[]
}

export interface PageRunOptions {
  loadTimeoutMs: number
  toggles: number
  toggleBudgetMs: number
  selections: number
}

async function heapMb(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value
    return used === undefined ? null : used / 1024 / 1024
  } finally {
    await cdp.detach()
  }
}

/** Rejects when a page does not answer in time (its main thread stuck in a long task). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s (main thread busy)`)), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

interface SelectionTally {
  times: number[]
  misses: number
}

/**
 * When the timeline shows counts (buckets) rather than events, click into the fullest one until
 * events are drawn, as a user would. True when it zoomed.
 */
async function zoomToEvents(page: Page, tries = 6): Promise<boolean> {
  let zoomed = false
  for (let i = 0; i < tries; i++) {
    const picks = (await page.evaluate(`(${CLICKABLE_ITEMS})(1)`)) as unknown[]
    if (picks.length > 0) break
    const target = (await page.evaluate(`(${BUCKET_TARGET})()`)) as { x: number; y: number } | null
    if (!target) break
    const before = (await page.evaluate('location.search')) as string
    await page.mouse.click(target.x, target.y)
    await page.waitForFunction(`location.search !== ${JSON.stringify(before)}`, undefined, { timeout: 10_000, polling: 50 }).catch(() => undefined)
    // The timeline redraws once the zoom has settled.
    await page.waitForTimeout(1000)
    zoomed = true
  }
  return zoomed
}

async function selections(page: Page, count: number, budgetMs: number, tally: SelectionTally): Promise<void> {
  const zoomed = await zoomToEvents(page)
  try {
    await selectSeries(page, count, budgetMs, tally)
  } finally {
    // Back to the fitted view the page loaded with, so filter toggles measure the same view as before.
    if (zoomed) {
      await page.keyboard.press('0')
      await page.waitForTimeout(1000)
    }
  }
}

async function selectSeries(page: Page, count: number, budgetMs: number, tally: SelectionTally): Promise<void> {
  let last: string | null = null
  const started = Date.now()
  for (let k = 0; k < count && Date.now() - started < budgetMs; k++) {
    // Positions change as the timeline redraws: pick afresh each time, spread over the items.
    const picks = (await page.evaluate(`(${CLICKABLE_ITEMS})(${count})`)) as { id: string; x: number; y: number }[]
    const pick = picks.filter((p) => p.id !== last)[k % Math.max(1, picks.length - 1)]
    if (!pick) break
    last = pick.id
    await page.evaluate(`(${ARM_SELECTION})(${JSON.stringify(pick.id)})`)
    await page.mouse.click(pick.x, pick.y)
    try {
      await page.waitForFunction('window.__bench.selected !== null', undefined, { timeout: 20_000, polling: 50 })
      tally.times.push((await page.evaluate('window.__bench.selected - window.__bench.down')) as number)
    } catch {
      tally.misses++
    }
    await page.waitForTimeout(400)
  }
}

/** One toggle per round trip, so a toggle that blocks the page ends the series but keeps the rest. */
async function toggles(page: Page, count: number, budgetMs: number): Promise<{ times: number[]; timeouts: number; blocked: string | null }> {
  const times: number[] = []
  let timeouts = 0
  const started = Date.now()
  for (let i = 0; i < count && Date.now() - started < budgetMs; i++) {
    try {
      const ms = (await within(page.evaluate(`(${TOGGLE_ONE})(${JSON.stringify({ i, actors: 5 })})`), 30_000, 'toggle')) as number | null
      if (ms === null) timeouts++
      else times.push(ms)
    } catch (error) {
      return { times, timeouts, blocked: (error as Error).message }
    }
    await page.waitForTimeout(30)
  }
  return { times, timeouts, blocked: null }
}

function selectFigures(tally: SelectionTally): PageFigures['select'] {
  if (tally.times.length === 0) return tally.misses === 0 ? null : { p50: Number.NaN, max: Number.NaN, n: 0, misses: tally.misses }
  return { p50: percentile(tally.times, 50), max: Math.max(...tally.times), n: tally.times.length, misses: tally.misses }
}

export async function runPage(browser: Browser, url: string, o: PageRunOptions): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message.slice(0, 200)))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 200)))
  await page.addInitScript(INIT_SCRIPT)
  const figures: PageFigures = { firstItemMs: null, milestones: { dataLoaded: null, timelineCreated: null }, heapMb: null, toggle: null, select: null, errors }
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction('window.__bench && window.__bench.firstItem !== null', undefined, { timeout: o.loadTimeoutMs, polling: 200 })
    figures.firstItemMs = (await page.evaluate('window.__bench.firstItem')) as number
    figures.milestones = (await page.evaluate(LOAD_MILESTONES)) as PageFigures['milestones']
    await page.waitForTimeout(1000)
    figures.heapMb = await within(heapMb(page), 30_000, 'heap')
    const tally: SelectionTally = { times: [], misses: 0 }
    try {
      await within(selections(page, o.selections, o.toggleBudgetMs / 2, tally), o.toggleBudgetMs / 2 + 15_000, 'selection')
    } finally {
      figures.select = selectFigures(tally)
    }
    const toggled = await toggles(page, o.toggles, o.toggleBudgetMs)
    figures.toggle = { p50: percentile(toggled.times, 50), p95: percentile(toggled.times, 95), n: toggled.times.length, timeouts: toggled.timeouts }
    if (toggled.blocked) errors.push(`filter toggle ${toggled.times.length + 1}: ${toggled.blocked}`)
  } catch (error) {
    errors.push(`harness: ${(error as Error).message.split('\n')[0]}`)
  } finally {
    // A page stuck in a long task answers late or never: give it a few seconds.
    const milestones = figures.firstItemMs !== null ? Promise.resolve(figures.milestones) : Promise.race([page.evaluate(LOAD_MILESTONES), new Promise((ok) => setTimeout(() => ok(null), 5000))]).catch(() => null)
    figures.milestones = ((await milestones) as PageFigures['milestones'] | null) ?? figures.milestones
    // Closing waits for a busy renderer; the browser is closed at the end of the run anyway.
    await within(context.close(), 15_000, 'close').catch(() => undefined)
  }
  return figures
}
