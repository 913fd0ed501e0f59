/**
 * New York Times Chinese (cn.nytimes.com). Meta line `<div><i>byline<br>2020-10-12 11:54:49</i></div>`
 * has no zone; it is Beijing time (the archive captured each of them under an hour after that
 * time read as UTC+8, and hours before it read as UTC), so the zone presented is Asia/Shanghai.
 */
import { localDateTimeLine } from '../published'
import { type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { dayInPath } from './url-dates'

export const nytReader: OutletReader = {
  outlet: 'nyt',
  matches: (host) => /(^|\.)nytimes\.com$/.test(host),
  classify: sharedClassify,
  dateLines: [localDateTimeLine('Asia/Shanghai')],
  timeZone: 'Asia/Shanghai',
  urlDate: dayInPath,
  boilerplate: [/^(本文最初发表于|翻译[：:]|点击查看本文英文版)/],
  leadMarker: null,
  titleSuffix: /\s*-\s*纽约时报中文网\s*$/,
}
