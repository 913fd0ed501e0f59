/**
 * Writes a data set to a folder: index.json and articles/<id>.json. Each file is written to a
 * temporary name and renamed into place, index.json last, so a reader never sees a half-written
 * file, and bodies of articles no longer in the data set are removed.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dataset } from './build'

export interface WriteReport {
  files: number
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
  for (const [name, text] of files) {
    const path = join(out, name)
    const tmp = `${path}.tmp-${process.pid}`
    await writeFile(tmp, text)
    await rename(tmp, path)
  }
  const keep = new Set(dataset.bodies.map((b) => `${b.id}.json`))
  for (const name of await readdir(articlesDir)) {
    if (!keep.has(name)) await rm(join(articlesDir, name), { force: true })
  }
  const sizes = files.map(([file, text]) => ({ file, bytes: Buffer.byteLength(text) }))
  return {
    files: files.length,
    bytes: sizes.reduce((n, s) => n + s.bytes, 0),
    largest: sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
  }
}
