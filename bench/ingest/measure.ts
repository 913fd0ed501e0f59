/**
 * Ingest speed: the real pipeline in this thread (workers 0) and on a worker pool (workers 2),
 * beside a parse-only baseline over the same files, the time per stage, then a re-ingest through
 * the content cache (cold, then warm) with a byte comparison of the two outputs.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readAndProcess } from '../../src/pipeline/ingest'
import { processArticle } from '../../src/pipeline/run'
import { measure, type Measured } from '../lib/cpu'
import { row, type Row } from '../lib/report'
import { round, timed } from '../lib/stats'
import { parseOnly } from './parse-only'
import { profileIngest } from './profile'
import { reingest, type Reingest } from './reingest'
import { replicate } from './replicate'
import { stageTimes } from './stages'

export interface IngestBenchOptions {
  sources: string[]
  /** Where the sources came from ("corpus (126 files)"). */
  label: string
  files: number
  tmp: string
  /** Longest the in-process run may take; fewer copies are made when it would take longer. */
  budgetMs: number
  log: (line: string) => void
}

export interface IngestBenchResult {
  rows: Row[]
  notes: string[]
}

const TIMEOUT_MS = 30_000

async function calibrate(sources: readonly string[]): Promise<number> {
  const sample = sources.slice(0, 40)
  const bytes = await Promise.all(sample.map(async (p) => new Uint8Array(await readFile(p))))
  processArticle(sample[0]!, bytes[0]!) // loads lexicons and the segmenter's dictionary
  const { ms } = await timed(async () => sample.forEach((p, i) => processArticle(p, bytes[i]!)))
  return ms / sample.length
}

/** Does the shipped pool (src/pipeline/pool.ts) process files when run under tsx? */
async function shippedPool(dir: string): Promise<{ works: boolean; message: string }> {
  const outcome = await readAndProcess([dir], { workers: 2, timeoutMs: TIMEOUT_MS, cache: null })
  const failed = outcome.skipped.filter((d) => d.rule === 'pipeline/worker')
  return failed.length === 0 ? { works: true, message: 'ok' } : { works: false, message: failed[0]!.message }
}

export async function benchIngest(o: IngestBenchOptions): Promise<IngestBenchResult> {
  const perArticleMs = await calibrate(o.sources)
  const files = Math.max(o.sources.length, Math.min(o.files, Math.floor(o.budgetMs / perArticleMs)))
  o.log(`ingest: ~${round(perArticleMs, 1)} ms per article in-process (wall); ${o.label} replicated to ${files} files`)
  const dir = join(o.tmp, 'copies')
  const paths = await replicate(o.sources, dir, files)
  const probeDir = join(o.tmp, 'probe')
  await replicate(o.sources.slice(0, 4), probeDir, 4)
  const shipped = await shippedPool(probeDir)
  o.log(`  shipped pool under tsx: ${shipped.works ? 'works' : `fails: ${shipped.message}`}`)

  const perSec = (m: Measured<unknown>) => files / (m.wallMs / 1000)
  const perCpuSec = (m: Measured<unknown>) => files / (m.cpuMs / 1000)
  const parse = await measure(() => parseOnly(paths))
  o.log(`  parse-only: ${round(perSec(parse))} articles/s`)
  const single = await measure(() => readAndProcess([dir], { workers: 0, timeoutMs: TIMEOUT_MS, cache: null }))
  o.log(`  workers 0: ${round(perSec(single))} articles/s, ${round(perCpuSec(single))} per CPU-second (load ${round(single.load)})`)
  const pool = await measure(async () => (await readAndProcess([dir], { workers: 2, timeoutMs: TIMEOUT_MS, cache: null })).docs)
  o.log(`  workers 2: ${round(perSec(pool))} articles/s (load ${round(pool.load)})`)
  const stages = await stageTimes(o.sources)
  const profile = await profileIngest(o.sources)
  const base = await reingest('sources', join(o.tmp, 'sources'), o.sources, o.tmp, 2, o.log)
  const big = await reingest('replicated', dir, null, o.tmp, 2, o.log)
  return { rows: rowsOf(o, files, { parse, single, pool, shipped, base, big }, perSec, perCpuSec), notes: [...notesOf(stages, files, single, big), profile] }
}

