/**
 * Name patterns the segmenter gets wrong: transliterated names joined by "·" and names followed by
 * a Latin gloss. Both work on the Simplified sentence and return sentence offsets.
 */
import { isKnownPlace, lookupActor, titleList } from '../../lexicon'
import { isTranslitChar } from '../../lexicon/translit'
import type { Candidate } from './candidate'
import type { Token } from './segmenter'

const DOT_NAME = /[\u4e00-\u9fff]+(?:·(?:[\u4e00-\u9fff]+|[A-Z]\.?))*·[\u4e00-\u9fff]+/g
const GLOSS = /([\u4e00-\u9fff·]{2,})([」』”"]?)\s*[（(]\s*([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f.'\- ]{1,60}?)\s*(?:，\s*译音)?\s*[)）]/g
const ORG_GLOSS_WORD = /\b(Party|Ministry|Council|Organi[sz]ation|Association|University|Inc|News|Agency|Committee|Institute|Group|Company|Corporation|Bank|Union|Court|Foundation|Center|Centre|Office|Department|Army|Force|Forces|Front|Movement)\b/i
const ORG_SUFFIX = /(党|部|会|院|组织|公司|集团|大学|银行|委员会|政府|军|社|局|署|中心|基金会|联盟|协会|法院|阵线|运动)$/

/** Length of the longest run of transliteration characters ending at `end` (exclusive). */
function translitRunBack(text: string, end: number, max = 8): number {
  let n = 0
  while (n < max && end - n - 1 >= 0 && isTranslitChar(text[end - n - 1]!)) n++
  return n
}

function translitRunForward(text: string, start: number, max = 8): number {
  let n = 0
  while (n < max && start + n < text.length && isTranslitChar(text[start + n]!)) n++
  return n
}

/** 奥列格·科耶米亚科: trims title/verb characters off both ends with the transliteration set. */
export function dotNames(text: string): Candidate[] {
  const out: Candidate[] = []
  if (!text.includes('·')) return out
  for (const m of text.matchAll(DOT_NAME)) {
    const whole = m[0]
    const firstDot = whole.indexOf('·')
    const lastDot = whole.lastIndexOf('·')
    const head = translitRunBack(whole, firstDot)
    const tail = translitRunForward(whole, lastDot + 1)
    if (head === 0 || tail === 0) continue
    const start = m.index + firstDot - head
    const end = m.index + lastDot + 1 + tail
    const name = text.slice(start, end)
    out.push({ start, end, text: name, name, kind: 'person', via: 'pattern:dot-name', priority: 6 })
  }
  return out
}

/** 姆纳察卡尼扬（Zohrab Mnatsakanyan）, 比根 (Stephen Biegun): the Chinese run before the gloss. */
export function glossNames(text: string, tokens: readonly Token[] = []): Candidate[] {
  const out: Candidate[] = []
  // No bracket, no gloss: and GLOSS backtracks over every run of Han characters it tries.
  if (!text.includes('（') && !text.includes('(')) return out
  for (const m of text.matchAll(GLOSS)) {
    const cjk = stripTitle(m[1]!)
    const latin = m[3]!.trim()
    const quoted = m[2] !== ''
    const org = quoted || ORG_GLOSS_WORD.test(latin) || /^[A-Z]{2,}$/.test(latin) || ORG_SUFFIX.test(cjk)
    const end = m.index + cjk.length
    const token = tokens.find((t) => t.end === end && /^nr/.test(t.tag) && t.word.length >= 2)
    const run = quoted ? Math.min(cjk.length, cjk.length - Math.max(cjk.lastIndexOf('「'), cjk.lastIndexOf('“')) - 1) : org ? orgRunBack(cjk) : afterLastTitle(cjk) || (token ? token.word.length : nameRunBack(cjk))
    if (run < 2) continue
    const start = end - run
    const name = text.slice(start, end)
    if (isKnownPlace(name) || lookupActor(name)?.kind === 'country') continue
    const kind = org ? 'organization' : 'person'
    out.push({ start, end, text: name, name, kind, via: 'pattern:latin-gloss', priority: 6 })
  }
  return out
}

/** "马歇尔博士（Larry Marshall）": the name is before the title. */
function stripTitle(cjk: string): string {
  const t = titleList().find((x) => cjk.endsWith(x) && cjk.length > x.length + 1)
  return t ? cjk.slice(0, -t.length) : cjk
}

/** "防卫大臣岸信夫（Nobuo Kishi）": a 2-4 character run right after the last title is the whole name. */
export function afterLastTitle(cjk: string): number {
  let best = -1
  for (const t of titleList()) {
    const at = cjk.lastIndexOf(t)
    if (at >= 0 && at + t.length > best) best = at + t.length
  }
  const run = cjk.length - best
  return best > 0 && run >= 2 && run <= 4 && !cjk.slice(best).includes('·') ? run : 0
}

/** A person's name before a gloss: a transliteration run (or a short Chinese name, 2-3 chars). */
function nameRunBack(cjk: string): number {
  const lastDot = cjk.lastIndexOf('·')
  if (lastDot > 0) {
    const head = translitRunBack(cjk, cjk.indexOf('·'))
    if (head > 0) return cjk.length - cjk.indexOf('·') + head
  }
  const run = translitRunBack(cjk, cjk.length)
  return run >= 2 ? run : Math.min(cjk.length, 2)
}

/** An organisation before a gloss: back to the last function word or punctuation. */
function orgRunBack(cjk: string): number {
  const cut = Math.max(...['的', '和', '与', '及', '在', '据', '由', '向', '对', '是'].map((w) => cjk.lastIndexOf(w)))
  return Math.min(cjk.length - (cut + 1), 14)
}

export { translitRunForward }
