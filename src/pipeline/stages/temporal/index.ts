/**
 * Finds and resolves the time expressions of every sentence (see src/pipeline/temporal for the
 * conventions), against the article's publication time and zone, or against the day of a wire
 * dateline (（法新社华盛顿10日电）) when the article opens with one: the audit's reference says
 * which. Offsets are paragraph offsets, like every span in the document.
 */
import type { ArticleDoc, Stage, Timex } from '../../doc'
import { timeParser, type ParsedTime } from '../../temporal'
import { datelineReference, OPENING_PARAGRAPHS } from './dateline'

type TimeParser = (text: string) => ParsedTime[]

/**
 * Parses a paragraph at a time, so that 当天 / 次日 / a bare 上午 can lean on a date stated in an
 * earlier sentence of the paragraph, then files each expression under the sentence it starts in.
 */
function findTimexes(doc: ArticleDoc, parseTimes: TimeParser, from = 0, to = doc.article.paragraphs.length): Timex[] {
  return doc.article.paragraphs.slice(from, to).flatMap((paragraph, i): Timex[] => {
    const index = from + i
    const sentences = doc.sentences.filter((s) => s.paragraph === index)
    return parseTimes(paragraph.text).flatMap((t): Timex[] => {
      const sentence = sentences.find((s) => t.start >= s.start && t.end <= s.end)
      if (!sentence) return []
      return [{ paragraph: index, sentence: sentence.index, start: t.start, end: t.end, text: t.text, time: t.time, future: t.future }]
    })
  })
}

export const temporalStage: Stage = (doc: ArticleDoc) => {
  const publication = { instant: doc.article.published, timeZone: doc.article.timeZone }
  // Paragraphs are parsed independently and only the opening can hold a dateline: the rest is
  // parsed once, against whichever reference the opening decides.
  const atPublication = timeParser(publication, doc.article.language)
  const opening = findTimexes(doc, atPublication, 0, OPENING_PARAGRAPHS)
  const dateline = datelineReference(doc, opening, publication)
  if (!dateline) return { ...doc, timexes: [...opening, ...findTimexes(doc, atPublication, OPENING_PARAGRAPHS)] }
  return {
    ...doc,
    timexes: findTimexes(doc, timeParser(dateline, doc.article.language)),
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
