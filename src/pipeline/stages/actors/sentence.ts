/**
 * All actor candidates of one sentence, overlaps resolved: patterns beat the gazetteer, the
 * gazetteer beats the segmenter, longer beats shorter. Countries that only qualify a title or a
 * place (俄罗斯总统普京, 俄罗斯远东地区) are dropped; agencies cited as sources are flagged.
 */
import type { SentenceAnalysis } from '../../doc'
import { NOT_BODIES, NOT_NAMES, isKnownPlace, lookupActor, normalizeDots, titleAt, titleGroup, toSimplified } from '../../lexicon'
import { isSurname } from '../../lexicon/translit'
import type { Candidate } from './candidate'
import { gazetteerMentions, institutionMentions, partyPairs, stationedForces } from './gazetteer'
import { bracketedAliases } from './aliases'
import { namedBodies, subjectOrganizations } from './bodies'
import { honorificNames, namesBeforeTitles, speakerLabels, splitNames, unknownSurnameWords } from './chinese-names'
import { placeSubjects } from './place-subjects'
import { englishNames } from './english-names'
import { dotNames } from './dot-names'
import { glossNames, latinOrgNames, latinPersonNames, quotedOrgNames, soundGlossNames } from './names'
import { organizationAnaphors, pronounMentions } from './pronouns'
import { tokenize } from './segmenter'
import { segmenterNames } from './segmenter-names'
import { quotedSpans } from '../../quotes'
import { clauseMates, isSubject } from './subject'
import { titleMentions } from './titles'

export interface SentenceCandidate extends Candidate {
  isSource: boolean
  /** First actor of its clause, not after a preposition (see subject.ts). */
  subject: boolean
}

const PLACE_AFTER_COUNTRY = /^(籍|裔|远东|地区|境内|境外|首都|边境|城市|南部|北部|东部|西部|中部|东南部|西南部|东北部|西北部|各地|全国|国内|领土|领空|海域|一侧|一方的领土|当地)/
const SOURCE_BEFORE = /(据|根据|引述|援引|引用|告诉|向|对|接受)\s*$/
const SOURCE_AFTER = /^([\u4e00-\u9fff]{0,8}\d{1,2}日电|(的)?(报道|报导|引述|援引|称|说|消息|表示|指出|获悉|记者|电|报称|得到|取得|看到|获得|拿到|查阅|采访|披露|援引|分析|计算|统计|当天|周[一二三四五六日]))/

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end
}

export function selectCandidates(all: readonly Candidate[]): Candidate[] {
  const ranked = [...all].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const chosen: Candidate[] = []
  for (const c of ranked) if (!chosen.some((x) => overlaps(x, c))) chosen.push(c)
  return chosen.sort((a, b) => a.start - b.start)
}

/** A prize named after a person (诺贝尔和平奖, 普利策奖): the person takes no part. */
const PRIZE_AFTER = /^(和平|文学|物理学?|化学|经济学|生理学或医学|医学|新闻)?奖/

function isModifier(c: Candidate, text: string, chosen: readonly Candidate[]): boolean {
  if (c.kind === 'person' && PRIZE_AFTER.test(text.slice(c.end))) return true
  if (c.kind !== 'country') return false
  if (PLACE_AFTER_COUNTRY.test(text.slice(c.end))) return true
  return chosen.some((x) => x !== c && x.kind === 'person' && !x.coref && x.country === c.name && x.start >= c.end && x.start - c.end <= 16)
}

function isCitedSource(c: Candidate, text: string): boolean {
  if (c.kind !== 'agency') return false
  return SOURCE_BEFORE.test(text.slice(0, c.start)) || SOURCE_AFTER.test(text.slice(c.end))
}

/** "卢卡申科总统": a title right after a person's name gives the name that title. */
function withTitleAfter(c: Candidate, text: string): Candidate {
  if (c.kind !== 'person' || c.titleGroup || c.coref) return c
  const title = titleAt(text, c.end)
  return title ? { ...c, titleGroup: titleGroup(title), title } : c
}

