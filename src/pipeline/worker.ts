/** Worker-thread entry: runs the per-article pipeline on files posted by the pool. */
import { parentPort } from 'node:worker_threads'
import { processArticle } from './run'

parentPort?.on('message', (task: { id: number; path: string; bytes: Uint8Array }) => {
  parentPort!.postMessage({ id: task.id, result: processArticle(task.path, task.bytes) })
})
