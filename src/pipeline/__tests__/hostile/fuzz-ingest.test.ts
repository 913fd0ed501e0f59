/**
 * Ingest fuzz, in-process: a seeded mix of good, bad and odd files (FUZZ_COUNT, default 100;
 * FUZZ_SEED). Good files are read, bad ones refused by name with a reason, nothing crashes, and
 * the data set is byte-identical to the one built from just the files that were read.
 * `npx tsx scripts/fuzz-ingest.ts` does the same through the CLI and its worker pool.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingest } from '../../ingest'
import { checkRefusals, compareTrees, countBy, readFiles, reasonOf, writeCorpus } from './fuzz-check'
import { fuzzCorpus } from './fuzz-corpus'

const COUNT = Number(process.env.FUZZ_COUNT ?? 100)
const SEED = Number(process.env.FUZZ_SEED ?? 7)
/**
 * In-process there is no per-file time limit, so the pathological sizes are scaled down (10k
 * nesting, 10k-character lines); the fuzz script runs them at full size under the pool's limit.
 */
const SCALE = Number(process.env.FUZZ_SCALE ?? 0.1)
const inProcess = { workers: 0, timeoutMs: 30_000, cache: null }

describe(`ingest of ${COUNT} fuzzed files (seed ${SEED})`, async () => {
  const root = await mkdtemp(join(tmpdir(), 'fuzz-ingest-'))
  afterAll(() => rm(root, { recursive: true, force: true }))
  const files = fuzzCorpus(COUNT, SEED, { huge: true, scale: SCALE })

  it('reads the good files, refuses the bad ones by name with a reason, and the rest leaves no trace', async () => {
    const [mixedIn, mixedOut] = [join(root, 'mixed'), join(root, 'mixed-out')]
    await writeCorpus(mixedIn, files)
    const mixed = await ingest([mixedIn], mixedOut, inProcess)
    const refused = mixed.skipped.map((d) => ({ name: relative(mixedIn, d.source), message: d.message }))

    expect(mixed.files).toBe(files.length)
    expect(checkRefusals(files, refused)).toEqual([])
    expect(mixed.docs.length + refused.length).toBe(files.length)

    // The same data set from just the files that were read, in a folder of their own.
    const [cleanIn, cleanOut] = [join(root, 'clean'), join(root, 'clean-out')]
    await writeCorpus(cleanIn, readFiles(files, refused))
    const clean = await ingest([cleanIn], cleanOut, inProcess)
    expect(clean.skipped).toEqual([])
    expect(await compareTrees(mixedOut, cleanOut)).toEqual([])

    const byReason = countBy(mixed.skipped, (d) => `${d.rule}: ${reasonOf(d.message)}`)
    console.log(`fuzz: ${files.length} files, ${mixed.docs.length} read, refused by reason:`, byReason)
  }, 300_000)
})
