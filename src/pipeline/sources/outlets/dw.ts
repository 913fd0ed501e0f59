/**
 * Deutsche Welle Chinese (dw.com). Meta line `<div><i>[byline]<br>2020-10-10T10:30:22.292Z</i></div>`
 * is UTC, and the zone presented is UTC, as the line says. The lead opens with `（德国之声中文网）`,
 * stripped; the author/agency and copyright lines close the article.
 */
import { isoUtcLine } from '../published'
import { type OutletReader } from './reader'
import { sharedClassify } from './shared'

export const dwReader: OutletReader = {
  outlet: 'dw',
  matches: (host) => /(^|\.)dw\.(com|de)$/.test(host),
  classify: sharedClassify,
  dateLines: [isoUtcLine],
  timeZone: 'UTC',
  urlDate: () => null,
  boilerplate: [/^.{0,40}德国之声版权声明/, /^.{0,40}德國之聲版權聲明/],
  leadMarker: /^\s*[(（]\s*德国之声中文网\s*[)）]\s*|^\s*[(（]\s*德國之聲中文網\s*[)）]\s*/,
  titleSuffix: /\s*\|\s*DW\s*\|.*$/,
}
