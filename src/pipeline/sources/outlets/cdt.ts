/**
 * China Digital Times (chinadigitaltimes.net, WordPress). No date in the body and only year/month
 * in the URL, so the time comes from the archive epoch; presented in America/Los_Angeles, the
 * site's home zone (WordPress files posts under that zone's month, which the archive times match).
 */
import { type OutletReader } from './reader'
import { sharedClassify } from './shared'

export const cdtReader: OutletReader = {
  outlet: 'cdt',
  matches: (host) => /(^|\.)chinadigitaltimes\.net$/.test(host),
  classify: sharedClassify,
  dateLines: [],
  timeZone: 'America/Los_Angeles',
  urlDate: () => null,
  boilerplate: [/^(来源|來源|原文|图片来源)\s*[：:]/],
  leadMarker: null,
  titleSuffix: /\s*[-–|]\s*中国数字时代\s*$/,
}
