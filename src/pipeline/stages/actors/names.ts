/**
 * Names followed by a Latin gloss, which the segmenter gets wrong. Works on the Simplified sentence
 * and returns sentence offsets.
 */
import { holdsTrigger, isKnownPlace, lookupActor, titleList } from '../../lexicon'
import { isSurname, isTranslitChar } from '../../lexicon/translit'
import { japaneseSurnameAt } from '../../lexicon/japanese'
import type { Candidate } from './candidate'
import { ORG_HEADS, PLACES } from './english-names'
import type { Token } from './segmenter'

const GLOSS = /([\u4e00-\u9fff·]{2,})([」』”"]?)\s*[（(]\s*([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f.'\- ]{1,60}?)\s*(?:[，,]\s*(?:译音|(?:缩写|简称)?\s*[A-Z]{2,8}))?\s*[)）]/g
/** A determiner opens no name (这个协会（the association）). */
const DETERMINER = /^(这个|这家|这所|这位|这名|该|这|那|此|其)/
const ORG_GLOSS_WORD = /\b(Party|Ministry|Council|Organi[sz]ation|Association|University|Inc|News|Agency|Committee|Institute|Group|Company|Corporation|Newspapers|Bank|Union|Court|Foundation|Center|Centre|Office|Department|Army|Force|Forces|Front|Movement|Games|Studios|Entertainment|Media|Technolog(y|ies)|Systems|Airlines|Airways|Motors|Pharmaceuticals|Holdings|Capital|Partners|Ventures|Labs?|Laborator(y|ies)|Networks?|Communications|Electronics|Industries|Software|Alliance|Commission|Bureau|Services?|Times|Journal|Daily|Magazine|Press|Television|Radio|Broadcasting|College|School|Academy|Hospital|Church|Trust|Fund|Project|Initiative|Campaign)\b/i
/** A gloss of a place or a festival, not of a person (山佛市（Sanford）, 排灯节（Diwali）). */
const PLACE_END = /(市|岛|州|省|县|镇|村|府|宫|湖|节|区|港|湾|城|街|路|广场|大道|共和国|王国)$/
/** A quoted Chinese run before the gloss is the title of a work or a group's name. */
const QUOTE_BEFORE = /[“「『"]$/
const ORG_SUFFIX = /(党|部|会|院|组织|公司|集团|大学|银行|委员会|政府|军|社|局|署|中心|基金会|联盟|协会|法院|阵线|运动)$/

/** Length of the longest run of transliteration characters ending at `end` (exclusive). */
function translitRunBack(text: string, end: number, max = 8): number {
  let n = 0
  while (n < max && end - n - 1 >= 0 && isTranslitChar(text[end - n - 1]!)) n++
  return n
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
    // 运动服装公司菲乐(Fila): the name after a word for a kind of firm or body is that firm's (a
    // gloss of two capitalised words spells a person: 科技公司员工王小明(Wang Xiaoming)).
    const kindBefore = /^[A-Z]/.test(latin) && !isPersonGloss(latin, cjk) ? KIND_THEN_NAME.exec(cjk) : null
    // 白俄罗斯人权团体「维斯纳」(Viasna): a quoted name is a body's after a word for a kind of body;
    // else it names a work, a weapon, an exercise (「高脚柜」（Tallboy）, “范畴界定”（scoping exercise）).
    const quotedBody = quoted && /^[A-Z]/.test(latin) && KIND_THEN_QUOTE.test(text.slice(Math.max(0, m.index - 8), m.index))
    const org = quotedBody || ORG_GLOSS_WORD.test(latin) || /^[A-Z]{2,}$/.test(latin) || ORG_SUFFIX.test(cjk) || Boolean(kindBefore)
    if (quoted && !org) continue
    if (!org && (QUOTE_BEFORE.test(text.slice(0, m.index)) || !isPersonGloss(latin, cjk) || PLACE_END.test(cjk))) continue
    const end = m.index + cjk.length
    const acronym = /^[A-Z]{3,6}$/.test(latin)
    // 各国当局和世界卫生组织（WHO）: a whole organisation the segmenter knows before the acronym ends the list.
    const wholeOrg = tokens.find((t) => t.end === end && t.tag === 'nt' && t.word.length >= 4)
    const run = quoted
      ? Math.min(cjk.length, cjk.length - Math.max(cjk.lastIndexOf('「'), cjk.lastIndexOf('“')) - 1)
      : kindBefore && !ORG_SUFFIX.test(cjk) ? kindBefore[2]!.length : org ? orgRunBack(cjk, (acronym || JOINED_GLOSS.test(latin)) && !wholeOrg) : personRunBack(cjk, tokens, end)
    // 经济合作与发展组织(Organization for …), 保守派自由民主党(Liberal Democratic Party): a longer name
    // the gazetteer knows ends at the gloss; its own match stands, not the part after 与 or 自由.
    if (run < 2 || knownNameEndingAt(cjk, run)) continue
    const start = org && !quoted ? afterVerbOrTime(tokens, end - run, end) : end - run
    if (end - start < 2) continue
    const written = text.slice(start, end)
    if (isKnownPlace(written) || lookupActor(written)?.kind === 'country' || DETERMINER.test(written)) continue
    if (org && THING_END.test(written) && !lookupActor(written)) continue
    // An acronym names one country's body (CDC): another country's written before it is its own (中国疾病预防控制中心（CDC）).
    const byAcronym = acronym ? lookupActor(latin) : undefined
    const known = byAcronym && !ownedByOtherCountry(written, byAcronym.country) ? byAcronym : undefined
    const name = known && known.kind !== 'country' ? known.name : written
    const kind = known && known.kind !== 'country' ? known.kind : org ? 'organization' : 'person'
    out.push({ start, end, text: written, name, kind, via: 'pattern:latin-gloss', priority: 6 })
  }
  return out
}

/**
 * Words for a kind of firm or body: a name written right after one is that body's, whether in Han
 * characters before a gloss (公司菲乐(Fila)), in Latin letters (提供商Proximus) or in quotation
 * marks (人权组织“公民力量”).
 */
const BODY_KINDS = '组织|公司|集团|品牌|提供商|制造商|厂商|生产商|运营商|供应商|企业|网站|平台|应用|机构|团体|智库|媒体|电视台|报社|银行|基金会|协会|联盟|政党'

/** A word for a kind of body right before a quotation mark (人权团体「, 民兵组织“). */
const KIND_THEN_QUOTE = new RegExp(`(${BODY_KINDS})[“「『"]$`)

/** A system, pact, programme, report, vessel or week glossed in capitals is no body (一带一路倡议（BRI）, 极星号（Polarstern）). */
const THING_END = /(系统|倡议|协议|协定|计划|目标|报告|事件|身份|抗体|号|周)$/

/** A word for a kind of firm or body, then a short name: the name is the firm's (公司菲乐, 制造商现代汽车). */
const KIND_THEN_NAME = new RegExp(`(${BODY_KINDS})([\\u4e00-\\u9fff]{2,6})$`)

/** An organisation the gazetteer knows, longer than `run`, ends the Chinese run (up to 14 characters). */
function knownNameEndingAt(cjk: string, run: number): boolean {
  for (let n = Math.min(cjk.length, 14); n > run; n--) {
    const kind = lookupActor(cjk.slice(-n))?.kind
    if (kind === 'organization' || kind === 'agency') return true
  }
  return false
}

/** The name opens with a country other than `country` (中国… for the US CDC). */
function ownedByOtherCountry(written: string, country: string | undefined): boolean {
  if (!country) return false
  for (const n of [4, 3, 2]) {
    const e = lookupActor(written.slice(0, n))
    if (e?.kind === 'country') return e.name !== country
  }
  return false
}

/** 窦家豪（音）: a name glossed as transcribed by sound (音), a convention for people the text spells. */
const SOUND_GLOSS = /([\u4e00-\u9fff]{2,4})[（(]音[)）]/g

/** The name before a 音 gloss: three characters from a surname, else the last two. */
export function soundGlossNames(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(SOUND_GLOSS)) {
    const run = m[1]!
    const end = m.index + run.length
    const n = run.length >= 3 && isSurname(run[run.length - 3]!) ? 3 : 2
    const name = run.slice(-n)
    if (lookupActor(name) || isKnownPlace(name)) continue
    out.push({ start: end - n, end, text: name, name, kind: 'person', via: 'pattern:sound-gloss', priority: 6 })
  }
  return out
}

/** A gloss that spells a person: two or more capitalised words (Sophie Pétronin, Felipe VI), or any gloss of a dotted name. */
export function isPersonGloss(latin: string, cjk: string): boolean {
  if (dottedToEnd(cjk)) return true
  const words = latin.split(/\s+/).filter(Boolean)
  return words.length >= 2 && /^[A-Z\u00c0-\u00de]/.test(words[0]!) && /^[A-Z\u00c0-\u00de]/.test(words[words.length - 1]!)
}

/** A dotted name runs right up to the gloss: nothing but transliteration after its last dot. */
function dottedToEnd(cjk: string): boolean {
  const dot = cjk.lastIndexOf('·')
  return dot >= 0 && dot < cjk.length - 1 && [...cjk.slice(dot + 1)].every(isTranslitChar)
}

function personRunBack(cjk: string, tokens: readonly Token[], end: number): number {
  // 拿破仑三世(Napoleon III), 亚利克斯·M·阿扎尔二世(Alex M. Azar II): the reign or generation ends the name.
  const regnal = REGNAL_END.exec(cjk)
  if (regnal) {
    const head = cjk.slice(0, -regnal[0].length)
    // The name as the segmenter keeps it (拿破仑/nr), else a transliteration run.
    const named = tokens.find((t) => t.end === end - regnal[0].length && /^(nr|nz|x|n)/.test(t.tag) && t.word.length >= 2 && t.word.length <= head.length)
    const run = dottedToEnd(head) ? nameRunBack(head) : Math.max(named?.word.length ?? 0, translitRunBack(head, head.length))
    if (run >= 2) return run + regnal[0].length
  }
  const titled = afterLastTitle(cjk)
  if (titled || dottedToEnd(cjk)) return titled || nameRunBack(cjk)
  const japanese = japaneseRunBack(cjk)
  if (japanese) return japanese
  // A word the segmenter calls a name, or does not know at all (佛奇/x before the gloss).
  const token = tokens.find((t) => t.end === end && (/^nr/.test(t.tag) || (t.tag === 'x' && t.word.length <= 4)) && t.word.length >= 2 && t.word.length <= cjk.length)
  const run = Math.min(6, Math.max(token?.word.length ?? 0, translitRunBack(cjk, cjk.length)))
  // A surname that is also a transliteration character (万) counts where the segmenter starts a word.
  const surnameAt = (n: number) =>
    cjk.length >= n && isSurname(cjk[cjk.length - n]!) && (!isTranslitChar(cjk[cjk.length - n]!) || tokens.some((t) => t.start === end - n && t.word.length === 1))
  if (run <= 2 && surnameAt(3)) return 3
  if (run >= 2) return run
  return surnameAt(2) ? 2 : 0
}

/** 副代表横田晃（Akira Yokota）: a Japanese family name of two or more characters and a given name of one to three. */
function japaneseRunBack(cjk: string): number {
  for (let n = Math.min(5, cjk.length); n >= 3; n--) {
    const family = japaneseSurnameAt(cjk, cjk.length - n)
    if (family && n - family.length >= 1 && n - family.length <= 3) return n
  }
  return 0
}

const REGNAL_END = /[一二三四五六七八九十]{1,2}世$/

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
  // 主席的叶望辉: the title qualifies the name through 的.
  if (best > 0 && cjk[best] === '的') best++
  const run = cjk.length - best
  return best > 0 && run >= 2 && run <= 4 && !cjk.slice(best).includes('·') ? run : 0
}

