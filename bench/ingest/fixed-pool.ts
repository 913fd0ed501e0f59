/**
 * The pipeline's worker pool protocol (src/pipeline/pool.ts) with workers that load through a .mjs
 * bootstrap registering tsx, to measure how the pool scales once its workers can start under tsx.
 * Same messages as the real pool; no per-file time limit (the bench's files are known to be fine).
 */
import { Worker } from 'node:worker_threads'
import { readFile } from 'node:fs/promises'
import type { ArticleResult } from '../../src/pipeline/run'

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url)

function runOne(worker: Worker, id: number, path: string, bytes: Uint8Array): Promise<ArticleResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { id: number; result: ArticleResult }) => {
      if (m.id !== id) return
      worker.off('message', onMessage).off('error', reject)
      resolve(m.result)
    }
    worker.on('message', onMessage).on('error', reject)
    worker.postMessage({ id, path, bytes })
  })
}

export async function processWithFixedPool(paths: readonly string[], workers: number): Promise<ArticleResult[]> {
  const results: ArticleResult[] = new Array(paths.length)
  let next = 0
  const lane = async () => {
    const worker = new Worker(BOOTSTRAP)
    try {
      while (next < paths.length) {
        const id = next++
        const bytes = new Uint8Array(await readFile(paths[id]!))
        results[id] = await runOne(worker, id, paths[id]!, bytes)
      }
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({ length: Math.min(workers, paths.length) }, lane))
  return results
}
