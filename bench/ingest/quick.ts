/**
 * The optimisation loop's measure: `npx tsx bench/ingest/quick.ts [--passes 5] [--top 25] [--no-profile] [folder]`.
 * CPU time per stage over the corpus (after one warm-up pass, so lexicons and dictionaries are
 * loaded), parse-only beside it, then a CPU profile by function. Prints; writes nothing.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { parseDocument } from 'htmlparser2'
import { collectInputs } from '../../src/pipeline/files'
import type { Profile } from '../app/profile'
import { round } from '../lib/stats'
import { inclusive } from './inclusive'
import { moduleOf } from './profile'
import { stageTimes } from './stages'
import { Session } from 'node:inspector/promises'

const { values, positionals } = parseArgs({
  options: { passes: { type: 'string', default: '5' }, top: { type: 'string', default: '25' }, 'no-profile': { type: 'boolean', default: false } },
  allowPositionals: true,
})
const passes = Number(values.passes)
const { files: paths } = await collectInputs([positionals[0] ?? '../shared/corpus'])

const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from)
  return (u.user + u.system) / 1000
}

/** Read + decode + htmlparser2, best pass, like bench/ingest/parse-only.ts. */
async function parseOnlyCpu(): Promise<number> {
  const decoder = new TextDecoder('utf-8')
  const times: number[] = []
  for (let i = 0; i < passes; i++) {
    const from = process.cpuUsage()
    for (const p of paths) parseDocument(decoder.decode(await readFile(p)))
    times.push(cpuMs(from) / paths.length)
  }
  return Math.min(...times)
}

await stageTimes(paths) // warm-up: lexicons, segmenter dictionary, JIT
// The best pass, not the mean: on a shared machine, contention only ever adds time.
const cpu: number[] = []
const best: Record<string, number> = {}
for (let i = 0; i < passes; i++) {
  const from = process.cpuUsage()
  const { ms } = await stageTimes(paths)
  cpu.push(cpuMs(from) / paths.length)
  for (const [k, v] of Object.entries(ms)) best[k] = Math.min(best[k] ?? Infinity, v / paths.length)
}
const perArticle = Math.min(...cpu)
const parse = await parseOnlyCpu()
const stages = Object.entries(best).map(([k, v]) => `${k} ${round(v, 2)}`).join(', ')
console.log(`${paths.length} files, best of ${passes} passes: ${round(perArticle, 2)} ms CPU/article (${round(1000 / perArticle)} articles/CPU-s; mean ${round(cpu.reduce((a, b) => a + b, 0) / cpu.length, 2)}); parse-only ${round(parse, 2)} ms → ${round(perArticle / parse, 1)}×`)
console.log(`per stage (wall ms/article, best pass): ${stages}`)

if (!values['no-profile']) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
  for (let i = 0; i < passes; i++) await stageTimes(paths)
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  const { self, total } = inclusive(profile as unknown as Profile, moduleOf, Number(values.top), 'stageTimes')
  console.log('top functions, self (% of the samples inside the pipeline):')
  for (const [k, pct] of self) console.log(`  ${round(pct)}% ${k}`)
  console.log('top functions, inclusive:')
  for (const [k, pct] of total) console.log(`  ${round(pct)}% ${k}`)
}
