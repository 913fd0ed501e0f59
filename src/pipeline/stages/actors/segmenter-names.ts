/**
 * Names the segmenter tags (nr, nrt, nrfg person; nt organisation) that no pattern or gazetteer
 * entry covered. Lowest priority: jieba's guesses are often wrong on foreign names.
 */
import { NOT_NAMES, isKnownPlace, lookupActor, placeSuffixes, titleAt, titleGroup, triggerWordAt } from '../../lexicon'
import { isSurname, isTranslitChar } from '../../lexicon/translit'
import type { Candidate } from './candidate'
import { aspectAt, type Token } from './segmenter'
import { insideWorkTitle } from '../../quotes'


const TIME_CHARS = /[年月日周今昨明早晚时]/

/** A weekday (周一, 周末), not the surname 周. */
const WEEKDAY = /^周[一二三四五六日末]/

/** A plausible person name: a Chinese name with a common surname (周伟, not 周一), or a transliteration. */
function looksLikePerson(word: string): boolean {
  if (isSurname(word[0]!) && word.length <= 3 && !WEEKDAY.test(word) && !TIME_CHARS.test(word.slice(1))) return true
  if (TIME_CHARS.test(word)) return false
  return [...word].every(isTranslitChar)
}

function isTriggerWord(word: string): boolean {
  for (let i = 0; i < word.length - 1; i++) {
    const w = triggerWordAt(word, i)
    if (w && (i === 0 || i + w.length === word.length)) return true
  }
  return false
}

/** Words before a place, not a person: 来自特拉华, 俄亥俄州克利夫兰, 前往迈阿密. */
const PLACE_BEFORE = /(来自|位于|前往|抵达|飞往|飞抵|到访|出生于|生于|[州省市县])$/

/** "特朗普总统道谢": a word right after a name and its title is what the person does, not a name. */
function afterNamedTitle(at: number, text: string, known: readonly Candidate[]): boolean {
  return known.some((k) => k.kind === 'person' && !k.coref && (titleAt(text, k.end)?.length ?? -1) + k.end === at)
}

/** "瑞德" + "西韦", "廷" + "巴克图": a transliteration the segmenter cut in two is one foreign word (a drug, a town), not a name. */
function cutForeignWord(t: Token, tokens: readonly Token[]): boolean {
  if (![...t.word].every(isTranslitChar)) return false
  const next = tokens.find((n) => n.start === t.end)
  const prev = tokens.find((p) => p.end === t.start)
  const joined = (n: Token | undefined, max: number) => Boolean(n && new RegExp(`^[\\u4e00-\\u9fff]{1,${max}}$`).test(n.word) && [...n.word].every(isTranslitChar) && !/^(v|p|c|d|u|r)/.test(n.tag))
  return joined(next, 3) || joined(prev, 1)
}

const ADMINISTRATIVE_END = /^[\u4e00-\u9fff]{2,}(县|市|省|州|区|镇|乡|村|郡)$/
const FESTIVAL_END = /^[\u4e00-\u9fff]{2,}节$/

const GROUP_AFTER = /^(女子|男子|妇女|少女|女孩|男孩|族|裔)/

/** Characters that end a word the segmenter guessed, not a given name (万人, 戴着, 李在, 康利称). */
const NOT_GIVEN_CHAR = /[着上起在为到对于有姓聚得攻企北说称案会人剂冠师店向]$/
/** What follows a person who speaks or acts: a speech verb or a preposition. */
const ACTS_AFTER = /^(说|称|表示|指出|认为|透露|强调|告诉|回应|坦言|承认|否认|在|向|对|与|和|曾|已|被|则|也|等|是|于|从|跟|同|把|给)/

/**
 * A Chinese name the segmenter does not know and keeps as an untagged word (x): a common surname
 * and one or two characters; a two-character one only before a speech verb or preposition.
 */
function unknownChineseName(t: Token, tokens: readonly Token[]): boolean {
  if (t.tag !== 'x' || !/^[\u4e00-\u9fff]{2,3}$/.test(t.word) || !isSurname(t.word[0]!) || NOT_GIVEN_CHAR.test(t.word)) return false
  if (t.word.length === 3) return true
  const next = tokens.find((n) => n.start === t.end)
  return ACTS_AFTER.test(next?.word ?? '')
}


