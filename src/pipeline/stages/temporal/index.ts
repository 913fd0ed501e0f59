/**
 * Finds and resolves the time expressions of every sentence (see src/pipeline/temporal for the
 * conventions), against the article's publication time and zone. Offsets become paragraph
 * offsets (sentence.start + offset), like every span in the document.
 */
import type { ArticleDoc, Stage, Timex } from '../../doc'
import { parseTimes } from '../../temporal'

export const temporalStage: Stage = (doc: ArticleDoc) => {
  const ref = { instant: doc.article.published, timeZone: doc.article.timeZone }
  const timexes = doc.sentences.flatMap((sentence): Timex[] =>
    parseTimes(sentence.text, ref, doc.article.language).map((t) => ({
      paragraph: sentence.paragraph,
      sentence: sentence.index,
      start: sentence.start + t.start,
      end: sentence.start + t.end,
      text: t.text,
      time: t.time,
      future: t.future,
    })),
  )
  return { ...doc, timexes }
}
