/**
 * Finds and resolves the time expressions of every sentence (see src/pipeline/temporal for the
 * conventions), against the article's publication time and zone, or against the day of a wire
 * dateline (（法新社华盛顿10日电）) when the article opens with one: the audit's reference says
 * which. Offsets become paragraph offsets (sentence.start + offset), like every span in the document.
 */
import type { ArticleDoc, Stage, Timex } from '../../doc'
import { parseTimes } from '../../temporal'
import { datelineReference, type Reference } from './dateline'

function findTimexes(doc: ArticleDoc, ref: Reference): Timex[] {
  return doc.sentences.flatMap((sentence): Timex[] =>
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
}

export const temporalStage: Stage = (doc: ArticleDoc) => {
  const publication = { instant: doc.article.published, timeZone: doc.article.timeZone }
  const first = findTimexes(doc, publication)
  const dateline = datelineReference(doc, first, publication)
  if (!dateline) return { ...doc, timexes: first }
  return {
    ...doc,
    timexes: findTimexes(doc, dateline),
    diagnostics: [
      ...doc.diagnostics,
      {
        rule: 'temporal/dateline-reference',
        source: doc.path,
        message: `relative times resolved against the dateline day ${dateline.instant.slice(0, 10)}, not the publication ${publication.instant}`,
        fatal: false,
      },
    ],
  }
}
