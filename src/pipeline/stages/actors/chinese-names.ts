/**
 * Chinese personal names the segmenter splits or leaves untagged: a lone surname token followed by
 * a given-name token (冯/nr 崇义/nrt; or 林/ng 振华/nz when a speech verb or preposition follows), and a name right before a title ("王建国教授表示"), where
 * the title says a person was named.
 */
import { isKnownPlace, lookupActor, titleAt, titleGroup } from '../../lexicon'
import { isSurname } from '../../lexicon/translit'
import type { Candidate } from './candidate'
import type { Token } from './segmenter'

const GIVEN_TAG = /^(nr|nrt|nrfg|nz|x|ng|j)$/
/** What follows a person who speaks or acts: a speech verb or a preposition. */
const ACTS_AFTER = /^(说|称|表示|指出|认为|透露|强调|告诉|回应|坦言|承认|否认|向|对|与|曾|已|被|则|也)$/
const NOT_GIVEN = /^[的了在和与及是也都就还又将曾已被对向从于说称等]/

/** Two-character surnames, which the segmenter keeps apart from the given name (欧阳/ns 娜娜/nrt). */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '慕容', '令狐', '皇甫', '夏侯', '尉迟', '公孙', '长孙', '宇文', '司徒', '端木'])

/**
 * "冯" + "崇义": a one-character surname token tagged a name and a one- or two-character given name;
 * "欧阳" + "娜娜": a two-character surname and a given name the segmenter tags as a name or leaves unknown.
 */
export function splitNames(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const sur = tokens[i]!
    const given = tokens[i + 1]!
    if (COMPOUND_SURNAMES.has(sur.word) && /^[\u4e00-\u9fff]{1,2}$/.test(given.word) && /^(nr|nrt|nrfg|nz|x|ng|j)$/.test(given.tag)) {
      const name = sur.word + given.word
      if (unknownWord(name)) out.push({ start: sur.start, end: given.end, text: name, name, kind: 'person', via: 'pattern:split-name', priority: 2.5 })
      continue
    }
    if (sur.word.length !== 1 || !isSurname(sur.word) || !/^[\u4e00-\u9fff]{1,2}$/.test(given.word) || NOT_GIVEN.test(given.word) || titleGroup(given.word)) continue
    const tagged = /^nr/.test(sur.tag) && GIVEN_TAG.test(given.tag)
    // A given name the segmenter calls a place (吴/nr 美兰/ns 表示) counts only when it is no place we know.
    const givenTag = /^(nz|n|a|nr|nrt|x|j|ng)$/.test(given.tag) || (given.tag === 'ns' && /^nr/.test(sur.tag) && !isKnownPlace(given.word))
    const acting = /^(ng|ns|nr|n)$/.test(sur.tag) && givenTag && ACTS_AFTER.test(tokens[i + 2]?.word ?? '')
    if (!tagged && !acting) continue
    // 唐/nr 某于/x 9月…: 某 keeps the person anonymous and ends the name (唐某); what follows is the sentence's.
    const end = given.word[0] === '某' ? given.start + 1 : given.end
    const name = sur.word + given.word.slice(0, end - given.start)
    if (!unknownWord(name)) continue
    out.push({ start: sur.start, end, text: name, name, kind: 'person', via: 'pattern:split-name', priority: 2.5 })
  }
  return out
}

/**
 * "妻子施明磊告诉本台": a three-character word the segmenter does not know (x), opening with a common
 * surname and followed by a verb, a preposition or 的, is a personal name.
 */
export function unknownSurnameWords(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.tag !== 'x' || !/^[\u4e00-\u9fff]{3}$/.test(t.word) || !isSurname(t.word[0]!) || NOT_GIVEN.test(t.word.slice(1))) continue
    const next = tokens[i + 1]
    if (!next || !(/^(v|p|uj)$/.test(next.tag) || ACTS_AFTER.test(next.word)) || !unknownWord(t.word)) continue
    out.push({ start: t.start, end: t.end, text: t.word, name: t.word, kind: 'person', via: 'pattern:surname-word', priority: 2.5 })
  }
  return out
}

