/**
 * npm run bench [-- --only ingest|app|sizes[,...]] [--sizes 1000,10000,50000] [--files 10000]
 *                  [--toggles 50] [--ingest-budget 60] [--no-profile] [--from-head] [--keep]
 * --from-head builds the app from the last commit instead of the working tree.
 * Prints a table of figures beside their targets and writes it to bench/results/latest.md.
 * Figures, not pass/fail. Temporary data lives in os.tmpdir() and is removed at the end.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { collectInputs } from '../src/pipeline/files'
import { benchApp, profileApp } from './app/measure'
import { buildApp, snapshotHead } from './app/build'
import { benchIngest } from './ingest/measure'
import { document, row, table, type Row } from './lib/report'
import { round } from './lib/stats'
import { bundleRows, dataRows } from './sizes/measure'
import { buildWorld } from './synth/world'
import { writeDumpFiles, writeReadyDataset, type WrittenDataset } from './synth/write'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CORPUS = join(ROOT, '../shared/corpus')
const PARTS = ['ingest', 'app', 'sizes'] as const

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '1000,10000,50000' },
    files: { type: 'string', default: '10000' },
    toggles: { type: 'string', default: '50' },
    'ingest-budget': { type: 'string', default: '60' },
    keep: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'from-head': { type: 'boolean', default: false },
  },
})
const parts = new Set((values.only ?? PARTS.join(',')).split(',').map((p) => p.trim()))
const unknown = [...parts].filter((p) => !(PARTS as readonly string[]).includes(p))
const sizes = values.sizes!.split(',').map(Number)
if (unknown.length > 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`usage: npm run bench -- [--only ${PARTS.join('|')}] [--sizes 1000,10000,50000] [--files N] [--toggles N] [--keep]`)
  process.exit(2)
}

const log = (line: string) => console.error(line)
const started = performance.now()
const tmp = await mkdtemp(join(tmpdir(), 'news-bench-'))
const rows: Row[] = []
const notes: string[] = [`Load average at start: ${loadavg().map((l) => round(l, 1)).join(' / ')} (1/5/15 min); figures from a busy machine are not comparable.`]
try {
  if (parts.has('ingest')) {
    const corpus = existsSync(CORPUS) ? (await collectInputs([CORPUS])).files : []
    const sources = corpus.length > 0 ? corpus : await writeDumpFiles(join(tmp, 'synthetic-files'), buildWorld({ events: 3000 }))
    const label = corpus.length > 0 ? `corpus (${corpus.length} files)` : `synthetic (${sources.length} files; ../shared/corpus absent)`
    const result = await benchIngest({ sources, label, files: Number(values.files), tmp: join(tmp, 'ingest'), budgetMs: Number(values['ingest-budget']) * 1000, log })
    rows.push(...result.rows)
    notes.push(...result.notes)
    await rm(join(tmp, 'ingest'), { recursive: true, force: true })
  }
  const sets: WrittenDataset[] = []
  if (parts.has('app') || parts.has('sizes')) {
    for (const events of sizes) {
      const set = await writeReadyDataset(join(tmp, `data-${events}`), events)
      if (set.problems.length > 0) notes.push(`Synthetic data set ${events} does not validate: ${set.problems[0]}`)
      log(`data set ${events} events: ${set.articles} articles, ${set.actors} actors, index ${round(set.bytes.index / 1048576, 1)} MB`)
      sets.push(set)
    }
    const dist = join(tmp, 'dist')
    const root = values['from-head'] ? join(tmp, 'head') : undefined
    if (root && !(await snapshotHead(root)).ok) throw new Error('git archive HEAD failed')
    log(`building the app (vite build${root ? ', last commit' : ', working tree'})…`)
    const build = await buildApp(dist, { ...(root ? { root } : {}) })
    if (!build.ok) {
      rows.push(row('App', 'vite build', `failed: ${build.output.split('\n').slice(0, 3).join(' ')}`))
    } else {
      if (parts.has('sizes')) rows.push(...(await bundleRows(dist)), ...(await dataRows(sets)))
      if (parts.has('app')) {
        rows.push(...(await benchApp({ dist, sets, log, loadTimeoutMs: 60_000, toggles: Number(values.toggles), toggleBudgetMs: 40_000, selections: 10 })))
        const target = [...sets].reverse().find((s) => s.events <= 10_000) ?? sets[0]
        if (!values['no-profile'] && target) {
          log(`profiling app and bare page at ${target.events} events…`)
          const profileDist = join(tmp, 'dist-profile')
          try {
            if ((await buildApp(profileDist, { profiling: true, ...(root ? { root } : {}) })).ok) notes.push(...(await profileApp(profileDist, target, 2)))
          } catch (error) {
            notes.push(`Profile failed: ${(error as Error).message.split('\n')[0]}`)
          }
        }
      }
    }
  }
} finally {
  if (!values.keep) await rm(tmp, { recursive: true, force: true })
  else log(`kept ${tmp}`)
}
notes.push(`Load average at end: ${loadavg().map((l) => round(l, 1)).join(' / ')}; total run ${round((performance.now() - started) / 1000, 0)} s.`)
if (values['from-head']) notes.push('App built from the last commit (--from-head).')
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`
console.log(table(rows))
console.log(notes.map((n) => `- ${n}`).join('\n'))
await mkdir(join(ROOT, 'bench/results'), { recursive: true })
await writeFile(join(ROOT, 'bench/results/latest.md'), document(rows, notes, command))
log('written to bench/results/latest.md')
