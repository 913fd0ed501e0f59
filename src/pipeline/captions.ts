/**
 * Photo captions mostly repeat the text or show file pictures, so they give no events or mentions.
 * One stamped with the day it was taken (…在金边举行会晤。（2020年10月12日）) tells what happened
 * that day, like body text.
 */
import type { ArticleDoc } from './doc'

const DATED_CAPTION = /[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$/
const FILE_PICTURE = '资料照片|资料图片|资料图|档案照片'
/** 资料照片：… is a file picture, whatever day it carries. */
const FILE_PHOTO = new RegExp(`^\\s*(${FILE_PICTURE})`)
/** A paragraph that labels itself a picture (资料照片：…, 图片：…), caption or not. */
const PICTURE_LABEL = new RegExp(`^\\s*(${FILE_PICTURE}|图片|照片|图)\\s*[：:]`)

type Paragraph = ArticleDoc['article']['paragraphs'][number]

/** A caption that tells no event: one with no day of its own, or a file picture's. */
export function isEventlessCaption(paragraph: Paragraph | undefined): boolean {
  return paragraph?.kind === 'caption' && (!DATED_CAPTION.test(paragraph.text) || FILE_PHOTO.test(paragraph.text))
}

/** A caption or a labelled picture (资料照片：…（2020年10月5日）): its day dates the picture, not the story. */
export function isPhotoCaption(paragraph: { text: string; kind: string }): boolean {
  return paragraph.kind === 'caption' || PICTURE_LABEL.test(paragraph.text)
}
