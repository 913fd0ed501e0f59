/**
 * Ingest as a user meets it: folders of files in, a data set out; bad files reported by name and
 * reason without touching the output of the good ones; the same input always the same bytes.
 */
import { mkdtemp, readFile, readdir, writeFile, cp, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../dataset/build'
import { ingest, readAndProcess } from '../ingest'
import { DataIndex } from '../../schema'

const SEED = 'data/articles/000_ce24b0c64041951c.txt'
const inProcess = { workers: 0, timeoutMs: 30_000, cache: null }

/** A second, invented article in the same dump format, so merging and ordering have something to do. */
const OTHER = `<!--1602500000000-->
[测试新闻：部长访问邻国](https://www.rfi.fr/cn/test/20201012-test)
------

<div>12/10/2020 - 10:30</div><p><strong>外交部长周一抵达邻国首都，开始为期三天的访问。</strong></p><div><p>他在当地时间12日会见了该国总统。双方签署了合作协议。</p></div>`

async function corpusDir(files: Record<string, string | Uint8Array>) {
  const dir = await mkdtemp(join(tmpdir(), 'ingest-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), content)
  }
  return dir
}

describe('ingest', () => {
  it('reports each bad file with its name and reason and keeps the good ones byte-identical', async () => {
    const good = await corpusDir({ 'a/seed.txt': await readFile(SEED), 'b/other.md': OTHER })
    const mixed = await corpusDir({
      'a/seed.txt': await readFile(SEED),
      'b/other.md': OTHER,
      'b/empty.md': '',
      'b/binary.md': new Uint8Array([0, 1, 2, 255, 0, 7]),
      'c/not-an-article.md': '# just some notes\n\nnothing here',
    })
    const clean = await readAndProcess([good], inProcess)
    const dirty = await readAndProcess([mixed], inProcess)
    expect(dirty.docs).toHaveLength(2)
    expect(dirty.skipped.map((d) => d.source.split('/').slice(-1)[0]).sort()).toEqual(['binary.md', 'empty.md', 'not-an-article.md'])
    for (const d of dirty.skipped) expect(d.message.length).toBeGreaterThan(5)
    expect(JSON.stringify(buildDataset(dirty.docs))).toBe(JSON.stringify(buildDataset(clean.docs)))
  })

  it('writes index.json and one body per article that the app schema accepts, the same bytes twice', async () => {
    const input = await corpusDir({ 'seed.txt': await readFile(SEED), 'other.md': OTHER })
    const out1 = await mkdtemp(join(tmpdir(), 'out-'))
    const out2 = await mkdtemp(join(tmpdir(), 'out-'))
    await ingest([input], out1, inProcess)
    await ingest([join(input, 'other.md'), join(input, 'seed.txt')], out2, inProcess)
    const index = JSON.parse(await readFile(join(out1, 'index.json'), 'utf8'))
    expect(DataIndex.safeParse(index).success).toBe(true)
    expect((await readdir(join(out1, 'articles'))).sort()).toEqual(index.articles.map((a: { id: string }) => `${a.id}.json`).sort())
    expect(await readFile(join(out2, 'index.json'), 'utf8')).toBe(await readFile(join(out1, 'index.json'), 'utf8'))
  })

  it('leaves an unchanged data set untouched on re-ingest, and rewrites only what changed', async () => {
    const input = await corpusDir({ 'seed.txt': await readFile(SEED) })
    const out = await mkdtemp(join(tmpdir(), 'out-'))
    const first = await ingest([input], out, inProcess)
    const again = await ingest([input], out, inProcess)
    expect(first.written?.changed).toBe(2)
    expect(again.written).toMatchObject({ files: 2, changed: 0 })
    await writeFile(join(input, 'other.md'), OTHER)
    const grown = await ingest([input], out, inProcess)
    // the new article's body and the index; the seed's body is the same bytes as before
    expect(grown.written).toMatchObject({ files: 3, changed: 2 })
  })

  it('keeps article and event ids when another article is added', async () => {
    const alone = await corpusDir({ 'seed.txt': await readFile(SEED) })
    const withOther = await corpusDir({ 'seed.txt': await readFile(SEED), 'other.md': OTHER })
    const before = buildDataset((await readAndProcess([alone], inProcess)).docs).index
    const after = buildDataset((await readAndProcess([withOther], inProcess)).docs).index
    const afterIds = new Set(after.events.flatMap((e) => [e.id, ...e.aliases]))
    expect(before.events.length).toBeGreaterThan(0)
    for (const e of before.events) expect(afterIds).toContain(e.id)
    expect(after.articles.map((a) => a.id)).toContain(before.articles[0]!.id)
  })

  it('takes the same article twice only once, saying which file it kept', async () => {
    const dir = await corpusDir({ 'one.txt': await readFile(SEED) })
    await cp(join(dir, 'one.txt'), join(dir, 'two.txt'))
    const result = await readAndProcess([dir], inProcess)
    expect(result.docs).toHaveLength(1)
    expect(result.skipped[0]!.message).toMatch(/same article as .*one\.txt/)
  })

  it('names a missing input instead of failing the run', async () => {
    const result = await readAndProcess(['/no/such/folder', SEED], inProcess)
    expect(result.docs).toHaveLength(1)
    expect(result.skipped[0]).toMatchObject({ source: '/no/such/folder', message: 'no such file or folder' })
  })
})
