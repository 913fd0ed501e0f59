/** npm run --silent extract -- <files or folders...>: one JSON line per extracted event on stdout. */
import { relative } from 'node:path'
import { readAndProcess } from '../ingest'
import { toExtractLines } from '../extract-lines'
import { defaultWorkers, intOption, parseCli } from './args'

const USAGE = `usage: npm run --silent extract -- [--workers N] <files or folders...>
  Prints the events of each article as JSON Lines (see README, "extract format"); problems go to stderr.`

const { values, positionals } = parseCli({ workers: { type: 'string' } }, USAGE)
if (values.help || positionals.length === 0) {
  console.error(USAGE)
  process.exit(values.help ? 0 : 2)
}

const result = await readAndProcess(positionals, {
  workers: intOption(values.workers, 'workers', positionals.length > 1 ? defaultWorkers() : 0),
  timeoutMs: 30_000,
  cache: null,
})
for (const doc of result.docs) for (const line of toExtractLines(doc)) process.stdout.write(`${JSON.stringify(line)}\n`)
for (const d of result.skipped) console.error(`skipped ${relative(process.cwd(), d.source) || d.source}: ${d.message}`)
console.error(`read ${result.docs.length} of ${result.files} files (${result.skipped.length} skipped)`)
if (result.docs.length === 0) process.exit(1)
