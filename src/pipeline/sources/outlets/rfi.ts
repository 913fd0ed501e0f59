/**
 * RFI Chinese (rfi.fr). Date line `<div>DD/MM/YYYY - HH:MM</div>` in Paris time, so the zone
 * presented is Europe/Paris. The lead is a top-level `<p><strong>` before the `t-content__body`
 * div; wire briefs have none and end with `© 2020 AFP` (`t-copyright`).
 */
import { rfiLine } from '../published'
import { firstRole, isTopLevel, type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { dayInPath } from './url-dates'

export const rfiReader: OutletReader = {
  outlet: 'rfi',
  matches: (host) => /(^|\.)rfi\.(fr|my)$/.test(host),
  classify: firstRole(sharedClassify, (el) => (el.name === 'p' && isTopLevel(el) ? 'lead' : null)),
  dateLines: [rfiLine],
  timeZone: 'Europe/Paris',
  urlDate: dayInPath,
  boilerplate: [],
  leadMarker: null,
  titleSuffix: /\s*[–-]\s*法国国际广播电台\s*-\s*RFI\s*$/,
}
