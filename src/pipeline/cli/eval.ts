/** npm run eval -- --gold <dir> [--corpus <dir>] [--json] [--quiet]: scores extraction against gold files. */
import { resolve } from 'node:path'
import { METRICS, scoreFile, total, value, type FileScore, type Ratio } from '../eval/score'
import { toExtractLines } from '../extract-lines'
import { goldArticles } from '../eval/collect'
import { readAndProcess } from '../ingest'
import { defaultWorkers, parseCli } from './args'

const USAGE = `usage: npm run eval -- --gold DIR [--corpus DIR] [--json] [--quiet]
  Scores extract's events against every gold file under DIR (format: ../shared/gold/README.md).
  Articles are looked up as CORPUS/<file> (default ../shared/corpus), then data/articles/<basename>.`

const TARGETS: Record<(typeof METRICS)[number], number | null> = {
  recall: 0.9, date: 0.9, actors: 0.85, precision: 0.75, actorRecall: 0.9, type: null,
}

const { values } = parseCli(
  { gold: { type: 'string' }, corpus: { type: 'string', default: '../shared/corpus' }, json: { type: 'boolean', default: false }, quiet: { type: 'boolean', short: 'q', default: false } },
  USAGE,
)
if (values.help || !values.gold) {
  console.error(USAGE)
  process.exit(values.help ? 0 : 2)
}

const golds = await goldArticles(values.gold, values.corpus!, (message) => console.error(message))
if (golds.length === 0) {
  console.error('no gold file could be scored')
  process.exit(1)
}

const processed = await readAndProcess(golds.map((g) => g.article), { workers: defaultWorkers(), timeoutMs: 60_000, cache: null })
for (const d of processed.skipped) console.error(`skipped ${d.source}: ${d.message}`)
const byPath = new Map(processed.docs.map((d) => [d.path, d]))
const scores: FileScore[] = golds.map(({ gold, article }) => {
  const doc = byPath.get(resolve(article))
  return scoreFile(gold, doc ? toExtractLines(doc) : [])
})
const totals = total(scores)

if (values.json) {
  console.log(JSON.stringify({ files: scores, totals: Object.fromEntries(METRICS.map((k) => [k, { ...totals[k], value: value(totals[k]) }])) }, null, 2))
  process.exit(0)
}

const cell = (r: Ratio) => `${r.hit}/${r.of}`.padStart(7)
const HEAD = ['recall', 'date', 'actors', 'precision', 'actorRec', 'type']
console.log(`${'file'.padEnd(28)}${HEAD.map((h) => h.padStart(10)).join('')}`)
for (const s of scores) console.log(`${s.file.padEnd(28)}${METRICS.map((k) => cell(s[k]).padStart(10)).join('')}`)
console.log(`${'TOTAL'.padEnd(28)}${METRICS.map((k) => value(totals[k]).toFixed(3).padStart(10)).join('')}`)
console.log(`${'target'.padEnd(28)}${METRICS.map((k) => (TARGETS[k] === null ? '-' : `≥${TARGETS[k]}`).padStart(10)).join('')}`)
if (!values.quiet) {
  for (const s of scores) {
    if (s.misses.length === 0) continue
    console.log(`\n${s.file}`)
    for (const m of s.misses) console.log(`  ${m.kind.padEnd(12)} ${m.gold ? `[${m.gold}] ` : ''}${m.message}`)
  }
}