/** A person's name before a gloss: a transliteration run (or a short Chinese name, 2-3 chars). */
function nameRunBack(cjk: string): number {
  const lastDot = cjk.lastIndexOf('·')
  if (lastDot > 0) {
    // Back over the dotted parts that are all transliteration or an initial (约翰·D·克莱门斯), not
    // past one that holds other words (凯蒂·米勒是副总统迈克·彭斯 is 迈克·彭斯).
    let dot = lastDot
    for (let prev = cjk.lastIndexOf('·', dot - 1); prev >= 0; prev = cjk.lastIndexOf('·', dot - 1)) {
      const part = cjk.slice(prev + 1, dot)
      if (!/^[A-Z]$/.test(part) && !(part.length > 0 && [...part].every(isTranslitChar))) break
      dot = prev
    }
    const head = translitRunBack(cjk, dot)
    if (head > 0) return cjk.length - dot + head
  }
  const run = translitRunBack(cjk, cjk.length)
  return run >= 2 ? run : Math.min(cjk.length, 2)
}

/**
 * 徐薰当天紧急召开国家安全保障会议（NSC）: an organisation's name starts after the last time word or
 * event verb before it (a verb inside a name, 联合国减少灾害风险办公室, stays).
 */
function afterVerbOrTime(tokens: readonly Token[], start: number, end: number): number {
  let at = start
  for (const t of tokens) {
    if (t.start < start || t.end >= end) continue
    if (t.tag === 't' || holdsTrigger(t.word)) at = t.end
  }
  return at
}

