/**
 * The optimisation loop's measure: `npx tsx bench/ingest/quick.ts [--passes 5] [--top 25] [--no-profile] [folder]`.
 * CPU time per stage over the corpus (after one warm-up pass, so lexicons and dictionaries are
 * loaded), parse-only beside it, then a CPU profile by function. Prints; writes nothing.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { parseDocument } from 'htmlparser2'
import { collectInputs } from '../../src/pipeline/files'
import { describe, summarize, type Profile } from '../app/profile'
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

async function parseOnlyCpu(): Promise<number> {
  const decoder = new TextDecoder('utf-8')
  const bytes = await Promise.all(paths.map((p) => readFile(p)))
  const from = process.cpuUsage()
  for (let i = 0; i < passes; i++) for (const b of bytes) parseDocument(decoder.decode(b))
  return cpuMs(from) / (passes * paths.length)
}

await stageTimes(paths) // warm-up: lexicons, segmenter dictionary, JIT
const from = process.cpuUsage()
const sums: Record<string, number> = {}
for (let i = 0; i < passes; i++) {
  const { ms } = await stageTimes(paths)
  for (const [k, v] of Object.entries(ms)) sums[k] = (sums[k] ?? 0) + v
}
const perArticle = cpuMs(from) / (passes * paths.length)
const parse = await parseOnlyCpu()
const stages = Object.entries(sums).map(([k, v]) => `${k} ${round(v / (passes * paths.length), 2)}`).join(', ')
console.log(`${paths.length} files × ${passes} passes: ${round(perArticle, 2)} ms CPU/article (${round(1000 / perArticle)} articles/CPU-s); parse-only ${round(parse, 2)} ms → ${round(perArticle / parse, 1)}×`)
console.log(`per stage (wall ms/article, includes file read once up front): ${stages}`)

if (!values['no-profile']) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
  for (let i = 0; i < passes; i++) await stageTimes(paths)
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  const s = summarize(profile as unknown as Profile, Number(values.top), moduleOf)
  console.log(describe('profile', s).replaceAll(', ', '\n  ').replace('; top functions', '\ntop functions (self):\n '))
  console.log('top functions (inclusive):')
  for (const [k, pct] of inclusive(profile as unknown as Profile, moduleOf, Number(values.top))) console.log(`  ${round(pct)}% ${k}`)
}
