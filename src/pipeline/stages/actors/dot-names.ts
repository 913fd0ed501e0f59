/**
 * Transliterated names joined by "·" (奥列格·科耶米亚科, 简·H·李). A run of Chinese parts joined by
 * dots is cut into several names wherever a part between two dots is a phrase rather than a name
 * ("凯莱·麦肯纳尼和总统顾问霍普·希克斯" is two people). Each end is trimmed to its run of
 * transliteration characters, or to the segmenter's name token there when that is longer (亚当, 若昂).
 */
import { titleAt } from '../../lexicon'
import { isTranslitChar } from '../../lexicon/translit'
import type { Candidate } from './candidate'
import type { Token } from './segmenter'

const DOT_RUN = /[\u4e00-\u9fff]+(?:·(?:[\u4e00-\u9fff]+|[A-Z]\.?))*·[\u4e00-\u9fff]+/g
const NAME_TAG = /^(nr|x|zg|nz|ns|eng|j)/
const PHRASE_CHARS = /[和与及的在是被向对将把等]/

type Span = readonly [number, number]

/** A middle part that still belongs to the name: an initial, or a short run with no function word or title. */
function isNamePart(text: string, [s, e]: Span): boolean {
  const part = text.slice(s, e)
  if (/^[A-Z]\.?$/.test(part)) return true
  if (part.length > 6 || PHRASE_CHARS.test(part)) return false
  for (let i = s; i < e; i++) if (titleAt(text, i) && !isTranslitChar(text[i]!)) return false
  return true
}

function nameToken(t: Token | undefined): t is Token {
  return Boolean(t && /^[\u4e00-\u9fff]{1,4}$/.test(t.word) && (NAME_TAG.test(t.tag) || [...t.word].every(isTranslitChar)))
}

/** Where the name starts inside the part before its first dot, or null when no name ends there. */
function headStart(text: string, [s, e]: Span, tokens: readonly Token[]): number | null {
  let run = 0
  while (e - run - 1 >= s && run < 8 && isTranslitChar(text[e - run - 1]!)) run++
  const tok = tokens.find((t) => t.end === e && t.start >= s)
  let start = nameToken(tok) ? Math.min(tok.start, e - run) : e - run
  // The segmenter glues a word's last character or a conjunction to an unknown name (候选人|乔 as 人乔, 而乔, 和丽娜).
  while (start < e - 1 && LEADING_FUNCTION.test(text[start]!) && tok?.tag === 'x') start++
  // 抵达沃尔特·里德: the run took the end of a verb (抵达/v) before a name the segmenter knows
  // (沃尔特/nr); the name starts with the known name. A verb of one character may be the name's own
  // first syllable (安/v 德拉/nrt·吉莱斯皮).
  if (nameToken(tok) && start < tok.start) {
    const known = tok.start
    const before = tokens.find((t) => t.start < start && t.end > start && t.end <= known)
    if (before && /^v/.test(before.tag)) start = before.end
  }
  return start < e ? start : null
}

/** Characters that end the word before a name or join it to the sentence, never open a transliterated name. */
const LEADING_FUNCTION = /[人家而和与及以在对向是被将把的了者员长则]/

/**
 * Where the name ends inside the part after its last dot, or null (a token only when tagged a
 * name: 迪尔说 is not one); a function word the run swallowed (…斯因) is cut off.
 */
function tailEnd(text: string, [s, e]: Span, tokens: readonly Token[]): number | null {
  let run = 0
  while (s + run < e && run < 8 && isTranslitChar(text[s + run]!)) run++
  const tok = tokens.find((t) => t.start === s && t.end <= e && /^(nr|ns)/.test(t.tag))
  let end = nameToken(tok) ? Math.max(tok.end, s + run) : s + run
  const tail = tokens.find((t) => t.start > s && t.start < end && t.end >= end && /^(p|c|d|u|v)/.test(t.tag))
  if (tail) end = tail.start
  // 尼克松图书馆: the run took the first character of an institution's head (图 is a transliteration character too).
  for (let k = s + 1; k < end; k++) if (HEAD_INSIDE.test(text.slice(k))) return k
  // 康利博士, 法奈尔海军上校: the run took the first character of the title after the name.
  for (let k = Math.max(s + 1, end - 2); k < end; k++) if (TITLE_INSIDE.test(text.slice(k))) return k
  return end > s ? end : null
}

/** Heads of institutions whose first character may end a transliteration run (图书馆, 博物馆). */
const HEADS_INSIDE_RUN = '图书馆|博物馆|纪念馆|美术馆|基金会'
const HEAD_INSIDE = new RegExp(`^(${HEADS_INSIDE_RUN})`)
/** Titles whose first character may end a transliteration run (博士, 海军上校, 将军). */
const TITLE_INSIDE = /^(博士|海军|陆军|空军|将军|大使|议员|总统|总理|部长|教授|女士|夫人)/

/** "约翰·霍普金斯大学", "沃尔特·里德国家军事医疗中心": the name of an institution, not a person. */
const INSTITUTION_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(大学|学院|医院|医疗中心|中心|研究所|研究院|机场|公司|集团|${HEADS_INSIDE_RUN}|奖)`)
/** A verb or conjunction between the name and the suffix: …盖兹因发现黑洞而获奖 is a sentence, not a prize. */
const PHRASE_AFTER = /[的和与及在是将被对向因而获得于从为]/

/** Length of the institution's name after the person's, or 0. */
function institutionAfter(text: string, end: number): number {
  const m = INSTITUTION_AFTER.exec(text.slice(end))
  return m && !PHRASE_AFTER.test(m[0]) ? m[0].length : 0
}

/** "…科雷亚因涉嫌", "…盖兹因发现黑洞而获奖": 因 opens the next clause (because), it does not end the name. */
function trimBecause(text: string, end: number): number {
  return text[end - 1] === '因' && /^((涉|为|被|此|而|病|故|遭)|[^，。；]{1,30}而)/.test(text.slice(end)) ? end - 1 : end
}

const REGNAL = /^[一二三四五六七八九十]{1,2}世(?![纪界代])/

export function dotNames(text: string, tokens: readonly Token[] = []): Candidate[] {
  const out: Candidate[] = []
  if (!text.includes('·')) return out
  for (const m of text.matchAll(DOT_RUN)) {
    let pos = m.index
    const spans: Span[] = m[0].split('·').map((p) => {
      const span: Span = [pos, pos + p.length]
      pos += p.length + 1
      return span
    })
    let i = 0
    while (i < spans.length - 1) {
      let k = i + 1
      while (k < spans.length - 1 && isNamePart(text, spans[k]!)) k++
      const start = headStart(text, spans[i]!, tokens)
      const tail = tailEnd(text, spans[k]!, tokens)
      if (start !== null && tail !== null) {
        // 肯尼斯·T·库奇内利二世: a generation or a reign (二世, 三世) is part of the name.
        const trimmed = trimBecause(text, tail)
        const end = trimmed + (REGNAL.exec(text.slice(trimmed))?.[0].length ?? 0)
        const more = institutionAfter(text, end)
        const name = text.slice(start, end + more)
        out.push({ start, end: end + more, text: name, name, kind: more ? 'organization' : 'person', via: 'pattern:dot-name', priority: 6 })
      }
      i = k
    }
  }
  return out
}
