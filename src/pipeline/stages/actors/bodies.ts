/**
 * Organisations named by a place and a head (北京市第二中级人民法院, 广东海警局, 北京某某生物技术有限公司):
 * the head from the lexicon, the start at the place the segmenter or the place list knows, or at a
 * foreign name no list holds (卡迪夫大学, 泰晤士水公司), or for a firm at a name of its own the
 * segmenter does not know (恒大集团). Without one in front ("该法院", "这家公司", "犯罪集团") nothing
 * is named.
 */
import { BUREAU_HEADS, COMPANY_HEADS, COURT_HEAD, FOREIGN_FIRM_HEAD, isKnownPlace, lookupActor, lazy } from '../../lexicon'
import { isTranslitChar } from '../../lexicon/translit'
import type { Candidate } from './candidate'
import type { Token } from './segmenter'

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const HEAD = lazy(() => new RegExp(`(${COURT_HEAD})|(${alt(BUREAU_HEADS)})|(${alt(COMPANY_HEADS)})|(${FOREIGN_FIRM_HEAD})`, 'g'))

type HeadKind = 'body' | 'company' | 'foreign-firm'
const CHAMBER = /^(参议院|众议院|上议院|下议院|国会|议会)$/
/** Tokens that may sit between the place and the head of a court or a bureau (第二, 中级, 市, 海警). */
const BODY_TAG = /^(ns|nt|nz|b|n|j|vn)$/
/** An ordinal is part of a court's name (第二中级人民法院), a count is not (一家法院). */
const ORDINAL = /^第[一二三四五六七八九十]+$/
/** Tokens that may form a company's own name. */
const FIRM_TAG = /^(ns|nt|nz|n|j|b|x|nr|nrt|vn|v|eng)$/

function isPlaceToken(t: Token): boolean {
  const known = lookupActor(t.word)
  return t.tag === 'ns' || isKnownPlace(t.word) || known?.kind === 'country' || /^[\u4e00-\u9fff]{2,}(省|市|州|县|区)$/.test(t.word)
}

/** A foreign proper name spelt in Chinese (卡迪夫, 汉森, 泰晤士), not a country or a known actor. */
function isForeignName(t: Token): boolean {
  return /^(x|nr|nrt|nrfg|ns|nz)$/.test(t.tag) && isForeignWord(t.word)
}

/** Two or more transliteration characters no list holds. */
function isForeignWord(word: string): boolean {
  return word.length >= 2 && [...word].every(isTranslitChar) && !lookupActor(word)
}

/**
 * Can the name start at this token? A place, or a foreign name. A bare 公司 needs a foreign name,
 * or a place other than a country with a word of the firm's own between (泰晤士水公司, not 伦敦公司).
 */
function opensName(t: Token, kind: HeadKind, headStart: number): boolean {
  // A chamber's committee (众议院外交事务委员会).
  if (kind === 'body' && CHAMBER.test(t.word)) return true
  if (kind !== 'foreign-firm') return isPlaceToken(t) || isForeignName(t)
  return isForeignName(t) || (t.tag === 'ns' && t.end < headStart && lookupActor(t.word)?.kind !== 'country')
}

/** Start of the name: the leftmost place token in the run of allowed tokens before the head. */
function nameStart(tokens: readonly Token[], headStart: number, kind: HeadKind): number | null {
  const inside = tokens.find((t) => t.start < headStart && t.end > headStart)
  if (inside) {
    const own = kind !== 'foreign-firm' && /^(nt|ns|nz)$/.test(inside.tag) ? placePrefix(inside, headStart) : null
    // A body's own name the segmenter keeps whole (国防委员会) may still follow its place (英国下议院国防委员会).
    return own ?? (inside.tag === 'nt' && kind === 'body' ? nameStart(tokens, inside.start, kind) : null)
  }
  let at = headStart
  let start: number | null = null
  let brand: number | null = null
  for (let i = tokens.findIndex((t) => t.end === headStart); i >= 0; i--) {
    const t = tokens[i]!
    if (t.end !== at || !/^[\u4e00-\u9fffA-Za-z]+$/.test(t.word) || !(ORDINAL.test(t.word) || isForeignName(t) || (kind === 'body' ? BODY_TAG : FIRM_TAG).test(t.tag)) || headStart - t.start > 14) break
    if (opensName(t, kind, headStart)) start = t.start
    if (kind === 'company' && BRAND_TAG.test(t.tag) && !lookupActor(t.word)) brand = t.start
    at = t.start
  }
  return start ?? brand
}

