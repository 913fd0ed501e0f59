/** The flat per-event lines printed by `extract` (one article's events, in reading order). */
import type { ExtractLine } from '../schema'
import type { ArticleDoc } from './doc'

export function toExtractLines(doc: ArticleDoc): ExtractLine[] {
  const sentenceText = (paragraph: number, index: number) =>
    doc.sentences.find((s) => s.paragraph === paragraph && s.index === index)?.text ?? ''
  return doc.events.map((e) => {
    const sentences = e.sentences.map((s) => sentenceText(s.paragraph, s.sentence))
    return {
      article: doc.file,
      id: e.id,
      type: e.type,
      start: e.time.start,
      end: e.time.end,
      granularity: e.time.granularity,
      uncertain: e.time.uncertain,
      actors: e.actors.map((a) => ({ name: a.name, kind: a.kind })),
      location: e.location,
      text: sentences[0] ?? '',
      sentences,
      confidence: e.confidence,
      audit: e.time.audit,
    }
  })
}
