/**
 * Titles: "外长拉夫罗夫" (title + name → the name, a person, with its title and nationality) and
 * "朝鲜领导人" / "这位总统" / "该州长" (a title standing for a person → a coreference candidate).
 */
import { TITLE_QUALIFIERS, lookupActor, titleAt, titleGroup, triggerWordAt } from '../../lexicon'
import { isSurname, isTranslitChar } from '../../lexicon/translit'
import { japaneseSurnameAt } from '../../lexicon/japanese'
import type { Candidate } from './candidate'
import { aspectAt, type Token } from './segmenter'

const DETERMINER = /(这位|该|这名|此|那位|这个|其|两位|该名)$/
/** Groups whose bare title (without 这位/该/country) is too generic to resolve. */
const NEEDS_DETERMINER = new Set(['official', 'person', 'spokesperson', 'lawmaker', 'military', 'ambassador', 'minister'])
const NOT_A_NAME = /^(们|等|府|办公室|一职|职务|候选人|选举|大选|辩论|任期|表示|说|称|的|和|与|及|也|都|在|将|曾|已|还|则|就|又|是|于|对|向|被)/

/** Title occurrences, longest match, on token boundaries when tokens are known. */
function titlesIn(text: string, starts: Set<number> | null): { start: number; end: number; title: string }[] {
  const out: { start: number; end: number; title: string }[] = []
  let i = 0
  while (i < text.length) {
    const t = titleAt(text, i)
    if (t && (!starts || starts.has(i) || starts.has(i + t.length))) {
      out.push({ start: i, end: i + t.length, title: t })
      i += t.length
    } else i++
  }
  return out
}

/** The name right after a title: a person alias, a known candidate, a segmenter name or a transliteration run. */
function nameAfter(text: string, at: number, tokens: readonly Token[], known: readonly Candidate[]): { end: number; name: string } | null {
  const rest = text.slice(at)
  if ((NOT_A_NAME.test(rest) && !surnameAsPreposition(tokens, at)) || startsWithTrigger(rest) || titleAt(text, at) || verbWithAspect(tokens, at)) return null
  const cand = known.filter((c) => c.start === at && c.kind === 'person').sort((a, b) => b.end - a.end)[0]
  if (cand) return { end: cand.end, name: cand.name }
  const japanese = japaneseNameAt(text, at, tokens)
  if (japanese) return { end: japanese, name: text.slice(at, japanese) }
  const chinese = chineseNameAt(text, at, tokens)
  if (chinese) return { end: at + chinese.length, name: lookupActor(chinese)?.name ?? chinese }
  const tok = tokens.find((t) => t.start === at)
  const unknown = unknownWordName(tokens, tok)
  if (unknown) {
    // 陈柏惟则/x 说, 阮宗泽说/x: the segmenter glued the adverb or the speech verb after the name to it.
    const glued = (unknown.end - at >= 4 && GLUED_ADVERB.test(unknown.word)) || (unknown.end - at >= 3 && GLUED_SAYING.test(unknown.word))
    const end = unknown.end - (glued ? 1 : 0)
    return { end, name: text.slice(at, end) }
  }
  if (tok && /^nr/.test(tok.tag) && tok.word.length >= 2 && !titleGroup(tok.word)) {
    const entry = lookupActor(tok.word)
    const run = translitRun(text, at)
    if (!entry && [...tok.word].every(isTranslitChar) && run > tok.word.length) return { end: at + run, name: text.slice(at, at + run) }
    if (!entry || entry.kind === 'person') return { end: tok.end, name: entry?.name ?? tok.word }
  }
  const next = tok ? tokens.find((t) => t.start === tok.end) : undefined
  if (tok && next && /^nr/.test(tok.tag) && tok.word.length === 1 && /^(n|nr|nz|ns)$/.test(next.tag) && next.word.length <= 2 && /^[\u4e00-\u9fff]+$/.test(next.word))
    return { end: next.end, name: tok.word + next.word }
  let n = 0
  while (n < 6 && at + n < text.length && isTranslitChar(text[at + n]!)) n++
  if (n >= 2 && !isWordNotName(tok, at + n) && (!tok || tok.end <= at + n || /^(nr|x|eng)/.test(tok.tag))) return { end: at + n, name: text.slice(at, at + n) }
  return null
}

