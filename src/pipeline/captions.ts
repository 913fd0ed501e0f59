/**
 * Photo captions mostly repeat the text or show file pictures, so they give no events or mentions.
 * One stamped with the day it was taken (…在金边举行会晤。（2020年10月12日）) or that names a day
 * of its own (周一，特朗普总统在安德鲁斯联合基地登上空军一号) tells what happened that day, like
 * body text.
 */
import type { ArticleDoc } from './doc'
import { speakingTime } from './sources/speaking-time'

const DATED_CAPTION = /[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$/
const FILE_PICTURE = '资料照片|资料图片|资料图|档案照片'
/** 资料照片：… is a file picture, whatever day it carries. */
const FILE_PHOTO = new RegExp(`^\\s*(${FILE_PICTURE})`)
/** A paragraph that labels itself a picture (资料照片：…, 图片：…), caption or not. */
const PICTURE_LABEL = new RegExp(`^\\s*(${FILE_PICTURE}|图片|照片|图)\\s*[：:]`)

/**
 * A caption that tells no event: a file picture's, or one with no day of its own, neither a stamp
 * nor a day or week of the past fortnight in its text (图为2019年8月14日… is a file picture too).
 */
export function isEventlessCaption(doc: ArticleDoc, index: number): boolean {
  const paragraph = doc.article.paragraphs[index]
  if (paragraph?.kind !== 'caption') return false
  if (FILE_PHOTO.test(paragraph.text)) return true
  if (DATED_CAPTION.test(paragraph.text)) return false
  const published = Date.parse(speakingTime(doc.article).instant.slice(0, 10))
  const recent = (day: string) => published - Date.parse(day.slice(0, 10)) <= RECENT_DAYS * 86_400_000
  return !doc.timexes.some((t) => t.paragraph === index && !t.future && OWN_DAY.has(t.time.granularity) && recent(t.time.start))
}

/** How many days before publication a caption's own day may lie and still date the story's picture. */
const RECENT_DAYS = 14
/** Granularities that put a caption's picture on a day, or in a week (上周). */
const OWN_DAY: ReadonlySet<string> = new Set(['week', 'day', 'part-of-day', 'hour', 'minute'])

/**
 * A picture's credit in a caption, wholly in brackets and without a clause (（总统府提供）,
 * （记者夏小华摄）): no sentence of the story. A bracketed editor's note in the body
 * (（周一，特朗普表示…——编注。）) tells news and is no credit.
 */
export function isCredit(paragraph: { kind: string } | undefined, sentence: string): boolean {
  return paragraph?.kind === 'caption' && /^\s*[（(][^（()），,。]*[)）]\s*$/.test(sentence)
}

/** A caption or a labelled picture (资料照片：…（2020年10月5日）): its day dates the picture, not the story. */
export function isPhotoCaption(paragraph: { text: string; kind: string }): boolean {
  return paragraph.kind === 'caption' || PICTURE_LABEL.test(paragraph.text)
}
