/**
 * BBC Chinese (bbc.com/zhongwen). `<time dateTime="YYYY-MM-DD">` gives the date only (its text
 * is a relative "43 分钟前", dropped); presented as noon Europe/London, the newsroom's zone, so the
 * calendar day survives any shift of a few hours. Figures carry image credits (`图像来源，…`,
 * skipped) and captions (kept); `<b>` marks the lead and `<h2>` the subheads.
 */
import type { Element } from 'domhandler'
import { dateOnlyNoon } from '../published'
import { firstRole, hasClass, type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { dayInPath } from './url-dates'

export const bbcReader: OutletReader = {
  outlet: 'bbc',
  matches: (host) => /(^|\.)bbc\.(com|co\.uk)$/.test(host),
  classify: firstRole(sharedClassify, (el) => {
    if (hasClass(el, 'mediaplayer')) return 'skip'
    // A figure holding a video player: the placeholder and the video's title go together.
    if (hasClass(el, 'figure')) return el.children.some((c) => c.type === 'tag' && hasClass(c as Element, 'video')) ? 'skip' : 'caption'
    return null
  }),
  dateLines: [dateOnlyNoon('Europe/London')],
  timeZone: 'Europe/London',
  urlDate: dayInPath,
  boilerplate: [/^(图像加注文字|圖像加註文字)\s*[，,]?$/],
  leadMarker: null,
  titleSuffix: /\s*-\s*BBC\s*News\s*中文\s*$/,
}
