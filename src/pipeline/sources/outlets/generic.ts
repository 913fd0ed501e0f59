/**
 * Any other outlet, and plain HTML pages a user brings: every known date-line format, plus the
 * page's `article:published_time` (handled by the caller). Zone UTC: nothing says otherwise.
 */
import { isoUtcLine, isoWithOffset, rfc1123Line } from '../published'
import { type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { dayInPath } from './url-dates'

export const genericReader: OutletReader = {
  outlet: 'unknown',
  matches: () => true,
  classify: sharedClassify,
  dateLines: [isoUtcLine, rfc1123Line, isoWithOffset],
  timeZone: 'UTC',
  urlDate: dayInPath,
  boilerplate: [],
  leadMarker: null,
  titleSuffix: null,
}