/**
 * An organisation before a gloss: back to the last function word (的, 在, 了, 包括, 被 …) or punctuation; before an acronym
 * 与/和/及 stay inside the name (疾病预防与控制中心（CDC）).
 */
function orgRunBack(cjk: string, acronym = false): number {
  const last = (stops: readonly string[]) => Math.max(...stops.map((w) => cjk.lastIndexOf(w)))
  const cutAll = last(['的', '和', '与', '及', '在', '据', '由', '向', '对', '是', '了', '括', '被', '把', '就'])
  const cutSafe = last(['的', '在', '据', '由', '向', '对', '是', '了', '括', '被', '把', '就'])
  const before = cjk.slice(cutSafe + 1, cutAll)
  const cut = acronym && before.length >= 2 && !/^[他她我你它们]/.test(before) ? cutSafe : cutAll
  const run = Math.min(cjk.length - (cut + 1), appositionRun(cjk))
  if (run <= MAX_ORG_RUN) return run
  // 澳大利亚联邦科学与工业研究组织（CSIRO）: the limit would cut a country or place that opens the
  // name (大利亚…); the name takes it whole.
  for (let n = Math.min(run, MAX_ORG_RUN + 5); n > MAX_ORG_RUN; n--) if (placeLengthAt(cjk.slice(cjk.length - n)) > n - MAX_ORG_RUN) return n
  return MAX_ORG_RUN
}