const LOWER_CASE_GLOSS = /^\s*[（(]\s*[a-z]/

/** Is the token a part, not the whole, of a quotation that a Latin gloss follows? */
function insideGlossedTitle(t: Token, text: string): boolean {
  const open = text.slice(0, t.start).search(/[“「『][\u4e00-\u9fff·]*$/)
  const close = /^[\u4e00-\u9fff·]*[”」』]\s*[（(]\s*[A-Za-z]/.exec(text.slice(t.end))
  return open >= 0 && close !== null && (open + 1 < t.start || /^[\u4e00-\u9fff]/.test(close[0]))
}

/**
 * 兰萨罗/nr 特岛, 乌斯秋尔特/nr 高原: one or two transliteration syllables the segmenter left
 * after the word, then the kind of place `suffix`: the word is the start of a place's name.
 */
function placeAfterSyllables(after: string, suffix: string): boolean {
  let n = 0
  while (n < 2 && isTranslitChar(after[n] ?? '')) n++
  return n > 0 && after.startsWith(suffix, n)
}

export function segmenterNames(tokens: readonly Token[], text = '', known: readonly Candidate[] = []): Candidate[] {
  const out: Candidate[] = []
  for (const t of tokens) {
    const person = /^(nr|nrt|nrfg)$/.test(t.tag) || unknownChineseName(t, tokens)
    const org = t.tag === 'nt'
    if (!person && !org) continue
    if (t.word.length < 2 || !/^[\u4e00-\u9fff·]+$/.test(t.word) || NOT_NAMES.has(t.word) || titleGroup(t.word)) continue
    if (lookupActor(t.word) || isKnownPlace(t.word) || isTriggerWord(t.word)) continue
    if (person && !looksLikePerson(t.word)) continue
    if (org && t.word.length < 4) continue
    const after = text.slice(t.end)
    if (placeSuffixes().some((s) => after.startsWith(s) || (person && placeAfterSyllables(after, s)))) continue
    if (person && (PLACE_BEFORE.test(text.slice(0, t.start)) || afterNamedTitle(t.start, text, known))) continue
    if (person && cutForeignWord(t, tokens)) continue
    // Before 女子 / 族 / 裔 the word names a people or caste (达利特女子, 罗兴亚族), not a person.
    if (person && GROUP_AFTER.test(after)) continue
    // Right after a number it is a unit (102/m 克拉/nr), not a person.
    if (person && tokens.some((p) => p.end === t.start && p.tag === 'm')) continue
    // An aspect marker after it makes the word a verb (陈述/nr 了).
    if (person && t.word.length === 2 && aspectAt(tokens, t.end)) continue
    // jieba's dictionary tags many common words nr (高峰, 高昂, 陈述, 王子): a two-character one
    // shaped like a Chinese name, not a transliteration (苏菲), is one only where it acts (周伟说);
    // after a title (记者周伟) the title-name pattern has taken it already.
    if (person && t.word.length === 2 && isSurname(t.word[0]!) && ![...t.word].every(isTranslitChar) && !ACTS_AFTER.test(after)) continue
    // A three-character word ending in a function word is a phrase the dictionary tags nr (屈服于).
    if (person && t.word.length === 3 && isSurname(t.word[0]!) && NOT_GIVEN_CHAR.test(t.word) && !lookupActor(t.word)) continue
    // A word ending in an administrative unit names a place (宫城县/nr), one ending in 节 a festival (万圣节/nr).
    if (person && (ADMINISTRATIVE_END.test(t.word) || FESTIVAL_END.test(t.word))) continue
    // Before a number it is a quantity word (多达/nrt 万人).
    if (person && /^([\d０-９]|[数几上]?[十百千万亿]|[一二三四五六七八九两]+[十百千万亿])/.test(after)) continue
    // Part of a quoted title glossed in Latin (“坑卡斯特”(Concast), “麦哲伦号”(Magellan)): the whole names a thing.
    if (insideGlossedTitle(t, text)) continue
    // In title marks it names a work (医学杂志《柳叶刀》); glossed in lower case, a people or a thing
    // (部落约鲁巴（the Yoruba tribe）).
    if (insideWorkTitle(text, t.start, t.end) || LOWER_CASE_GLOSS.test(after)) continue
    out.push({ start: t.start, end: t.end, text: t.word, name: t.word, kind: person ? 'person' : 'organization', via: 'segmenter', priority: 2 })
  }
  return out
}
