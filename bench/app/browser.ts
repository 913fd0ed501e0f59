/** One page run against the built app or the bare page: load, heap, selection, filter toggles. */
import { chromium, type Browser, type Page } from '@playwright/test'
import { percentile } from '../lib/stats'
import { ARM_SELECTION, CLICKABLE_ITEMS, INIT_SCRIPT, TOGGLE_FILTER } from './probes'

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
]

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

export interface PageFigures {
  /** ms from navigation start to the first timeline item on screen; null when it never came. */
  firstItemMs: number | null
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

async function selections(page: Page, count: number): Promise<PageFigures['select']> {
  const times: number[] = []
  let misses = 0
  let last: string | null = null
  for (let k = 0; k < count; k++) {
    // Positions change as the timeline redraws: pick afresh each time, spread over the items.
    const picks = (await page.evaluate(`(${CLICKABLE_ITEMS})(${count})`)) as { id: string; x: number; y: number }[]
    const pick = picks.filter((p) => p.id !== last)[k % Math.max(1, picks.length - 1)]
    if (!pick) break
    last = pick.id
    await page.evaluate(`(${ARM_SELECTION})(${JSON.stringify(pick.id)})`)
    await page.mouse.click(pick.x, pick.y)
    try {
      await page.waitForFunction('window.__bench.selected !== null', undefined, { timeout: 20_000, polling: 50 })
      times.push((await page.evaluate('window.__bench.selected - window.__bench.down')) as number)
    } catch {
      misses++
    }
    await page.waitForTimeout(400)
  }
  if (times.length === 0) return misses === 0 ? null : { p50: Number.NaN, max: Number.NaN, n: 0, misses }
  return { p50: percentile(times, 50), max: Math.max(...times), n: times.length, misses }
}

export async function runPage(browser: Browser, url: string, o: PageRunOptions): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message.slice(0, 200)))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 200)))
  await page.addInitScript(INIT_SCRIPT)
  const figures: PageFigures = { firstItemMs: null, heapMb: null, toggle: null, select: null, errors }
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction('window.__bench && window.__bench.firstItem !== null', undefined, { timeout: o.loadTimeoutMs, polling: 200 })
    figures.firstItemMs = (await page.evaluate('window.__bench.firstItem')) as number
    await page.waitForTimeout(1000)
    figures.heapMb = await heapMb(page)
    figures.select = await selections(page, o.selections)
    const toggled = (await page.evaluate(`(${TOGGLE_FILTER})(${JSON.stringify({ count: o.toggles, budgetMs: o.toggleBudgetMs, actors: 5 })})`)) as { times: number[]; timeouts: number }
    figures.toggle = { p50: percentile(toggled.times, 50), p95: percentile(toggled.times, 95), n: toggled.times.length, timeouts: toggled.timeouts }
  } catch (error) {
    errors.push(`harness: ${(error as Error).message.split('\n')[0]}`)
  } finally {
    await context.close()
  }
  return figures
}