/** "普京（Vladimir Putin）": the Latin inside a gloss repeats the name before it. */
function isLatinGloss(c: Candidate, text: string): boolean {
  return /^[A-Za-z]/.test(c.text) && /[\u4e00-\u9fff]\s*[（(][^（()）]*$/.test(text.slice(0, c.start))
}

/**
 * 南中国海, 内蒙古, 北爱尔兰, 上海南京东路: a name that starts inside a place word the segmenter keeps
 * whole, after one character of direction or age or before a place's own ending, is part of that
 * place, not the actor. 中国香港 and a segmenter slip like 符合中国/ns keep their names.
 */
function insidePlace(c: Candidate, tokens: SentenceAnalysis['tokens']): boolean {
  return tokens.some((t) => t.tag === 'ns' && t.start < c.start && c.start < t.end && (c.start - t.start === 1 || PLACE_ENDING.test(t.word.slice(c.end - t.start))))
}
const PLACE_ENDING = /^[\u4e00-\u9fff]?(路|街|道|区|县|市|州|省|海|湖|河|山|岛)$/

/** Simplified analysis text (same length as the input) and its tokens. */
export function analyse(text: string): SentenceAnalysis {
  const simple = normalizeDots(toSimplified(text))
  return { simple, tokens: tokenize(simple) }
}

/** What a sentence yields on its own, before the article's repeated names join in. */
export interface SentenceFinds {
  analysis: SentenceAnalysis
  /** Names, gazetteer and institution matches: what titles may attach to. */
  known: Candidate[]
  /** Segmenter names and pronouns. */
  rest: Candidate[]
}

export function sentenceFinds(analysis: SentenceAnalysis): SentenceFinds {
  const { simple, tokens } = analysis
  const pairs = partyPairs(simple)
  const gaz = [...gazetteerMentions(simple).filter((c) => !isLatinGloss(c, simple) && !pairs.some((p) => p.start < c.end && c.start < p.end) && !insidePlace(c, tokens)), ...pairs]
  const names = [...dotNames(simple, tokens), ...glossNames(simple, tokens), ...soundGlossNames(simple), ...latinOrgNames(simple), ...latinPersonNames(simple), ...quotedOrgNames(simple, tokens), ...namesBeforeTitles(simple, tokens), ...speakerLabels(simple, tokens), ...englishNames(simple)]
  const known = [...names, ...gaz, ...institutionMentions(simple, gaz), ...stationedForces(simple), ...namedBodies(simple, tokens), ...subjectOrganizations(tokens)]
  return { analysis, known, rest: [...splitNames(tokens), ...unknownSurnameWords(tokens), ...placeSubjects(tokens), ...pronounMentions(simple), ...organizationAnaphors(simple), ...honorificNames(simple, tokens)] }
}

/** The sentence's candidates with `extra` ones (the article's repeated names) among the known. */
export function candidatesOf(text: string, finds: SentenceFinds, extra: readonly Candidate[] = []): SentenceCandidate[] {
  const { simple, tokens } = finds.analysis
  const known = [...finds.known, ...extra]
  const all = [...known, ...titleMentions(simple, tokens, known), ...segmenterNames(tokens, simple, known), ...finds.rest].filter((c) => !commonWord(c))
  const first = selectCandidates(all)
  const chosen = selectCandidates([...first, ...bracketedAliases(simple, first), ...listedPeople(simple, first, tokens)]).map((c) => withTitleAfter(c, simple))
  return chosen
    .filter((c) => !isModifier(c, simple, chosen))
    // New keys before the spread: after it, V8 takes a slow path (microseconds per object).
    .map((c, _, kept) => ({
      isSource: isCitedSource(c, simple),
      subject: isSubject(c, kept, simple),
      ...c,
      text: text.slice(c.start, c.end),
      ...(c.coref === 'pronoun' ? { excludes: [...clauseMates(c, kept, simple), ...quotedPeople(c, kept, simple)] } : {}),
    }))
}

/**
 * “我断言这个行动背后是普京，”他上周表示: a pronoun outside a quotation is its speaker, not a
 * person the quotation names.
 */
function quotedPeople(c: Candidate, all: readonly Candidate[], text: string): string[] {
  const spans = quotedSpans(text)
  const inside = (x: Candidate) => spans.some(([s, e]) => x.start >= s && x.end <= e)
  if (inside(c)) return []
  return all.filter((x) => !x.coref && x.kind === 'person' && inside(x)).map((x) => x.name)
}

/** A name in a list of people: a surname and one or two characters, alone between 、 (or 和, 与, 及, the list's end). */
const LISTED = /^[\u4e00-\u9fff]{2,3}$/
const LIST_END = /^[、，,。；;和与及等]/
/** What may stand before a list's first name (长沙某机构的程渊、…, ：程渊、…). */
const LIST_OPEN = /(^|[的，,：:；;（(“"]|包括)$/

/**
 * 黄之锋、邹家成、朱凯迪: a name the segmenter cut (邹家/nrfg 成/n) or does not know (程渊/x)
 * between two names of a list of people, or after one, or before one at the list's start, is a
 * person too; so is the last one after 和, 与 or 及 when the segmenter keeps it whole as an
 * unknown word or a name (…、刘永泽和吴葛健雄/x 自…).
 */
function listedPeople(text: string, chosen: readonly Candidate[], tokens: SentenceAnalysis['tokens']): Candidate[] {
  const out: Candidate[] = []
  const taken = (start: number, end: number) => [...chosen, ...out].some((c) => c.start < end && start < c.end)
  const add = (start: number, end: number) => {
    const word = text.slice(start, end)
    out.push({ start, end, text: word, name: word, kind: 'person', via: 'pattern:listed-name', priority: 3 })
  }
  const pending = chosen.filter((c) => c.kind === 'person' && !c.coref)
  for (const first of pending) {
    // Before the first name: 的程渊、刘永泽.
    if (text[first.start - 1] === '、') {
      const tok = tokens.find((t) => t.end === first.start - 1)
      if (tok && unknownName(tok, 3) && LIST_OPEN.test(text.slice(0, tok.start)) && !taken(tok.start, tok.end)) add(tok.start, tok.end)
    }
  }
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!
    if (text[p.end] === '、') {
      const start = p.end + 1
      let end = start
      while (end < text.length && !LIST_END.test(text.slice(end)) && end - start <= 3) end++
      const word = text.slice(start, end)
      if (!LISTED.test(word) || !isSurname(word[0]!) || !LIST_END.test(text.slice(end)) || lookupActor(word) || isKnownPlace(word)) continue
      if (taken(start, end)) continue
      // A word the segmenter knows whole (黄金/n, 石油/n) is a thing listed, not a name it cut.
      const whole = tokens.find((t) => t.start === start && t.end === end)
      if (whole && !/^(nr|x)/.test(whole.tag)) continue
      add(start, end)
      pending.push(out[out.length - 1]!)
    } else if (/^[和与及]/.test(text.slice(p.end)) && text[p.start - 1] === '、') {
      // The list's last name: …、刘永泽和吴葛健雄.
      const tok = tokens.find((t) => t.start === p.end + 1)
      if (tok && unknownName(tok, 4) && !taken(tok.start, tok.end)) add(tok.start, tok.end)
    }
  }
  return out
}

/** A token the segmenter does not know or calls a name, of two to `max` characters, opening with a surname. */
function unknownName(tok: SentenceAnalysis['tokens'][number], max: number): boolean {
  return /^(nr|x)/.test(tok.tag) && tok.word.length >= 2 && tok.word.length <= max && /^[\u4e00-\u9fff]+$/.test(tok.word) && isSurname(tok.word[0]!) && !lookupActor(tok.word) && !isKnownPlace(tok.word)
}

/** A common word some pattern took for a name (麦克风) or a body (超级大国); not a word that refers back (该公司). */
function commonWord(c: Candidate): boolean {
  if (c.coref) return false
  return c.kind === 'person' ? NOT_NAMES.has(c.name) : c.kind === 'organization' && NOT_BODIES.has(c.name)
}

/** `analysis` is `analyse(text)`, passed in when the caller already has it. */
export function sentenceCandidates(text: string, extra: readonly Candidate[] = [], analysis: SentenceAnalysis = analyse(text)): SentenceCandidate[] {
  return candidatesOf(text, sentenceFinds(analysis), extra)
}
