/**
 * npm run cross-validate -- --fold GOLD=CORPUS[+GOLD=CORPUS…] --fold …: how the sentence model does
 * on gold it was not trained on. For each fold it trains on every other fold (npm run train),
 * scores the fold with that model in place of the shipped one (npm run eval), and puts the shipped
 * model back, also when interrupted. Prints each fold's figures and their pool.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { METRICS, value, type Ratio } from '../eval/score'
import { parseCli } from './args'

const MODEL = fileURLToPath(new URL('../model/event-sentences.json', import.meta.url))
const USAGE = `usage: npm run cross-validate -- --fold GOLD_DIR=CORPUS_DIR[+GOLD_DIR=CORPUS_DIR…] --fold … (two or more)
  Trains the sentence model without each fold in turn and scores that fold with it.`

const { values } = parseCli({ fold: { type: 'string', multiple: true } }, USAGE)
const folds = (values.fold ?? []).map((f) => f.split('+'))
if (values.help || folds.length < 2 || folds.flat().some((pair) => !/^[^=]+=[^=]+$/.test(pair))) {
  console.error(USAGE)
  process.exit(values.help ? 0 : 2)
}

type Totals = Record<(typeof METRICS)[number], Ratio>
const empty = (): Totals => Object.fromEntries(METRICS.map((k) => [k, { hit: 0, of: 0 }])) as Totals
const add = (into: Totals, from: Totals) => METRICS.forEach((k) => ((into[k].hit += from[k].hit), (into[k].of += from[k].of)))
const row = (name: string, t: Totals) => `${name.padEnd(28)}${METRICS.map((k) => value(t[k]).toFixed(3).padStart(10)).join('')}`
const npm = (args: string[]) => execFileSync('npm', ['run', '--silent', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 })

const work = mkdtempSync(join(tmpdir(), 'cross-validate-'))
const shipped = join(work, 'shipped.json')
copyFileSync(MODEL, shipped)
const restore = () => copyFileSync(shipped, MODEL)
process.on('SIGINT', () => (restore(), process.exit(130)))
const pooled = empty()
try {
  console.log(`${'fold'.padEnd(28)}${['recall', 'date', 'actors', 'precision', 'actorRec', 'type'].map((h) => h.padStart(10)).join('')}`)
  folds.forEach((fold, i) => {
    const model = join(work, `fold-${i}.json`)
    npm(['train', '--', ...folds.filter((_, j) => j !== i).flat().flatMap((pair) => ['--set', pair]), '--out', model])
    copyFileSync(model, MODEL)
    const totals = empty()
    for (const pair of fold) {
      const [gold, corpus] = pair.split('=') as [string, string]
      add(totals, JSON.parse(npm(['eval', '--', '--gold', gold, '--corpus', corpus, '--json'])).totals)
    }
    add(pooled, totals)
    console.log(row(fold.map((p) => p.split('=')[0]).join('+').slice(-28), totals))
    restore()
  })
  console.log(row('pooled', pooled))
} finally {
  restore()
  rmSync(work, { recursive: true, force: true })
}
