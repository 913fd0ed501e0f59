/**
 * Writes a data set to a folder: index.json and articles/<id>.json. Each changed file is written
 * to a temporary name and renamed into place, index.json last, so a reader never sees a
 * half-written file; unchanged files are not touched; bodies of articles no longer in the data
 * set are removed.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dataset } from './build'

export interface WriteReport {
  files: number
  /** Files whose content changed (the others were left untouched). */
  changed: number
  bytes: number
  largest: { file: string; bytes: number }
}

export async function writeDataset(out: string, dataset: Dataset): Promise<WriteReport> {
  const articlesDir = join(out, 'articles')
  await mkdir(articlesDir, { recursive: true })
  const files: [string, string][] = [
    ...dataset.bodies.map((b): [string, string] => [join('articles', `${b.id}.json`), JSON.stringify(b)]),
    ['index.json', JSON.stringify(dataset.index)],
  ]
  let changed = 0
  for (const [name, text] of files) {
    const path = join(out, name)
    // An unchanged file is left alone: a re-ingest of an unchanged corpus then writes nothing.
    if ((await readFile(path, 'utf8').catch(() => null)) === text) continue
    const tmp = `${path}.tmp-${process.pid}`
    await writeFile(tmp, text)
    await rename(tmp, path)
    changed++
  }
  const keep = new Set(dataset.bodies.map((b) => `${b.id}.json`))
  for (const name of await readdir(articlesDir)) {
    if (!keep.has(name)) await rm(join(articlesDir, name), { force: true })
  }
  const sizes = files.map(([file, text]) => ({ file, bytes: Buffer.byteLength(text) }))
  return {
    files: files.length,
    changed,
    bytes: sizes.reduce((n, s) => n + s.bytes, 0),
    largest: sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
  }
}
