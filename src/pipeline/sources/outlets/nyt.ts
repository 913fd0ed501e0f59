/**
 * New York Times Chinese (cn.nytimes.com). Meta line `<div><i>byline<br>2020-10-12 11:54:49</i></div>`
 * has no zone; it is Beijing time (the archive captured each of them under an hour after that
 * time read as UTC+8, and hours before it read as UTC), so the zone presented is Asia/Shanghai.
 * A translated article links its English original (点击查看本文英文版), whose URL holds the day
 * it came out in New York: the Chinese text was written then, often days before its own date line.
 */
import { isTag, isText, type Element } from 'domhandler'
import type { PageMeta } from '../html-blocks'
import { isoDate } from '../../temporal/calendar'
import { localDateTimeLine } from '../published'
import { firstRole, type OriginalEdition, type OutletReader } from './reader'
import { sharedClassify } from './shared'
import { dayInPath } from './url-dates'

export const nytReader: OutletReader = {
  outlet: 'nyt',
  matches: (host) => NYT_HOST.test(host),
  classify: firstRole(sharedClassify, (el) => (isFooter(el) ? 'skip' : null)),
  dateLines: [localDateTimeLine('Asia/Shanghai')],
  timeZone: 'Asia/Shanghai',
  urlDate: dayInPath,
  boilerplate: [
    /^(本文最初发表于|翻译[：:]|點擊查看本文英文版|点击查看本文英文版)/,
    /对本文有报道贡献。?$/,
    /^本文根据.{0,30}编译。?$/,
    /^[^，。]{1,40}是(《纽约时报》|时报).{0,30}(记者|社长|编辑|撰稿人|主任|专栏作者|作者)/,
    /^[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)+报道.{0,40}。.{0,60}加入(时报|《纽约时报》)/,
  ],
  leadMarker: null,
  titleSuffix: /\s*-\s*纽约时报中文网\s*$/,
  original: englishOriginal,
}

const NYT_HOST = /(^|\.)nytimes\.com$/

function englishOriginal(page: PageMeta): OriginalEdition | null {
  for (const link of page.links) {
    if (!link.text.includes('英文版')) continue
    const url = URL.canParse(link.href) ? new URL(link.href) : null
    const day = url && NYT_HOST.test(url.hostname) ? dayInPath(url) : null
    if (url && day) return { url: url.href, day: isoDate(day.wall), timeZone: 'America/New_York' }
  }
  return null
}

/**
 * The closing paragraph of each article: author bios, translator and a link to the English
 * original, separated by `<br>`. Recognised by its direct `<a>` child pointing at 英文版.
 */
function isFooter(el: Element): boolean {
  if (el.name !== 'p') return false
  return el.children.some((c) => isTag(c) && c.name === 'a' && c.children.some((t) => isText(t) && t.data.includes('英文版')))
}
