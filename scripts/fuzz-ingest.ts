/**
 * Ingest fuzz through the CLI and its worker pool, the way a user runs it:
 *   npx tsx scripts/fuzz-ingest.ts [--count 1000] [--seed 7] [--limit 900] [--workers N] [--keep]
 * Generates a seeded mix of good, bad and odd article files (one of them 20 MB), runs
 * `src/pipeline/cli/ingest.ts` on them as a child process under a wall-clock limit, then again on
 * just the files it read, and checks: exit code 0, no hang, good files read, every bad file
 * refused by name with a reason, and both outputs byte-identical. Prints the figures; exits 1 on
 * any problem.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkRefusals, compareTrees, countBy, readFiles, reasonOf, writeCorpus, type Refusal } from '../src/pipeline/__tests__/hostile/fuzz-check'
import { fuzzCorpus } from '../src/pipeline/__tests__/hostile/fuzz-corpus'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    limit: { type: 'string', default: '900' },
    workers: { type: 'string' },
    'file-timeout': { type: 'string', default: '20000' },
    keep: { type: 'boolean', default: false },
  },
})

interface RunResult {
  code: number | null
  /** True when the wall-clock limit killed it. */
  hung: boolean
  seconds: number
  stderr: string
}

/** Runs the ingest CLI in its own process group so that the limit can stop it and its workers. */
function runIngest(input: string, out: string, limitSeconds: number): Promise<RunResult> {
  const args = ['tsx', 'src/pipeline/cli/ingest.ts', '--no-cache', '--timeout', values['file-timeout']!, '--out', out]
  if (values.workers) args.push('--workers', values.workers)
  const started = performance.now()
  return new Promise((done) => {
    const child = spawn('npx', [...args, input], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    let hung = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      hung = true
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, limitSeconds * 1000)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, hung, seconds: (performance.now() - started) / 1000, stderr })
    })
  })
}

/** `skipped <path>: <reason>` lines of the CLI, paths made relative to the corpus folder. */
function refusals(stderr: string, input: string): Refusal[] {
  return [...stderr.matchAll(/^skipped (.+?): (.*)$/gm)].map(([, path, message]) => ({
    name: relative(input, resolve(path!)),
    message: message!,
  }))
}

const count = Number(values.count)
const seed = Number(values.seed)
const limit = Number(values.limit)
const root = await mkdtemp(join(tmpdir(), 'fuzz-ingest-'))
const files = fuzzCorpus(count, seed, { huge: true })
const [mixedIn, mixedOut, cleanIn, cleanOut] = ['mixed', 'mixed-out', 'clean', 'clean-out'].map((d) => join(root, d)) as [string, string, string, string]
await writeCorpus(mixedIn, files)

const problems: string[] = []
const mixed = await runIngest(mixedIn, mixedOut, limit)
if (mixed.hung) problems.push(`the run did not finish within ${limit} s`)
if (mixed.code !== 0 && !mixed.hung) problems.push(`exit code ${mixed.code}:\n${mixed.stderr.slice(-2000)}`)
const refused = refusals(mixed.stderr, mixedIn)
problems.push(...checkRefusals(files, refused))

const read = readFiles(files, refused)
await writeCorpus(cleanIn, read)
const clean = await runIngest(cleanIn, cleanOut, limit)
if (clean.code !== 0 || refusals(clean.stderr, cleanIn).length > 0) problems.push(`the run on the read files alone: exit ${clean.code}\n${clean.stderr.slice(-2000)}`)
if (!mixed.hung && !clean.hung) problems.push(...(await compareTrees(mixedOut, cleanOut)).map((d) => `output not identical: ${d}`))

const byExpectation = countBy(files, (f) => f.expect)
console.log(`fuzz-ingest: seed ${seed}, ${files.length} files (${JSON.stringify(byExpectation)}), in ${root}`)
console.log(`mixed run: exit ${mixed.code}, ${mixed.seconds.toFixed(1)} s, ${read.length} read, ${refused.length} refused`)
console.log(`  ${mixed.stderr.trim().split('\n').filter((l) => !l.startsWith('skipped ')).join('\n  ')}`)
console.log('refused by reason:')
for (const [reason, n] of Object.entries(countBy(refused, (r) => reasonOf(r.message)))) console.log(`  ${String(n).padStart(5)}  ${reason}`)
const refusedNames = new Set(refused.map((r) => r.name))
console.log('by kind (read/refused):')
for (const kind of Object.keys(countBy(files, (f) => f.kind))) {
  const ofKind = files.filter((f) => f.kind === kind)
  const no = ofKind.filter((f) => refusedNames.has(f.name)).length
  console.log(`  ${kind.padEnd(18)} ${String(ofKind.length - no).padStart(4)} / ${String(no).padEnd(4)}`)
}
console.log(`clean run (read files alone): exit ${clean.code}, ${clean.seconds.toFixed(1)} s`)
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`)
} else console.log('\nall checks passed: no hang, exit 0, bad files refused by name with a reason, outputs byte-identical')
if (!values.keep) await rm(root, { recursive: true, force: true })
process.exit(problems.length > 0 ? 1 : 0)
