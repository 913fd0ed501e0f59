/**
 * Finds and resolves the time expressions of every sentence (see src/pipeline/temporal for the
 * conventions), against the time the article speaks from (its publication, or for a translation
 * its original's day: sources/speaking-time.ts) and zone, or against the day of a wire dateline
 * (（法新社华盛顿10日电）) when the article opens with one: the audit's reference says which.
 * Offsets are paragraph offsets, like every span in the document.
 */
import type { ArticleDoc, Stage, Timex } from '../../doc'
import { speakingTime } from '../../sources/speaking-time'
import { lastAnchor, timeParser, type CarriedAnchor, type ParsedTime } from '../../temporal'
import { datelineReference, OPENING_PARAGRAPHS } from './dateline'

type TimeParser = (text: string, carried: CarriedAnchor) => ParsedTime[]

interface Pass {
  timexes: Timex[]
  /** The anchor the last paragraph parsed leaves for the next one. */
  carried: CarriedAnchor
}

/**
 * Parses a paragraph at a time, so that 当天 / 次日 / a bare 上午 can lean on a date stated before
 * it (in the paragraph, else in an earlier one), then files each expression under its sentence.
 */
function findTimexes(doc: ArticleDoc, parseTimes: TimeParser, from = 0, to = doc.article.paragraphs.length, carried: CarriedAnchor = {}): Pass {
  const paragraphs = doc.article.paragraphs.slice(from, to)
  return paragraphs.reduce<Pass>((pass, paragraph, i) => {
    const index = from + i
    const times = parseTimes(paragraph.text, pass.carried)
    const sentences = doc.sentences.filter((s) => s.paragraph === index)
    const found = times.flatMap((t): Timex[] => {
      const sentence = sentences.find((s) => t.start >= s.start && t.end <= s.end)
      if (!sentence) return []
      return [{ paragraph: index, sentence: sentence.index, start: t.start, end: t.end, text: t.text, time: t.time, futureClause: t.futureClause, future: t.future }]
    })
    return { timexes: [...pass.timexes, ...found], carried: lastAnchor(times, pass.carried) }
  }, { timexes: [], carried })
}

export const temporalStage: Stage = (doc: ArticleDoc) => {
  const publication = speakingTime(doc.article)
  // Only the opening can hold a dateline: the rest is parsed once, against whichever reference
  // the opening decides, carrying on from the anchor the opening left.
  const atPublication = timeParser(publication, doc.article.language)
  const opening = findTimexes(doc, atPublication, 0, OPENING_PARAGRAPHS)
  const dateline = datelineReference(doc, opening.timexes, publication)
  if (!dateline) {
    const rest = findTimexes(doc, atPublication, OPENING_PARAGRAPHS, undefined, opening.carried)
    return { ...doc, timexes: translatorsTimes(doc, [...opening.timexes, ...rest.timexes]) }
  }
  return {
    ...doc,
    timexes: findTimexes(doc, timeParser(dateline, doc.article.language)).timexes,
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

type Parse = ReturnType<typeof timeParser>

/** In a translation, the times its translator and editors wrote are read from the translation's own date line. */
function translatorsTimes(doc: ArticleDoc, timexes: Timex[]): Timex[] {
  const original = doc.article.original
  if (!original) return timexes
  const parse = timeParser({ instant: doc.article.published, timeZone: doc.article.timeZone }, doc.article.language)
  return editorsNotes(doc, translatorsLastWeek(original.day, timexes, parse), parse)
}

/**
 * An editor's note in a translation (（本周二起，上座率上限上调至75%——编注）) is written on the
 * Chinese edition's day, not the original's: its times are read from the translation's date line.
 */
function editorsNotes(doc: ArticleDoc, timexes: Timex[], parse: Parse): Timex[] {
  return timexes.map((t) => {
    const text = doc.article.paragraphs[t.paragraph]?.text ?? ''
    const open = text.lastIndexOf('（', t.start)
    const close = text.indexOf('）', t.end)
    if (open < 0 || close < 0 || text.slice(open, t.start).includes('）') || !EDITORS_NOTE.test(text.slice(open, close + 1))) return t
    const again = parse(t.text, {})[0]
    return again ? { ...t, time: again.time } : t
  })
}

const EDITORS_NOTE = /^（(编注|编者注)[：:]|(——|—|－)\s*(编注|编者注)[。.]?）$/

/**
 * A translation's 上周六 may be the translator's own, written on the Chinese edition's Monday for
 * the original's "on Saturday": read from the original's day it would fall a week before. Read
 * from the translation's date line instead whenever that lands on or before the original's day.
 */
function translatorsLastWeek(originalDay: string, timexes: Timex[], parse: Parse): Timex[] {
  return timexes.map((t) => {
    if (t.time.audit.rule !== 'zh/weekday-last-week') return t
    const again = parse(t.text, {})[0]
    const day = again?.time.start.slice(0, 10)
    return again && day && day <= originalDay && day !== t.time.start.slice(0, 10) ? { ...t, time: again.time } : t
  })
}
