/**
 * Where the browser's time goes: a CPU profile (CDP Profiler) of a page load and of a series of
 * filter toggles, summed by bundle chunk (the profiling build has one chunk per library) and by
 * function.
 */
import type { Browser, CDPSession } from '@playwright/test'
import { round } from '../lib/stats'
import { INIT_SCRIPT, TOGGLE_ONE } from './probes'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
export interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface ProfileSummary {
  totalMs: number
  byChunk: [string, number][]
  byFunction: [string, number][]
}

/** "/assets/vis-timeline-Cehe7tbP.js" → "vis-timeline"; the app's own chunk is "index". */
export function chunkOf(url: string): string {
  if (!url) return '(native)'
  const file = url.slice(url.lastIndexOf('/') + 1).replace(/\?.*$/, '')
  return file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '').replace(/\.js$/, '')
}

export function summarize(profile: Profile, top = 8, labelOf: (url: string) => string = chunkOf): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const chunk = new Map<string, number>()
  const fn = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)
    const us = profile.timeDeltas[i] ?? 0
    if (!node || node.callFrame.functionName === '(idle)') return
    total += us
    const c = labelOf(node.callFrame.url)
    chunk.set(c, (chunk.get(c) ?? 0) + us)
    const name = `${node.callFrame.functionName || '(anonymous)'} [${c}]`
    fn.set(name, (fn.get(name) ?? 0) + us)
  })
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]): [string, number] => [k, v / 1000])
  return { totalMs: total / 1000, byChunk: sorted(chunk), byFunction: sorted(fn) }
}

export function describe(label: string, s: ProfileSummary): string {
  const pct = (ms: number) => `${round((100 * ms) / s.totalMs, 0)}%`
  return `${label}: ${round(s.totalMs, 0)} ms of CPU sampled; by chunk ${s.byChunk.map(([k, v]) => `${k} ${pct(v)}`).join(', ')}; top functions ${s.byFunction.map(([k, v]) => `${k} ${pct(v)}`).join(', ')}.`
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<Profile> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await run()
  const { profile } = await cdp.send('Profiler.stop')
  return profile as unknown as Profile
}

export async function profilePage(browser: Browser, url: string, toggles: number): Promise<{ load: ProfileSummary; toggle: ProfileSummary }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true })
  try {
    const page = await context.newPage()
    await page.addInitScript(INIT_SCRIPT)
    const cdp = await context.newCDPSession(page)
    const load = await profiled(cdp, async () => {
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction('window.__bench && window.__bench.firstItem !== null', undefined, { timeout: 90_000, polling: 200 })
    })
    await page.waitForTimeout(1000)
    const toggle = await profiled(cdp, async () => {
      for (let i = 0; i < toggles; i++) await page.evaluate(`(${TOGGLE_ONE})(${JSON.stringify({ i, actors: 5 })})`)
    })
    return { load: summarize(load), toggle: summarize(toggle) }
  } finally {
    await context.close()
  }
}
