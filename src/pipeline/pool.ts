/**
 * Runs processArticle over many files, either in this thread or on a pool of worker threads. The
 * pool also enforces the per-file time limit: a worker that runs past it is terminated, the file is
 * reported as timed out and a fresh worker takes the next file. Results come back in input order.
 */
import { Worker } from 'node:worker_threads'
import type { ArticleResult } from './run'
import { processArticle } from './run'

export interface Task {
  path: string
  bytes: Uint8Array
}

export interface PoolOptions {
  /** 0 runs in this thread (no time limit can be enforced then). */
  workers: number
  timeoutMs: number
}

export async function processAll(tasks: readonly Task[], options: PoolOptions): Promise<ArticleResult[]> {
  if (options.workers <= 0 || tasks.length === 0) return tasks.map((t) => processArticle(t.path, t.bytes))
  const results: ArticleResult[] = new Array(tasks.length)
  let next = 0
  const lane = async () => {
    let worker = spawn()
    try {
      while (next < tasks.length) {
        const id = next++
        const task = tasks[id]!
        const outcome = await runOne(worker, id, task, options.timeoutMs)
        if (outcome === 'timeout' || outcome instanceof Error) {
          await worker.terminate()
          worker = spawn()
          results[id] = failed(task.path, outcome === 'timeout' ? `timed out after ${options.timeoutMs} ms` : `worker failed: ${outcome.message}`)
        } else results[id] = outcome
      }
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.workers, tasks.length) }, lane))
  return results
}

function spawn(): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url))
}

function runOne(worker: Worker, id: number, task: Task, timeoutMs: number): Promise<ArticleResult | 'timeout' | Error> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done('timeout'), timeoutMs)
    const onMessage = (m: { id: number; result: ArticleResult }) => m.id === id && done(m.result)
    const onError = (e: Error) => done(e)
    const onExit = (code: number) => done(new Error(`worker exited with code ${code}`))
    function done(value: ArticleResult | 'timeout' | Error) {
      clearTimeout(timer)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      resolve(value)
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    worker.postMessage({ id, path: task.path, bytes: task.bytes })
  })
}

function failed(path: string, message: string): ArticleResult {
  const file = path.slice(path.lastIndexOf('/') + 1)
  return { path, file, doc: null, diagnostics: [{ rule: 'pipeline/worker', source: path, message, fatal: true }] }
}
