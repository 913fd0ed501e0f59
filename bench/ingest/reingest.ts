/**
 * Re-ingest through the content cache, the way `npm run ingest` runs it: once with an empty
 * cache, once more with the files unchanged; both outputs written and compared byte for byte.
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileCache, pipelineFingerprint } from '../../src/pipeline/cache'
import { buildDataset } from '../../src/pipeline/dataset/build'
import { writeDataset } from '../../src/pipeline/dataset/write'
import { readAndProcess } from '../../src/pipeline/ingest'
import { round, timed } from '../lib/stats'
import { replicate } from './replicate'

interface Run {
  ms: number
  readMs: number
  buildMs: number
  writeMs: number
  cached: number
  events: number
}

export interface Reingest {
  files: number
  workers: number
  cold: Run
  warm: Run
  compare: { same: boolean; detail: string }
}

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const path = join(e.parentPath, e.name)
      out.set(relative(dir, path), await readFile(path))
    }
  }
  return out
}

export async function sameTree(a: string, b: string): Promise<{ same: boolean; detail: string }> {
  const [x, y] = await Promise.all([tree(a), tree(b)])
  const keys = [...new Set([...x.keys(), ...y.keys()])]
  const differing = keys.filter((k) => !x.get(k) || !y.get(k) || !x.get(k)!.equals(y.get(k)!))
  if (differing.length === 0) return { same: true, detail: `${keys.length} files identical` }
  return { same: false, detail: `${differing.length} of ${keys.length} files differ (e.g. ${differing[0]})` }
}

/** `sources` given: they are first copied to `dir` (so the output names one folder). */
export async function reingest(tag: string, dir: string, sources: readonly string[] | null, tmp: string, workers: number, log: (l: string) => void): Promise<Reingest> {
  const files = sources ? (await replicate(sources, dir, sources.length)).length : (await readdir(dir)).length
  const cacheDir = join(tmp, `cache-${tag}`)
  const cache = fileCache(cacheDir, await pipelineFingerprint())
  const run = async (out: string): Promise<Run> => {
    const read = await timed(() => readAndProcess([dir], { workers, timeoutMs: 30_000, cache }))
    const built = await timed(async () => buildDataset(read.value.docs))
    const written = await timed(() => writeDataset(out, built.value))
    return { ms: read.ms + built.ms + written.ms, readMs: read.ms, buildMs: built.ms, writeMs: written.ms, cached: read.value.cached, events: built.value.index.events.length }
  }
  const show = (name: string, r: Run) =>
    log(`  re-ingest ${files} files, ${name}: ${round(r.ms / 1000, 2)} s (process ${round(r.readMs)} ms, merge/build ${round(r.buildMs)} ms, write ${round(r.writeMs)} ms, ${r.cached} cached)`)
  const cold = await run(join(tmp, `out-${tag}-cold`))
  show('empty cache', cold)
  const warm = await run(join(tmp, `out-${tag}-warm`))
  show('warm cache', warm)
  const compare = await sameTree(join(tmp, `out-${tag}-cold`), join(tmp, `out-${tag}-warm`))
  await rm(cacheDir, { recursive: true, force: true })
  return { files, workers, cold, warm, compare }
}
