/**
 * Where ingest time goes: the per-article pipeline run stage by stage (the same order as
 * src/pipeline/run.ts STAGES) with each stage's time summed over the files.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ArticleDoc } from '../../src/pipeline/doc'
import { articleId } from '../../src/pipeline/ids'
import { STAGES } from '../../src/pipeline/run'
import { readArticle } from '../../src/pipeline/sources'

export interface StageTimes {
  files: number
  /** Milliseconds per stage name (read = decode + HTML + outlet reader), summed over files. */
  ms: Record<string, number>
}

export async function stageTimes(paths: readonly string[]): Promise<StageTimes> {
  const ms: Record<string, number> = { read: 0, ...Object.fromEntries(STAGES.map(([name]) => [name, 0])) }
  const inputs = await Promise.all(paths.map(async (p) => ({ path: p, bytes: new Uint8Array(await readFile(p)) })))
  for (const { path, bytes } of inputs) {
    let t = performance.now()
    const read = readArticle(path, bytes)
    ms.read! += performance.now() - t
    if (!read.article) continue
    const article = read.article
    let doc: ArticleDoc = {
      path, file: basename(path), id: articleId(article.url, article.title, article.paragraphs.map((p) => p.text).join('\n')),
      article, sentences: [], timexes: [], mentions: [], events: [], diagnostics: read.diagnostics,
    }
    for (const [name, stage] of STAGES) {
      t = performance.now()
      try {
        doc = stage(doc)
      } catch {
        break
      }
      ms[name]! += performance.now() - t
    }
  }
  return { files: paths.length, ms }
}