/** 教授向/p 松祚/x 在…: the surname 向 read as a preposition, before a given name the segmenter does not know. */
function surnameAsPreposition(tokens: readonly Token[], at: number): boolean {
  const tok = tokens.find((t) => t.start === at)
  const next = tok ? tokens.find((t) => t.start === tok.end) : undefined
  const after = next ? tokens.find((t) => t.start === next.end) : undefined
  return tok?.word === '向' && next?.tag === 'x' && CJK_WORD.test(next.word) && next.word.length <= 2 && !OWN_OUTLET.test(next.word) && endsName(after)
}

/** The outlet speaking of itself (教师向本台表示): this station, this paper. */
const OWN_OUTLET = /^本(台|报|刊|网|社)$/

/** An aspect marker after the word makes it a verb the segmenter took for a name (律师陈述/nr 了). */
function verbWithAspect(tokens: readonly Token[], at: number): boolean {
  const tok = tokens.find((t) => t.start === at)
  return Boolean(tok && tok.word.length <= 2 && aspectAt(tokens, tok.end))
}

/** "总统道谢": a verb, adverb or adjective the segmenter keeps whole covers the run; it is no name. */
function isWordNotName(tok: Token | undefined, runEnd: number): boolean {
  return Boolean(tok && tok.word.length >= 2 && /^(v|a|d|vn|ad|an|p|c)/.test(tok.tag) && tok.end >= runEnd)
}

const CJK_WORD = /^[\u4e00-\u9fff]+$/
const GLUED_ADVERB = /[则也亦又还]$/
const GLUED_SAYING = /[说称]$/
/** An unknown word opening with an adverb, a conjunction or a passive (均会, 同处, 获邀, 遭拒) is a phrase, not a name. */
const ADVERB_FIRST = /^[均同都也还将已曾又亦皆仍正便就才再共与和及并在从对向为被把获遭]/

/** Where a name may end: before a time, a verb, a preposition, an adverb, a particle or punctuation. */
function endsName(next: Token | undefined): boolean {
  return !next || /^(t|v|p|d|c|uj|ul)/.test(next.tag) || !/[\u4e00-\u9fff]/.test(next.word)
}

/**
 * "总理巴育周二表示", "官房长官加藤胜信周二表示": a word the segmenter does not know (x), or a
 * name it knows followed by one it does not, right before a time, a verb or punctuation.
 */
