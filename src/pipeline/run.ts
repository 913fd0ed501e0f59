/**
 * The per-article pipeline: read → segment → temporal → actors → events. A pure function of the
 * file's bytes (and path, for messages), so it can run in any worker and shard across machines;
 * only the dataset merge (src/pipeline/dataset) looks at more than one article.
 */
import { basename } from 'node:path'
import type { ArticleDoc, Diagnostic, Stage } from './doc'
import { articleId } from './ids'
import { readArticle } from './sources'
import { actorsStage } from './stages/actors'
import { eventsStage } from './stages/events'
import { segmentStage } from './stages/segment'
import { temporalStage } from './stages/temporal'

export const STAGES: readonly (readonly [string, Stage])[] = [
  ['segment', segmentStage],
  ['temporal', temporalStage],
  ['actors', actorsStage],
  ['events', eventsStage],
]

export interface ArticleResult {
  path: string
  file: string
  /** Null when the article was skipped; the fatal diagnostic says why. */
  doc: ArticleDoc | null
  diagnostics: Diagnostic[]
}

export function processArticle(path: string, bytes: Uint8Array): ArticleResult {
  const file = basename(path)
  const read = readArticle(path, bytes)
  if (!read.article) return { path, file, doc: null, diagnostics: read.diagnostics }
  const article = read.article
  const body = article.paragraphs.map((p) => p.text).join('\n')
  let doc: ArticleDoc = {
    path,
    file,
    id: articleId(article.url, article.title, body),
    article,
    sentences: [],
    timexes: [],
    mentions: [],
    events: [],
    diagnostics: read.diagnostics,
  }
  for (const [name, stage] of STAGES) {
    try {
      doc = stage(doc)
    } catch (error) {
      // A stage bug on hostile input must cost one article, never the corpus.
      const message = error instanceof Error ? error.message : String(error)
      const diagnostic = { rule: `pipeline/${name}-crashed`, source: path, message: `${name} stage failed: ${message}`, fatal: true }
      return { path, file, doc: null, diagnostics: [...doc.diagnostics, diagnostic] }
    }
  }
  return { path, file, doc: withoutWorkingData(doc), diagnostics: doc.diagnostics }
}

/** What is cached and sent back: the document without the stages' working data. */
function withoutWorkingData(doc: ArticleDoc): ArticleDoc {
  const { analysis: _analysis, ...result } = doc
  return result
}
