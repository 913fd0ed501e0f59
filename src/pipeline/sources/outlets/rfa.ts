/**
 * Radio Free Asia Mandarin (rfa.org). No date in the body: the URL ends with a stamp
 * `-MMDDYYYYHHMMSS.html` in Washington time (the archive captured each within minutes to hours
 * after it read as America/New_York), so the zone presented is America/New_York. Related-link
 * lists (`<ul><li><b><a>`) and the reporter/editor line are dropped.
 */
import { type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { rfaStamp } from './url-dates'

export const rfaReader: OutletReader = {
  outlet: 'rfa',
  matches: (host) => /(^|\.)rfa\.org$/.test(host),
  classify: sharedClassify,
  dateLines: [],
  timeZone: 'America/New_York',
  urlDate: rfaStamp,
  boilerplate: [],
  leadMarker: null,
  titleSuffix: /\s*[—-]\s*(普通话主页|自由亚洲电台)\s*$/,
}
