/**
 * App benchmarks: the built app and the bare vis-timeline page, side by side on each synthetic
 * data set: first item painted, heap after load, event selection → highlighted sentence, and
 * actor-filter toggle latency.
 */
import type { Browser } from '@playwright/test'
import { row, type Row } from '../lib/report'
import { round } from '../lib/stats'
import type { WrittenDataset } from '../synth/write'
import { launch, runPage, type PageFigures, type PageRunOptions } from './browser'
import { describe, profilePage } from './profile'
import { startServer } from './serve'

export interface AppBenchOptions extends PageRunOptions {
  dist: string
  sets: readonly WrittenDataset[]
  log: (line: string) => void
}

const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${round(v, 0)} ms`)
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null || Number.isNaN(a) || Number.isNaN(b) || b === 0 ? null : a / b

function firstPaintTarget(events: number): number | null {
  return events >= 50_000 ? 3000 : events >= 10_000 ? 1500 : null
}

function rowsFor(set: WrittenDataset, app: PageFigures, bare: PageFigures): Row[] {
  const S = `App ${set.events >= 1000 ? `${set.events / 1000}k` : set.events} events`
  const rows: Row[] = []
  const paintTarget = firstPaintTarget(set.events)
  const paintRatio = ratio(app.firstItemMs, bare.firstItemMs)
  rows.push(
    row(S, 'first timeline item painted (from navigation)',
      `app ${ms(app.firstItemMs)} (data in ${ms(app.milestones.dataLoaded)}, widget at ${ms(app.milestones.timelineCreated)}) · bare ${ms(bare.firstItemMs)} (data in ${ms(bare.milestones.dataLoaded)}) · ratio ${paintRatio ? round(paintRatio, 2) : 'n/a'}×`,
      paintTarget ? `≤ ${paintTarget / 1000} s` : undefined, paintTarget ? app.firstItemMs !== null && app.firstItemMs <= paintTarget : undefined),
  )
  const t = app.toggle
  const b = bare.toggle
  const toggleRatio = ratio(t?.p95, b?.p95)
  rows.push(
    row(S, `actor filter toggle p50 / p95 (app n=${t?.n ?? 0}${t?.timeouts ? `, ${t.timeouts} timeouts` : ''}; bare n=${b?.n ?? 0})`,
      `app ${ms(t?.p50)} / ${ms(t?.p95)} · bare ${ms(b?.p50)} / ${ms(b?.p95)}`,
      set.events <= 10_000 ? 'p95 ≤ 100 ms' : undefined, set.events <= 10_000 ? t !== null && t.p95 <= 100 : undefined),
    row(S, 'filter toggle p95, app / bare', toggleRatio ? `${round(toggleRatio, 2)}×` : 'n/a', set.events === 10_000 ? '≤ 1.3×' : undefined,
      set.events === 10_000 ? toggleRatio !== null && toggleRatio <= 1.3 : undefined),
    row(S, `select event → sentence highlighted, p50 / max (app n=${app.select?.n ?? 0}${app.select?.misses ? `, ${app.select.misses} missed` : ''})`,
      `app ${ms(app.select?.p50)} / ${ms(app.select?.max)} · bare ${ms(bare.select?.p50)} / ${ms(bare.select?.max)}`),
    row(S, 'JS heap after load (after GC)', `app ${app.heapMb === null ? 'n/a' : `${round(app.heapMb)} MB`} · bare ${bare.heapMb === null ? 'n/a' : `${round(bare.heapMb)} MB`} · ratio ${ratio(app.heapMb, bare.heapMb) ? round(ratio(app.heapMb, bare.heapMb)!, 2) : 'n/a'}×`),
  )
  const errors = [...app.errors.map((e) => `app: ${e}`), ...bare.errors.map((e) => `bare: ${e}`)]
  if (errors.length > 0) rows.push(row(S, 'page errors', errors.slice(0, 3).join(' · ')))
  return rows
}

export async function benchApp(o: AppBenchOptions): Promise<Row[]> {
  let current = o.sets[0]?.dir ?? ''
  const server = await startServer(o.dist, () => current)
  const browser: Browser = await launch()
  const rows: Row[] = []
  try {
    for (const set of o.sets) {
      current = set.dir
      const app = await runPage(browser, `${server.origin}/`, o)
      o.log(`  app ${set.events}: first item ${ms(app.firstItemMs)}, toggle p95 ${ms(app.toggle?.p95)} (n=${app.toggle?.n ?? 0}), select p50 ${ms(app.select?.p50)}, heap ${round(app.heapMb ?? Number.NaN)} MB${app.errors.length ? `, errors: ${app.errors[0]}` : ''}`)
      const bare = await runPage(browser, `${server.origin}/bare/`, o)
      o.log(`  bare ${set.events}: first item ${ms(bare.firstItemMs)}, toggle p95 ${ms(bare.toggle?.p95)} (n=${bare.toggle?.n ?? 0}), select p50 ${ms(bare.select?.p50)}, heap ${round(bare.heapMb ?? Number.NaN)} MB${bare.errors.length ? `, errors: ${bare.errors[0]}` : ''}`)
      rows.push(...rowsFor(set, app, bare))
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return rows
}

/** CPU profiles (load, then filter toggles) of the app's profiling build and of the bare page. */
export async function profileApp(profileDist: string, set: WrittenDataset, toggles: number): Promise<string[]> {
  const server = await startServer(profileDist, () => set.dir)
  const browser = await launch()
  try {
    const notes: string[] = []
    for (const [name, path] of [['app', '/'], ['bare', '/bare/']] as const) {
      const p = await profilePage(browser, `${server.origin}${path}`, toggles)
      notes.push(describe(`Profile, ${name}, ${set.events} events, load to first item`, p.load), describe(`Profile, ${name}, ${set.events} events, ${toggles} filter toggles`, p.toggle))
    }
    return notes
  } finally {
    await browser.close()
    await server.close()
  }
}
