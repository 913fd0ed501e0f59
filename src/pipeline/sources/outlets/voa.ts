/**
 * Voice of America Chinese (voachinese.com). Meta line `<div><i>Sun, 11 Oct 2020 14:21:41 GMT</i></div>`
 * is RFC 1123 in GMT; the zone presented is UTC, as the line says.
 */
import { rfc1123Line } from '../published'
import { type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { dayInPath } from './url-dates'

export const voaReader: OutletReader = {
  outlet: 'voa',
  matches: (host) => /(^|\.)(voachinese|voanews|voacantonese)\.com$/.test(host),
  classify: sharedClassify,
  dateLines: [rfc1123Line],
  timeZone: 'UTC',
  urlDate: dayInPath,
  boilerplate: [],
  leadMarker: null,
  titleSuffix: null,
}
