/**
 * BBC Chinese (bbc.com/zhongwen). `<time dateTime="YYYY-MM-DD">` gives the date; its text is
 * either a clock time in GMT ("2020年10月2日凌晨5点08分"), a time relative to when the page was
 * rendered ("43 分钟前", counted back from the dump's archive time), or the date again. Without a
 * usable text the date is presented as noon Europe/London, the newsroom's zone, so the calendar
 * day survives any shift of a few hours. Figures carry image credits (`图像来源，…`, skipped) and
 * captions (kept); `<b>` marks the lead and `<h2>` the subheads.
 */
import type { Element } from 'domhandler'
import type { PageTime } from '../html-blocks'
import { dateOnlyNoon, type Published } from '../published'
import { isoInZone, zonedIso } from '../zoned-time'
import { firstRole, hasClass, type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { dayInPath } from './url-dates'

const ZONE = 'Europe/London'
const CLOCK = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间)?\s*(\d{1,2})[点點時时:：](\d{1,2})分?$/
const AGO = /^(\d{1,3})\s*(分钟|分鐘|小时|小時)前$/
const AFTERNOON = new Set(['下午', '傍晚', '晚上', '晚间'])

/** "2020年10月2日凌晨5点08分": the site prints clock times in GMT; presented in London time. */
function clockTime(text: string): Published | null {
  const m = CLOCK.exec(text)
  if (!m) return null
  const hour = Number(m[5]) + ((AFTERNOON.has(m[4] ?? '') || m[4] === '中午') && Number(m[5]) < 11 ? 12 : 0)
  const utc = zonedIso({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour, minute: Number(m[6]), second: 0 }, 'UTC')
  return utc ? { iso: isoInZone(Date.parse(utc), ZONE), timeZone: ZONE } : null
}

/** "43 分钟前" counted back from the archive time, kept only if it lands on the element's date. */
function relativeTime(text: string, datetime: string, archivedMs: number | null): Published | null {
  const m = AGO.exec(text)
  if (!m || archivedMs === null) return null
  const ms = Math.floor(archivedMs / 60_000) * 60_000 - Number(m[1]) * (m[2]!.startsWith('分') ? 60_000 : 3_600_000)
  const onDate = [ZONE, 'UTC'].some((zone) => isoInZone(ms, zone).slice(0, 10) === datetime.trim())
  return onDate ? { iso: isoInZone(ms, ZONE), timeZone: ZONE } : null
}

export function bbcPageTime(time: PageTime, archivedMs: number | null): Published | null {
  return clockTime(time.text) ?? relativeTime(time.text, time.datetime, archivedMs)
}

export const bbcReader: OutletReader = {
  outlet: 'bbc',
  matches: (host) => /(^|\.)bbc\.(com|co\.uk)$/.test(host),
  classify: firstRole(sharedClassify, (el) => {
    if (hasClass(el, 'mediaplayer')) return 'skip'
    // A figure holding a video player: the placeholder and the video's title go together.
    if (hasClass(el, 'figure')) return el.children.some((c) => c.type === 'tag' && hasClass(c as Element, 'video')) ? 'skip' : 'caption'
    return null
  }),
  dateLines: [dateOnlyNoon(ZONE)],
  pageTime: bbcPageTime,
  timeZone: ZONE,
  urlDate: dayInPath,
  boilerplate: [/^(图像加注文字|圖像加註文字)\s*[，,]?$/],
  leadMarker: null,
  titleSuffix: /\s*-\s*BBC\s*News\s*中文\s*$/,
}
