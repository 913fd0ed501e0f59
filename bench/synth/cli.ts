/**
 * npx tsx bench/synth/cli.ts --events 10000 --out DIR [--files] [--seed N]
 * Writes the ready data set of a synthetic world to DIR (index.json, articles/), or with --files
 * the article files in the dump format.
 */
import { parseArgs } from 'node:util'
import { buildWorld } from './world'
import { writeDumpFiles, writeReadyDataset } from './write'

const { values } = parseArgs({
  options: { events: { type: 'string', default: '1000' }, out: { type: 'string' }, files: { type: 'boolean', default: false }, seed: { type: 'string' } },
})
if (!values.out) {
  console.error('usage: npx tsx bench/synth/cli.ts --events N --out DIR [--files] [--seed N]')
  process.exit(2)
}
const events = Number(values.events)
const seed = values.seed === undefined ? undefined : Number(values.seed)
if (values.files) {
  const files = await writeDumpFiles(values.out, buildWorld({ events, ...(seed === undefined ? {} : { seed }) }))
  console.log(`wrote ${files.length} article files to ${values.out}`)
} else {
  const report = await writeReadyDataset(values.out, events, seed)
  console.log(JSON.stringify(report))
  if (report.problems.length > 0) process.exit(1)
}