/** A gloss that joins two words (Counterintelligence and Security Center): the Chinese name holds its 与 or 和 too. */
const JOINED_GLOSS = /\s(and|&)\s/i

/** How far back a gloss's organisation name runs when nothing else ends it. */
const MAX_ORG_RUN = 14

/** Length of the country or place (2 to 6 characters) that opens `name`, or 0. */
function placeLengthAt(name: string): number {
  for (let n = Math.min(6, name.length - 1); n >= 2; n--) {
    const head = name.slice(0, n)
    if (isKnownPlace(head) || lookupActor(head)?.kind === 'country') return n
  }
  return 0
}

/**
 * 最大的水公司泰晤士水公司（Thames Water）: a kind of firm before its name ends with the same head
 * word; the name is what follows the earlier head.
 */
function appositionRun(cjk: string): number {
  const head = ORG_SUFFIX.exec(cjk)?.[0]
  // One-character heads repeat inside names (工会联合会).
  if (!head || head.length < 2) return cjk.length
  const earlier = cjk.lastIndexOf(head, cjk.length - head.length - 1)
  return earlier < 0 ? cjk.length : cjk.length - (earlier + head.length)
}


/** A word for a kind of organisation (提供商, 武装组织, 电视台 …) right before a Latin name. */
const ORG_KIND_BEFORE = new RegExp(`(${BODY_KINDS})\\s*$`)
const LATIN_RUN = /[A-Z][A-Za-z0-9&'.-]*(?:\s[A-Z][A-Za-z0-9&'.-]*){0,3}/g
/** Gmurzynska Gallery, Iron Art Works, Pen Test Partners: a firm's or body's own name ends in its kind. */
const LATIN_ORG_TAIL = /\s(Gallery|Galleries|Works|Inc\.?|Ltd\.?|Corp\.?|Group|Institute|Association|Foundation|Bank|Museum|Agency|Company|Partners|Labs?|University|College|Council|Society|Fund|Trust|Center|Centre|Capital|Holdings|Technologies|Studios?)$/