interface Runs {
  parse: Measured<unknown>
  single: Measured<Awaited<ReturnType<typeof readAndProcess>>>
  pool: Measured<unknown[]>
  shipped: { works: boolean; message: string }
  base: Reingest
  big: Reingest
}

function rowsOf(o: IngestBenchOptions, files: number, r: Runs, perSec: (m: Measured<unknown>) => number, perCpuSec: (m: Measured<unknown>) => number): Row[] {
  const S = 'Ingest'
  const r0 = perSec(r.single)
  const r2 = perSec(r.pool)
  const slowdown = perSec(r.parse) / r0
  const cpuRate = perCpuSec(r.single)
  const rows: Row[] = [
    row(S, `files (${o.label}, replicated)`, `${files} (${r.single.value.docs.length} read, ${r.single.value.skipped.length} skipped)`),
    row(S, 'parse-only baseline (read + htmlparser2), 1 thread', `${round(perSec(r.parse))} articles/s`),
    row(S, 'pipeline in-process (workers 0), wall', `${round(r0)} articles/s (${round(1000 / r0, 1)} ms/article, load avg ${round(r.single.load)})`, '≥ 300 articles/s per core', r0 >= 300),
    row(S, 'pipeline in-process, per CPU-second', `${round(cpuRate)} articles/s (${round(1000 / cpuRate, 1)} ms CPU/article)`, '≥ 300 articles/s per core', cpuRate >= 300),
    row(S, 'pipeline vs parse-only (time ratio)', `${round(slowdown)}× slower`, '≤ 3×', slowdown <= 3),
    row(S, 'shipped worker pool (workers 2) under tsx', r.shipped.works ? 'works' : `fails: ${r.shipped.message}`, 'processes files', r.shipped.works),
    row(S, 'worker pool, workers 2', `${round(r2)} articles/s (${r.pool.value.length} read, load avg ${round(r.pool.load)})`),
    row(S, 'pool speed-up over in-process', `${round(r2 / r0, 2)}×`, '≈ 2× on 2 cores (≥ 1.7×)', r2 / r0 >= 1.7),
  ]
  for (const run of [r.base, r.big]) {
    const speedup = run.cold.ms / run.warm.ms
    rows.push(
      row(S, `ingest with empty cache (${run.files} files, workers ${run.workers})`, `${round(run.cold.ms / 1000, 2)} s (merge+build ${round(run.cold.buildMs / 1000, 2)} s, write ${round(run.cold.writeMs / 1000, 2)} s)`),
      row(S, `re-ingest unchanged, warm cache (${run.files} files)`, `${round(run.warm.ms / 1000, 2)} s → ${round(speedup)}× faster`, '≥ 10× faster', speedup >= 10),
      row(S, `re-ingest output byte-identical (${run.files} files)`, run.compare.detail, 'identical', run.compare.same),
    )
  }
  return rows
}

function notesOf(stages: Awaited<ReturnType<typeof stageTimes>>, files: number, single: Runs['single'], big: Reingest): string[] {
  const total = Object.values(stages.ms).reduce((a, b) => a + b, 0)
  const parts = Object.entries(stages.ms).map(([name, ms]) => `${name} ${round(ms / stages.files, 1)} ms (${round((100 * ms) / total)}%)`)
  return [
    `Ingest time per article by stage (${stages.files} source files, in-process): ${parts.join(', ')}.`,
    `Ingest in-process over ${files} files: ${round(single.wallMs / 1000, 1)} s wall, ${round(single.cpuMs / 1000, 1)} s CPU.`,
    `Re-ingest of ${big.files} files with a warm cache: reading+hashing+cache reads ${round(big.warm.readMs / 1000, 2)} s, cross-article merge/build ${round(big.warm.buildMs / 1000, 2)} s, write ${round(big.warm.writeMs / 1000, 2)} s (${big.warm.cached} cached, ${big.cold.events} events).`,
  ]
}