/** "王建国教授表示": the 2-3 characters before a title, starting with a surname, as the segmenter groups them (a name or an unknown word). */
export function namesBeforeTitles(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 1; i < tokens.length; i++) {
    const title = tokens[i]!
    if (titleAt(text, title.start) !== title.word) continue
    const name = nameEndingAt(tokens, i)
    if (!name) continue
    const [start, end] = name
    const word = text.slice(start, end)
    if (!unknownWord(word)) continue
    out.push({ start, end, text: word, name: word, kind: 'person', via: 'pattern:name-title', priority: 6, titleGroup: titleGroup(title.word), title: title.word })
  }
  return out
}

function nameEndingAt(tokens: readonly Token[], titleIndex: number): [number, number] | null {
  const last = tokens[titleIndex - 1]!
  const before = tokens[titleIndex - 2]
  // A word it does not know (x) counts too: 侯芷明/x 女士.
  if (/^[\u4e00-\u9fff]{2,3}$/.test(last.word) && /^(nr|x)/.test(last.tag) && isSurname(last.word[0]!) && !titleGroup(last.word)) return [last.start, last.end]
  if (before && before.word.length === 1 && /^nr/.test(before.tag) && isSurname(before.word) && /^[\u4e00-\u9fff]{1,2}$/.test(last.word) && GIVEN_TAG.test(last.tag)) return [before.start, last.end]
  // 耿潇/x 男/n 女士: an unknown two-character word opening with a surname, and one character more.
  if (before && before.word.length === 2 && before.tag === 'x' && isSurname(before.word[0]!) && /^[\u4e00-\u9fff]$/.test(last.word) && /^(n|ng|nr|x)$/.test(last.tag) && !NOT_GIVEN.test(last.word)) return [before.start, last.end]
  return null
}

/** Not a name the gazetteer or the place list already gives to a country, place or institution (白宫). */
/** Tags of a whole dictionary word that names a thing, not a person (石油, 记者, 中方). */
const COMMON_WORD_TAG = /^(n|v|vn|a|ad|an|d|t|m|f|r|ns|nt|s|q|l|i)$/

/**
 * "欧泓奕：我觉得…" opening a sentence: an interview's answer label. Two or three characters from
 * a common surname, which the segmenter does not hold as one common word, name the person
 * answering (the segmenter often cuts such a name: 欧泓/x 奕/zg).
 */
export function speakerLabels(text: string, tokens: readonly Token[]): Candidate[] {
  const m = /^([\u4e00-\u9fff]{2,3})[：:]/.exec(text)
  if (!m) return []
  const word = m[1]!
  // 杜纳说： is a name and its verb, not a label.
  if (!isSurname(word[0]!) || /[说称道问答]$/.test(word) || !unknownWord(word) || titleGroup(word) || titleAt(word, 0)) return []
  const whole = tokens.find((t) => t.start === 0 && t.end === word.length)
  if (whole && COMMON_WORD_TAG.test(whole.tag)) return []
  return [{ start: 0, end: word.length, text: word, name: word, kind: 'person', via: 'pattern:speaker-label', priority: 3 }]
}

function unknownWord(word: string): boolean {
  const known = lookupActor(word)
  // Words that are no names (NOT_NAMES) are dropped for every pattern in candidatesOf.
  return (!known || known.kind === 'person') && !isKnownPlace(word)
}

/** Honorifics a news text puts after a surname (窦先生, 刘女士). */
const HONORIFIC = /([\u4e00-\u9fff])(先生|女士|小姐|太太)/g

/**
 * 窦先生, 刘女士: a surname and an honorific, the way a text names again someone it named in full
 * (窦家豪 … 窦先生) or keeps anonymous. The surname stands alone as a word (not 老先生, 向女士们).
 */
export function honorificNames(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(HONORIFIC)) {
    const surname = m[1]!
    if (!isSurname(surname) || /^们/.test(text.slice(m.index + m[0].length))) continue
    const tok = tokens.find((t) => t.start === m.index)
    if (!tok || !(tok.word === surname || tok.word === m[0]) || /^(p|c|r|m|q|u)/.test(tok.tag)) continue
    // 曾/d 小姐: a surname the segmenter read as an adverb (曾, once) is one where no subject stands
    // before it for the adverb to go with (高雄的曾小姐, 。曾小姐听到), not in 他曾先生产….
    if (/^d/.test(tok.tag) && !(m.index === 0 || /[的与和及、，,。：:“"（(对向给跟]$/.test(text.slice(0, m.index)))) continue
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], name: m[0], kind: 'person', via: 'coref:honorific', priority: 6, title: m[2], coref: 'surname' })
  }
  return out
}