function unknownWordName(tokens: readonly Token[], tok: Token | undefined): Token | undefined {
  if (!tok || !CJK_WORD.test(tok.word) || titleGroup(tok.word)) return undefined
  const next = tokens.find((t) => t.start === tok.end)
  const glossed = next && /^[（(]$/.test(next.word) && /^[A-Z]/.test(tokens.find((t) => t.start === next.end)?.word ?? '')
  if (tok.tag === 'x' && tok.word.length >= 2 && tok.word.length <= 4 && !ADVERB_FIRST.test(tok.word) && (nameStart(tok.word) || glossed) && endsName(next)) return tok
  const after = next ? tokens.find((t) => t.start === next.end) : undefined
  // 理事长札西/x 慈仁/x, 扎西/ns 次仁/x, 索朗/x 旺堆/n: a Tibetan name the segmenter cut in two.
  const half = (t: Token | undefined) => Boolean(t && /^(x|ns|nr|nz|n)$/.test(t.tag) && CJK_WORD.test(t.word) && t.word.length === 2)
  if (next && half(tok) && tok.tag !== 'n' && TIBETAN_UYGHUR_START.test(tok.word) && half(next) && endsName(after))
    return { ...tok, word: tok.word + next.word, end: next.end }
  if (/^nr/.test(tok.tag) && tok.word.length <= 2 && next?.tag === 'x' && CJK_WORD.test(next.word) && next.word.length <= 2 && endsName(after)) return next
  return undefined
}

/**
 * A name opens with a surname or a transliteration character, or is one the gazetteer knows, and
 * holds no negation (官员立规/x, 校长研商/x, 神父因不愿/x are not names); else a Latin gloss spells it
 * (副大使太永浩（Thae Yong-ho）).
 */
function nameStart(word: string): boolean {
  if (/[不没未]/.test(word)) return false
  return isSurname(word[0]!) || isTranslitChar(word[0]!) || TIBETAN_UYGHUR_START.test(word) || lookupActor(word) !== undefined
}

/** First characters of Tibetan and Uyghur names that are neither surnames nor in the transliteration set (唯色, 次仁, 强巴, 扎西, 索朗, 买买提). */
const TIBETAN_UYGHUR_START = /^[唯次强平央益贡嘉曲琼才泽买热依扎札索]/

function startsWithTrigger(rest: string): boolean {
  return triggerWordAt(rest, 0) !== undefined
}

/** The country right before a title, allowing a short region in between (俄罗斯远东滨海边疆区州长). */
function countryBefore(known: readonly Candidate[], text: string, at: number): Candidate | undefined {
  return known
    .filter((c) => c.kind === 'country' && c.end <= at && at - c.end <= 10)
    .filter((c) => !/[，。、；：“”"（）()和与及并]/.test(text.slice(c.end, at)))
    .sort((a, b) => b.end - a.end)[0]
}

export function titleMentions(text: string, tokens: readonly Token[], known: readonly Candidate[]): Candidate[] {
  const starts = tokens.length ? new Set(tokens.map((t) => t.start)) : null
  const out: Candidate[] = []
  for (const t of titlesIn(text, starts)) {
    if (known.some((k) => k.kind === 'person' && k.end === t.start && k.via !== 'pattern:name-title')) continue
    // 教皇方济各 as the gazetteer spells it: the title is part of a name already found.
    if (known.some((k) => k.via === 'gazetteer' && k.start <= t.start && t.end < k.end)) continue
    const group = titleGroup(t.title)!
    const country = countryBefore(known, text, t.start)
    // 天主教荣休主教…: a word that qualifies a title (荣休, 候任) is no name, whatever title is before it.
    const found = nameAfter(text, t.end, tokens, known)
    const name = found && !TITLE_QUALIFIERS.has(found.name) ? found : null
    if (name) {
      out.push({ start: t.end, end: name.end, text: text.slice(t.end, name.end), name: name.name, kind: 'person', via: 'pattern:title-name', priority: 7, titleGroup: group, title: t.title, country: country?.name })
      // 研究员黄子为、郭桦: names listed after the first share its title.
      for (const listed of listedNames(text, name.end, tokens)) out.push({ ...listed, kind: 'person', via: 'pattern:title-list', priority: 6, titleGroup: group, title: t.title, country: country?.name })
      continue
    }
    if (known.some((k) => k.end === t.start && (k.kind === 'organization' || k.kind === 'agency')) || titleAt(text, t.end)) continue
    const det = DETERMINER.exec(text.slice(0, t.start))
    if (!det && !country && NEEDS_DETERMINER.has(group)) continue
    // 总统府, 主席国 (the country chairing a body), 代表团: the title is part of another word.
    if (/^(们|府|办公室|选举|大选|候选人|辩论|一职|国|团)/.test(text.slice(t.end))) continue
    const start = det ? t.start - det[0].length : country && country.end === t.start ? country.start : t.start
    const surface = text.slice(start, t.end)
    out.push({ start, end: t.end, text: surface, name: surface, kind: 'person', via: 'coref:title', priority: 5, titleGroup: group, title: t.title, country: country?.name, coref: 'title' })
    // 日本、澳大利亚和印度外长: the title goes with every country listed before it.
    if (country && !det) for (const listed of listedCountries(known, text, country)) out.push({ ...listed, kind: 'person', via: 'coref:title-list', priority: 5, titleGroup: group, title: t.title, country: listed.name, coref: 'title' })
  }
  return out
}

/** The countries listed before `last` (A、B和last): each joined to the next by 、, 和, 与 or 及. */
function listedCountries(known: readonly Candidate[], text: string, last: Candidate): Candidate[] {
  const out: Candidate[] = []
  let next = last
  for (;;) {
    const joiner = /[、丶和与及]$/.exec(text.slice(0, next.start))
    const before = joiner && known.find((c) => c.kind === 'country' && c.end === next.start - 1)
    if (!before) return out
    out.unshift(before)
    next = before
  }
}

/** Names that follow a name after 、, each a surname and one or two characters the segmenter keeps as a name or does not know. */
function listedNames(text: string, from: number, tokens: readonly Token[]): { start: number; end: number; text: string; name: string }[] {
  const out: { start: number; end: number; text: string; name: string }[] = []
  let at = from
  while (text[at] === '、') {
    const tok = tokens.find((t) => t.start === at + 1)
    if (!tok || !/^(nr|x)/.test(tok.tag) || !CJK_WORD.test(tok.word) || tok.word.length < 2 || tok.word.length > 3 || !isSurname(tok.word[0]!)) break
    const name = lookupActor(tok.word)?.name ?? tok.word
    out.push({ start: tok.start, end: tok.end, text: tok.word, name })
    at = tok.end
  }
  return out
}

/** Words of one character that never end a name: particles, conjunctions, prepositions, speech verbs. */
const NOT_LAST_OF_NAME = '的了在和与及是也都就还又将曾已被对向从于说称问'

/** A Chinese personal name after a title: a common surname and one or two more characters, as the segmenter groups them. */
function chineseNameAt(text: string, at: number, tokens: readonly Token[]): string | null {
  if (!isSurname(text[at] ?? '')) return null
  const tok = tokens.find((t) => t.start === at)
  if (!tok || !/^[\u4e00-\u9fff]+$/.test(tok.word)) return null
  if (tok.word.length === 2 && !/^(v|p|c|d|u|m|t|f|r)/.test(tok.tag)) {
    const next = tokens.find((t) => t.start === tok.end)
    const oneMore = next && /^[\u4e00-\u9fff]$/.test(next.word) && !/^(v|p|c|d|u|m|t|f|r|q|y|e|o)/.test(next.tag) && !NOT_LAST_OF_NAME.includes(next.word)
    // The segmenter glued the name's last character to a conjunction, an adverb or a speech verb
    // (李予/信及, 王定/宇则, 祝圣/武说).
    const glued = next && next.tag === 'x' && /^[\u4e00-\u9fff][及和与则亦也又还就都曾已将说称]/.test(next.word) && next.word.length <= 3
    // 黄子/x 为/p 、: the last character, read as a preposition, before the list goes on.
    const listed = next && next.word.length === 1 && /^(p|c|d)/.test(next.tag) && /^[、，,]/.test(text.slice(next.end))
    // 议员王国/ns 兴/v 接受/v: the last character, read as a verb, right before the clause's verb.
    const afterNext = next && tokens.find((t) => t.start === next.end)
    const beforeVerb = next && next.word.length === 1 && next.tag === 'v' && !NOT_LAST_OF_NAME.includes(next.word) && afterNext !== undefined && afterNext.word.length >= 2 && /^v/.test(afterNext.tag)
    return oneMore || listed || beforeVerb ? tok.word + next.word : glued ? tok.word + next.word[0] : tok.word
  }
  // 研究员盛宏说/x: a two-character name glued to the speech verb after it.
  // Not a set phrase or a verb with its aspect marker (人士高举着/l 照片).
  if (tok.word.length === 3 && !/^(v|p|c|d|u|m|t|f|r|l|i)/.test(tok.tag) && !/[着了过]$/.test(tok.word)) {
    // 医生康利上/x 周六: the first character of a time (上周六, 本月) glued to a two-character name.
    const next = tokens.find((t) => t.start === tok.end)
    const gluedTime = /[上下本今昨前]$/.test(tok.word) && next?.tag === 't'
    return tok.tag === 'x' && (GLUED_SAYING.test(tok.word) || gluedTime) ? tok.word.slice(0, 2) : tok.word
  }
  if (tok.word.length === 1) {
    const next = tokens.find((t) => t.start === tok.end)
    // 记者李/明说: the given name glued to the speech verb after it.
    if (next && /^[\u4e00-\u9fff][说称]$/.test(next.word)) return tok.word + next.word[0]
    if (next && /^[\u4e00-\u9fff]{1,2}$/.test(next.word) && givenNameToken(next, tokens)) return tok.word + next.word
  }
  return cutName(text, at, tokens)
}

/** Where a Japanese name may end: a gloss or punctuation, a time or a number, or a verb of saying or acting. */
const JAPANESE_NAME_END = /^([，。、；：！？（(“”"「」]|的|女士|先生|表示|说|称|指出|透露|强调|告诉|直言|坦言|回忆|认为|接受|在|于|曾|也|则|已|将|[0-9０-９]|[一二三四五六七八九十]+[日月])/
const NOT_IN_GIVEN_NAME = /[的了在和与及是也都就还又将曾已被对向从于说称等]/

/**
 * 社长大山晃弘直言, 教授浦田秀次郎（Shujiro Urata）, 外相森喜朗9月18日: a Japanese family name
 * (see lexicon/japanese.ts) and a given name of one to three characters, up to where a name ends.
 * A one-character family name (森, 菅) only with a two-character given name.
 */
function japaneseNameAt(text: string, at: number, tokens: readonly Token[]): number | null {
  const family = japaneseSurnameAt(text, at, true)
  if (!family) return null
  for (const given of family.length === 1 ? [2] : [2, 1, 3]) {
    const end = at + family.length + given
    const word = text.slice(at + family.length, end)
    if (word.length !== given || !CJK_WORD.test(word) || NOT_IN_GIVEN_NAME.test(word)) continue
    const next = tokens.find((t) => t.start === end)
    if (JAPANESE_NAME_END.test(text.slice(end)) || (next && /^(v|p|d|t|c|m)/.test(next.tag))) return end
  }
  return null
}

/** What surely ends a name after a title: punctuation, 的, an honorific or a speech verb. */
const NAME_END = /^([，。、；：！？（(“”"「」]|的|女士|先生|表示|说|称|指出|透露|强调|告诉|对本台|向本台|对记者|向记者|接受)/

/**
 * "教授许章/润的": a name the segmenter cut into pieces that are not names. The surname and one or
 * two characters, on token boundaries, ending where something surely ends a name; a whole word
 * the segmenter knows as a non-name (何时, 高度) is no name.
 */
function cutName(text: string, at: number, tokens: readonly Token[]): string | null {
  for (const n of [3, 2]) {
    const word = text.slice(at, at + n)
    if (!/^[\u4e00-\u9fff]+$/.test(word) || word.length < n || !NAME_END.test(text.slice(at + n))) continue
    // 何方/r 美对/x 本台: the name's last character glued to the preposition after it.
    const glued = tokens.some((t) => t.start === at + n - 1 && t.word.length === 2 && /[对向在和与说称]$/.test(t.word))
    if (!(tokens.some((t) => t.end === at + n) || glued) || '的了在和与及是也都就还又将曾已被对向从于说称'.includes(word[1]!)) continue
    const whole = tokens.find((t) => t.start === at && t.end === at + n)
    if (whole && !/^(nr|x|n|nz)/.test(whole.tag)) continue
    // 周二/t 说: a time, a pronoun, a preposition or a particle inside is no name; but a
    // three-character name may open with a surname the segmenter read into a pronoun (何方/r 美).
    const inside = tokens.filter((t) => t.start >= at && t.end <= at + n && /^(t|r|p|c|u|d)/.test(t.tag))
    const pronounSurname = (t: Token) => n === 3 && t.tag === 'r' && t.start === at && t.word.length === 2
    if (inside.some((t) => !pronounSurname(t)) || /[说称]$/.test(word)) continue
    return word
  }
  return null
}

/**
 * The given name after a lone surname: not a function word; a two-character word the segmenter
 * calls a verb only when it is no trigger and no aspect marker follows it ("局长陈肇始透露").
 */
function givenNameToken(next: Token, tokens: readonly Token[]): boolean {
  if (/^(p|c|d|u|m|t|f|r|q)/.test(next.tag)) return false
  if (!/^v/.test(next.tag)) return true
  const after = tokens.find((t) => t.start === next.end)
  return next.word.length === 2 && !triggerWordAt(next.word, 0) && !/^[了着过]/.test(after?.word ?? '')
}

function translitRun(text: string, at: number): number {
  let n = 0
  while (n < 6 && at + n < text.length && isTranslitChar(text[at + n]!)) n++
  return n
}