/**
 * A firm's own name the segmenter does not know (恒大/x 集团, 振华/nz 数据信息技术有限公司): with
 * no place in front, a company's name starts at the leftmost such word before its head.
 */
const BRAND_TAG = /^(x|nz|nrt)$/

/**
 * An organisation the segmenter keeps as one token (上海市公安局, 诺丁汉大学/nz): it must open with a
 * place, or be a foreign name before its head.
 */
function placePrefix(t: Token, headStart: number): number | null {
  const foreign = isForeignWord(t.word.slice(0, headStart - t.start))
  return /^[\u4e00-\u9fff]{2,}?(省|市|州|县|区)/.test(t.word) || [2, 3, 4].some((n) => isKnownPlace(t.word.slice(0, n))) || foreign ? t.start : null
}

export function namedBodies(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(HEAD())) {
    const kind: HeadKind = m[4] !== undefined ? 'foreign-firm' : m[3] !== undefined ? 'company' : 'body'
    const start = nameStart(tokens, m.index, kind)
    if (start === null) continue
    const end = m.index + m[0].length
    // A country's authorities are its institution (中国当局, see the gazetteer), not a place's body
    // (美国有关当局 is the country's too).
    if (m[0] === '当局' && lookupActor(tokens.find((t) => t.start === start)?.word ?? '')?.kind === 'country') continue
    const name = text.slice(start, end)
    out.push({ start, end, text: name, name, kind: 'organization', via: 'pattern:named-body', priority: 5.5 })
  }
  return out
}

/** Heads that make a run of nouns an organisation's name (国际艾滋病协会, 总统辩论委员会). */
const ORG_HEAD = /(协会|委员会|组委会|基金会|联合会|研究院|研究所|学会|理事会|联盟|组织)$/
const NAME_PART_TAG = /^(n|nz|ns|nt|j|b|vn|eng)$/

/** A verb before the clause ends, from token `from` on. */
function verbInClause(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && !/^[，,。；;]$/.test(tokens[i]!.word); i++) if (/^v/.test(tokens[i]!.tag)) return true
  return false
}

/**
 * 国际艾滋病协会说…, 总统辩论委员会还将…: a run of nouns ending with an organisation's head that
 * opens its clause and is followed by a verb (after adverbs or a time) is that organisation, even
 * with no place in front. A single head word (委员会表示) names nothing.
 */
export function subjectOrganizations(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !/^[，,。；;：:“"（(]$/.test(tokens[i - 1]!.word)) continue
    let j = i
    while (j < tokens.length && NAME_PART_TAG.test(tokens[j]!.tag) && /^[\u4e00-\u9fffA-Za-z]+$/.test(tokens[j]!.word) && j - i < 6) j++
    const last = tokens[j - 1]
    if (j - i < 2 || !last || !ORG_HEAD.test(last.word)) continue
    let k = j
    while (k < tokens.length && /^(d|t|ad)$/.test(tokens[k]!.tag)) k++
    // …还将两位候选人的距离改为…: after 将 / 把 the verb comes after its object.
    const disposal = tokens.slice(j, k).some((t) => /^(将|把)$/.test(t.word))
    if (!/^v/.test(tokens[k]?.tag ?? '') && !(disposal && verbInClause(tokens, k))) continue
    const start = tokens[i]!.start
    const name = tokens.slice(i, j).map((t) => t.word).join('')
    if (name.length < 4 || lookupActor(name)) continue
    out.push({ start, end: last.end, text: name, name, kind: 'organization', via: 'pattern:org-subject', priority: 4 })
  }
  return out
}