/** What a person named in Latin letters does right after the name in Chinese text. */
const SPEAKS_AFTER = /^\s*(表示|说|称|指出|认为|透露|强调|告诉|回应|写道)/

/**
 * 研究人员Robert Jackson表示: in Chinese text, two to four capitalised Latin words right before a
 * speech verb, not in brackets, are a person's name (an institution's, with its head word).
 */
export function latinPersonNames(text: string): Candidate[] {
  if (!/[A-Z]/.test(text) || !/[\u4e00-\u9fff]/.test(text)) return []
  const out: Candidate[] = []
  for (const m of text.matchAll(LATIN_RUN)) {
    const words = m[0].split(/\s/)
    const start = m.index
    const end = start + m[0].length
    if (words.length < 2 || !SPEAKS_AFTER.test(text.slice(end)) || /[(（]\s*$/.test(text.slice(0, start)) || ORG_KIND_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue
    const known = lookupActor(m[0])
    if (PLACES.has(m[0]) || known?.kind === 'country') continue
    // Human Rights Watch表示: an institution's head word makes it one.
    const kind = known?.kind ?? (ORG_HEADS.test(m[0]) || ORG_GLOSS_WORD.test(m[0]) ? 'organization' : 'person')
    out.push({ start, end, text: m[0], name: known?.name ?? m[0], kind, via: 'pattern:latin-name', priority: 5 })
  }
  return out
}

/**
 * 移动通讯网络提供商Proximus宣布, 伊斯兰武装组织Jnim: in Chinese text, a Latin name right after a
 * word for a kind of organisation is that organisation's name (not a gloss: no bracket around it),
 * as is one that ends in its own kind (Gmurzynska Gallery, Iron Art Works).
 */
export function latinOrgNames(text: string): Candidate[] {
  if (!/[A-Z]/.test(text) || !/[\u4e00-\u9fff]/.test(text)) return []
  const out: Candidate[] = []
  for (const m of text.matchAll(LATIN_RUN)) {
    const start = m.index
    const end = start + m[0].length
    const headed = LATIN_ORG_TAIL.test(m[0]) && !/[(（]\s*$/.test(text.slice(0, start))
    if (!(headed || ORG_KIND_BEFORE.test(text.slice(Math.max(0, start - 8), start))) || /[A-Za-z0-9]/.test(text[end] ?? '') || /^\s*[)）]/.test(text.slice(end))) continue
    const known = lookupActor(m[0])
    out.push({ start, end, text: m[0], name: known?.name ?? m[0], kind: known?.kind ?? 'organization', via: 'pattern:latin-org', priority: 5 })
  }
  return out
}

/** A word for a kind of body, then a name in quotation marks (人权组织“公民力量”, 政治团体“社会民主连线”). */
const KIND_THEN_QUOTED = new RegExp(`(${BODY_KINDS})[“「]([^”」，。]{2,12})[”」]`, 'g')

/**
 * 人权组织“公民力量”: the quoted name after a kind of body is that body's. A quotation that opens
 * with an adverb or a time is words quoted, not a name (七国集团“非常”遗憾, 联营集团“将与中国毫无关系”,
 * 公司「未来几周内」将开始).
 */
export function quotedOrgNames(text: string, tokens: readonly Token[] = []): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(KIND_THEN_QUOTED)) {
    const start = m.index + m[1]!.length + 1
    const name = m[2]!
    const known = lookupActor(name)
    if (known && known.kind !== 'organization') continue
    if (tokens.some((t) => t.start === start && (t.tag === 'd' || t.tag === 't'))) continue
    out.push({ start, end: start + name.length, text: name, name: known?.name ?? name, kind: 'organization', via: 'pattern:quoted-org', priority: 5 })
  }
  return out
}
