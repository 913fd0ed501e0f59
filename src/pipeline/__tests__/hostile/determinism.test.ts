/**
 * Determinism beyond ingest.test.ts: the same articles written in another order, into another
 * folder layout under another root, given as other arguments, give byte-identical index.json and
 * article files; and one more article leaves every other article's id, body file and event ids
 * as they were (old deep links keep working).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingest } from '../../ingest'
import { DataIndex } from '../../../schema'
import { compareTrees, treeBytes, writeCorpus } from './fuzz-check'
import { goodFiles, seededRandom, type FuzzFile } from './fuzz-corpus'

const SEED_ARTICLE = 'data/articles/000_ce24b0c64041951c.txt'
const inProcess = { workers: 0, timeoutMs: 30_000, cache: null }

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed)
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The same files (same base names), in other folders, written in another order. */
function relayout(files: readonly FuzzFile[], seed: number): FuzzFile[] {
  const folders = ['', 'x', 'x/y', 'z/deep/er']
  return shuffle(files, seed).map((f, i) => ({ ...f, name: join(folders[(i + seed) % folders.length]!, basename(f.name)) }))
}

describe('ingest determinism', async () => {
  const root = await mkdtemp(join(tmpdir(), 'determinism-'))
  afterAll(() => rm(root, { recursive: true, force: true }))
  const seed: FuzzFile = { name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED_ARTICLE)), expect: 'good', kind: 'good' }
  const files = [seed, ...goodFiles(14, 11)]
  const run = async (name: string, layout: readonly FuzzFile[], args?: (dir: string) => string[]) => {
    const [input, out] = [join(root, name, 'in'), join(root, name, 'out')]
    await writeCorpus(input, layout)
    const result = await ingest(args ? args(input) : [input], out, inProcess)
    return { out, result }
  }

  it('gives the same bytes for the same articles in any order, layout and argument form', async () => {
    const first = await run('first', files)
    const again = await run('again', files)
    const moved = await run('moved', relayout(files, 3))
    const listed = await run('listed', relayout(files, 5), (dir) => shuffle(relayout(files, 5), 9).map((f) => join(dir, f.name)))
    expect(first.result.skipped).toEqual([])
    expect(first.result.dataset.index.events.length).toBeGreaterThan(files.length)
    expect(await compareTrees(first.out, again.out)).toEqual([])
    expect(await compareTrees(first.out, moved.out)).toEqual([])
    expect(await compareTrees(first.out, listed.out)).toEqual([])
  }, 120_000)

  it('keeps every other article id, body file and event id when one article is added', async () => {
    const [extra] = goodFiles(1, 99).map((f) => ({ ...f, name: 'extra/new-article.md' }))
    const before = await run('before', files)
    const after = await run('after', [...files, extra!])
    const readIndex = async (dir: string) => DataIndex.parse(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')))
    const [indexBefore, indexAfter] = [await readIndex(before.out), await readIndex(after.out)]
    expect(indexAfter.articles.length).toBe(indexBefore.articles.length + 1)
    const afterArticles = new Set(indexAfter.articles.map((a) => a.id))
    for (const a of indexBefore.articles) expect(afterArticles, a.file).toContain(a.id)
    const afterEvents = new Set(indexAfter.events.flatMap((e) => [e.id, ...e.aliases]))
    const lost = indexBefore.events.filter((e) => !afterEvents.has(e.id)).map((e) => `${e.id} ${e.sources[0]?.text}`)
    expect(lost).toEqual([])
    const [bodiesBefore, bodiesAfter] = [await treeBytes(join(before.out, 'articles')), await treeBytes(join(after.out, 'articles'))]
    for (const [name, bytes] of bodiesBefore) expect(bodiesAfter.get(name)?.equals(bytes), name).toBe(true)
  }, 120_000)
})
