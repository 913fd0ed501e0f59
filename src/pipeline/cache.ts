/**
 * Content-addressed cache of per-article results: the key is the hash of the file's bytes and of
 * the pipeline's own source, so an unchanged file is not processed again and any change to the
 * code invalidates everything. Safe to delete at any time.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile, rename } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleResult } from './run'

const PIPELINE_ROOTS = ['../pipeline', '../schema'].map((p) => fileURLToPath(new URL(p, import.meta.url)))

/** Hash of every pipeline and schema source file (tests excluded). */
export async function pipelineFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  for (const root of PIPELINE_ROOTS) {
    for (const file of (await listFiles(root)).sort()) {
      hash.update(relative(root, file)).update(await readFile(file))
    }
  }
  return hash.digest('hex').slice(0, 16)
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) {
      if (e.name !== '__tests__' && e.name !== 'fixtures') out.push(...(await listFiles(path)))
    } else if (/\.(ts|json|txt)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(path)
  }
  return out
}

export interface ResultCache {
  get(bytes: Uint8Array): Promise<ArticleResult | null>
  set(bytes: Uint8Array, result: ArticleResult): Promise<void>
}

export function fileCache(dir: string, fingerprint: string): ResultCache {
  const pathOf = (bytes: Uint8Array) => {
    const key = createHash('sha256').update(fingerprint).update(bytes).digest('hex')
    return join(dir, key.slice(0, 2), `${key}.json`)
  }
  return {
    async get(bytes) {
      try {
        return JSON.parse(await readFile(pathOf(bytes), 'utf8')) as ArticleResult
      } catch {
        return null
      }
    },
    async set(bytes, result) {
      const path = pathOf(bytes)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(`${path}.tmp-${process.pid}`, JSON.stringify(result))
      await rename(`${path}.tmp-${process.pid}`, path)
    },
  }
}
