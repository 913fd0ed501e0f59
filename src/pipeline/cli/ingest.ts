/** npm run ingest -- [--out public/data] [--workers N] [--timeout ms] [--no-cache] <files or folders...> */
import { relative } from 'node:path'
import { fileCache, pipelineFingerprint } from '../cache'
import { ingest } from '../ingest'
import { defaultWorkers, intOption, parseCli } from './args'

const USAGE = `usage: npm run ingest -- [--out DIR] [--workers N] [--timeout MS] [--no-cache] [--verbose] <files or folders...>
  Reads article files (folders recursively), extracts events and writes DIR/index.json and
  DIR/articles/<id>.json (default DIR: public/data).`

const { values, positionals } = parseCli(
  {
    out: { type: 'string', default: 'public/data' },
    workers: { type: 'string' },
    timeout: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
  USAGE,
)
if (values.help || positionals.length === 0) {
  console.error(USAGE)
  process.exit(values.help ? 0 : 2)
}

const started = performance.now()
const cache = values['no-cache'] ? null : fileCache('.cache/ingest', await pipelineFingerprint())
const result = await ingest(positionals, values.out!, {
  workers: intOption(values.workers, 'workers', defaultWorkers()),
  timeoutMs: intOption(values.timeout, 'timeout', 30_000),
  cache,
})
const show = (path: string) => relative(process.cwd(), path) || path

for (const d of result.skipped) console.error(`skipped ${show(d.source)}: ${d.message}`)
if (values.verbose) for (const d of result.warnings) console.error(`warning ${show(d.source)}: ${d.message} [${d.rule}]`)

const { index } = result.dataset
const seconds = ((performance.now() - started) / 1000).toFixed(2)
console.error(
  `read ${result.docs.length} of ${result.files} files (${result.skipped.length} skipped, ${result.cached} from cache, ` +
    `${result.warnings.length} warnings) in ${seconds} s: ${index.events.length} events, ${index.actors.length} actors`,
)
if (result.written) {
  const { files, changed, bytes } = result.written
  console.error(`${values.out}: ${files} files (${(bytes / 1024).toFixed(1)} KB), ${changed} written, ${files - changed} unchanged`)
} else {
  console.error(`nothing was read: ${values.out} left as it was`)
  process.exit(1)
}
