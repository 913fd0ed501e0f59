/**
 * Finds the trigger of a clause: lexicon words on token boundaries, longest first, skipping
 * nominal uses that are not happenings (访问期间, 这是…首次访问), negated ones (未曾签署) and words
 * inside long quotations, occasions framing the predicate (在集会上说) and reasons (因…被捕). One
 * trigger per clause: its main predicate (see mainPredicate).
 */
import { triggersAt, triggerWordAt, type TriggerEntry } from '../../lexicon'
import type { Token } from '../actors/segmenter'
import type { Clause } from './clauses'
import { isStatistic } from './statistics'
import { insideWorkTitle } from '../../quotes'

export interface TriggerHit {
  entry: TriggerEntry
  /** Offsets into the sentence. */
  start: number
  end: number
  word: string
  /** Inside a quotation: reported by a speaker, less certain. */
  quoted?: boolean
}

const NOT_AFTER = /^(方|各方|双方|地区|期间|之际|之行|人数|总数|率|数量|数字|比例|营|中(?![国共方华央东])|时(?![任间代期])|前夕|计划|图谋|阴谋|对手|阵营|团队|总部|搭档|行程|一事|问题|的消息|的报道|者|人员|前(?![往总任副])|之前|之后|以来|结果|投票日|日期|活动|措施|限制|能力|权利|法案|法律|话题|案|工作)/
/** 被劫持四年后终于获释: a trigger a span and 后 follow only dates what comes next; it is not the clause's predicate. */
const SPAN_AFTER = /^[了]?[零一二三四五六七八九十两几数\d]+(年|个月|周|天|日|小时)(之)?后/

/** 白宫发言人声明，…: a noun of saying right before the words said is the verb. */
function saidAsVerb(hit: TriggerHit, sentence: string): boolean {
  return hit.word === '声明' && /^[，,：:]/.test(sentence.slice(hit.end))
}

/**
 * A negator before the trigger, unless a 为…而 / 因…而 phrase ends between them (为无法兑现承诺而道歉);
 * 不点名 (without naming), 不幸 (sadly), 不断 (again and again), 不得不 (had to) … negate nothing.
 */
const NEGATED = /((未曾|并未|从未|尚未|没有|无法|不会|不能|拒绝|否认|禁止)[^，。而]{0,16}|(未|没|(?<!得)不(?!点名|幸|断|久|时|停|少|仅|但|过|得不))[^，。而]{0,2})$/
/**
 * A determiner before the trigger makes it a reference to an event already told (该访问); 首次
 * does only as a noun phrase (他的首次访问, 这是首次访问), not as an adverb (他首次检测呈阳性).
 */
const NOMINAL_BEFORE = /((该|这次|此次|这一|这个|这场|那次|本次|其|这条|这项|这些|该项|这份|那些)|(此次|这次|以往|今年(?!早些时候|以来|早|稍早|初|年初|底)|(?:的|是|为)首次|本次|往年|距离|无论谁赢得|赢得)[^，。中上时里后]{0,4})$/
/** Nouns that only report a happening when a light verb makes them one (举行阅兵, 发生冲突). */
const NOUN_TRIGGERS = new Set(['大选', '选举', '初选', '阅兵', '阅兵式', '冲突', '事故', '峰会', '贸易', '关税', '出口', '进口', '禁令', '黑名单', '诉讼', '辩论', '演习', '军演', '礼物', '协议', '战斗', '战役', '对话', '援助', '声明'])
const LIGHT_VERB = /(举行|进行|发生|爆发|展开|开始|举办|召开|发动|遭遇|遭到|引发|结束|宣布|实施|实行|恢复|爆发了|参加|出席|赢得|输掉|发起|提出|提起|发出|发布|发表|征收|加征)[^，。]{0,8}$/
/**
 * Words that are a verb or a noun (卫生部周日报告 / 他的报告指, 拜登质疑… / 受到质疑, 政府决定… /
 * 做出决定, 外长答复… / 外长的答复): the noun is no happening, nor is 决定 as "determine"
 * (可以决定…, 决定由谁…).
 */
const NOUN_OR_VERB = new Set(['报告', '质疑', '决定', '答复'])
/** 被外界形容为…, 用一句老话来形容: how something is described, not someone describing it. */
const DESCRIBED = /(被|用[^，。]{0,12}来)[^，。]{0,10}$/
/** 报告指 / 文章指: what a document says is the document's, dated or not by its own verb (报告 above). */
const DOCUMENT_BEFORE = /(报告|文章|研究|调查|文件|数据|声明)$/
const NOUN_MARK_BEFORE = /(的|份|篇|项|该|其|这|此|受到|遭到|出现|引发|引起|面临|作出|做出|个|些|一系列|可以|能|有权)$/
const NOUN_MARK_AFTER = /^(所|把|和|与|中|里|内|显示|认为|称为|被|也|亦|声|是|表明|如何|怎样|是否|由谁|谁|哪|什么|了[^，。]{0,8}(人|们|的))/
/** …or when what follows says it took place, or that it marked an occasion (以阅兵式庆祝…). */
const NOUN_HAPPENS_AFTER = /^(在|于|期间|中|时)?[^，。]{0,6}(举行|进行|发生|爆发|生效|继续|持续|落下帷幕|落幕|拉开帷幕|开幕|闭幕|开打|登场|达到了?高潮)|^(式|仪式)?(庆祝|纪念)/
const GENERIC_CLAUSE = /^(目前|当前|眼下|现在)?(这是|这将是|这也是|此为|这被视为|这一|其中|而这|分析人士|专家|评论|观察人士|如果|假如|一旦|若|是否|为何|为什么|鉴于|由于|因为|随着|正值|通过|为了|但是鉴于)/
/** A short clause ending in 后/前/时/期间 only dates the next one (谈判结束后，…). */
const TIME_CLAUSE = /^[^，。]{0,14}(后|之后|以后|前|之前|以前|时|期间|之际)[，,]?$/
/**
 * A clause of purpose said after the act (…，这样做是为了吸引美台进行谈判; …，以便…): what it names
 * is aimed at, not done. One opening with 为了 is a generic clause already.
 */
const PURPOSE_CLAUSE = /^((这样做|此举|这么做)?是(为了|以便)|以便)/
/** The trigger only names what a plan or risk is about (袭击…的计划); a speaker's 否认…的指控 is verb and object. */
const PLAN_AFTER = /^[^，。]{0,12}的(计划|可能|可能性|风险|威胁|能力|问题|说法|传言|指控)/
/**
 * 在…上 / 在…中 / 在…期间 frames where the clause's predicate happens (在集会上说, 在会谈中达成):
 * a trigger inside the frame names the occasion, not the happening.
 */
const FRAME_OPEN = /在[^，。在]{0,12}$/
/** The frame already closed before the trigger (在演说中痛斥…). */
const FRAME_CLOSED = /(上|中|期间)$/
/** The frame closes and the clause goes on to its predicate. */
const FRAME_CLOSE = /^[^，。在]{0,8}?(上|中(?![国共方华央])|期间)[^，,。；;！!？?\s]/

export function inLocativeFrame(before: string, after: string): boolean {
  return FRAME_OPEN.test(before) && !FRAME_CLOSED.test(before) && FRAME_CLOSE.test(after)
}

const HEDGE = /(可能|或许|也许|恐怕|有望|担心|担忧|据悉可能|是否|似乎|看来|显然|若|如果|一旦)/
/**
 * Speakers whose words are analysis, not news: commentators, the outlet's own reporters (记者 as
 * the speaker; not 对记者说 or a 记者会, where an official speaks to them).
 */
const COMMENTARY = /(分析人士|专家|观察人士|评论员|学者|(?<!对|向|给|告诉|告知|接受)记者(?!会|招待会|见面会|采访|提问|问)|分析师|外媒|(?<!接受|对|向|告诉)媒体(?!访问|采访|提问|上)|报道|报导|分析说|据悉)/

/** The segmenter glues a locative or 时 to a one-character speech verb (声明中说, 推特上称, 访问时说). */
const GLUED_LOCATIVE = /[中上里内时]$/

function onBoundary(bounds: Set<number>, start: number, end: number, text = '', offset = 0, word = ''): boolean {
  if (!bounds.has(end)) return false
  if (bounds.has(start)) return true
  return word.length === 1 && bounds.has(start - 1) && GLUED_LOCATIVE.test(text.slice(0, start - offset))
}

/** Every trigger occurrence in the clause on token boundaries (with its second part, if any, later in the clause). */
function clauseHits(text: string, offset: number, bounds: Set<number>): TriggerHit[] {
  const out: TriggerHit[] = []
  for (let i = 0; i < text.length; i++) {
    for (const entry of triggersAt(text, i)) {
      const [a, b] = entry.word.split('…') as [string, string | undefined]
      const start = offset + i
      if (!onBoundary(bounds, start, start + a.length, text, offset, a)) continue
      if (b !== undefined && text.indexOf(b, i + a.length) < 0) continue
      out.push({ entry, start, end: start + a.length, word: entry.word })
    }
  }
  return out.sort((x, y) => y.word.replace('…', '').length - x.word.replace('…', '').length || x.start - y.start)
}

function rank(h: TriggerHit): number {
  return (h.entry.type === 'statement' ? 0 : 1) + h.entry.strength + (h.word.includes('…') ? 0.2 : 0)
}

/** Someone, some people (有人, 一些医生): a speaker no one can name or hold to it. */
const INDEFINITE_SPEAKER = /^(有人|有些|一些|部分|不少|许多|很多|多名|多位|若干)/

/** A clause with its trigger words, before any filter of clauseTrigger. */
export interface ClauseWords {
  clause: Clause
  hits: TriggerHit[]
}

export function triggerWords(clauses: readonly Clause[], bounds: Set<number>): ClauseWords[] {
  return clauses.map((clause) => ({ clause, hits: clauseHits(clause.text, clause.start, bounds) }))
}

/**
 * Has the sentence a trigger word the rules turned down for a reason no model should overrule: a
 * negated act, a running total, a saying inside a quotation or by an indefinite speaker?
 */
export function declinedForCause(sentence: string, words: readonly ClauseWords[], quotes: readonly [number, number][]): boolean {
  return words.some(({ clause: c, hits }) =>
    hits.some(
      (h) =>
        NEGATED.test(sentence.slice(c.start, h.start)) ||
        isStatistic(h.entry.type, sentence) ||
        (h.entry.type === 'statement' && (quotes.some(([s, e]) => h.start >= s && h.end <= e) || INDEFINITE_SPEAKER.test(sentence.slice(c.start, h.start).trim()))),
    ),
  )
}

/** The first saying (表示, 指出 …) of the clauses, even one the rules turned down for want of a named speaker. */
export function sayingWord(words: readonly ClauseWords[]): { clause: Clause; hit: TriggerHit } | null {
  for (const { clause, hits } of words) {
    const hit = hits.find((h) => h.entry.type === 'statement')
    if (hit) return { clause, hit }
  }
  return null
}

export function isGenericClause(text: string): boolean {
  return GENERIC_CLAUSE.test(text.trim())
}

export function isHedged(text: string): boolean {
  return HEDGE.test(text)
}

/**
 * The best trigger of a clause, or null. `sentence` is the whole (Simplified) sentence. A trigger
 * that qualifies a noun (举行的会议) is no predicate; with `attributive`, only such triggers count,
 * for the caller to keep those its own time dates (周一生效的新规).
 */
export function clauseTrigger(sentence: string, clause: Clause, bounds: Set<number>, quotes: readonly [number, number][], attributive = false): TriggerHit | null {
  if (isGenericClause(clause.text) || TIME_CLAUSE.test(clause.text.trim()) || PURPOSE_CLAUSE.test(clause.text.trim())) return null
  const hits: TriggerHit[] = []
  for (const hit of clauseHits(clause.text, clause.start, bounds)) {
    if (hits.some((h) => h.start < hit.end && hit.start < h.end)) continue
    if (NOT_AFTER.test(sentence.slice(hit.end)) || (hit.entry.type !== 'statement' && PLAN_AFTER.test(sentence.slice(hit.end, clause.end)))) continue
    if (SPAN_AFTER.test(sentence.slice(hit.end, clause.end))) continue
    if (inLocativeFrame(sentence.slice(clause.start, hit.start), sentence.slice(hit.end, clause.end))) continue
    if (NOMINAL_BEFORE.test(sentence.slice(clause.start, hit.start)) && !NOUN_HAPPENS_AFTER.test(sentence.slice(hit.end))) continue
    if (NOUN_TRIGGERS.has(hit.word) && !LIGHT_VERB.test(sentence.slice(clause.start, hit.start)) && !NOUN_HAPPENS_AFTER.test(sentence.slice(hit.end)) && !saidAsVerb(hit, sentence)) continue
    if (!hit.word.includes('…') && /^的(?!话)/.test(sentence.slice(hit.end)) !== attributive) continue
    if (NOUN_OR_VERB.has(hit.word) && (NOUN_MARK_BEFORE.test(sentence.slice(clause.start, hit.start)) || NOUN_MARK_AFTER.test(sentence.slice(hit.end)))) continue
    if (NEGATED.test(sentence.slice(clause.start, hit.start))) continue
    // 发布了一条新闻《…女子失联9个月…》: a word inside a work's title tells no happening of the clause.
    if (insideWorkTitle(sentence, hit.start, hit.end)) continue
    if (hit.word === '指' && DOCUMENT_BEFORE.test(sentence.slice(clause.start, hit.start))) continue
    if (hit.word === '形容' && DESCRIBED.test(sentence.slice(clause.start, hit.start))) continue
    const quoted = quotes.some(([s, e]) => hit.start >= s && hit.end <= e)
    if (quoted && hit.entry.type === 'statement') continue
    hits.push(quoted ? { ...hit, quoted: true } : hit)
  }
  return mainPredicate(hits.filter((h) => !isCause(sentence, clause, h, hits) && !isDisposedObject(sentence, clause, h, hits)))
}

/**
 * 把集会延到了下周一, 将…迎接金正恩访问的气氛描述为…: what 把 / 将 takes is the object of the verb
 * after it, not the predicate (a 将 with no verb after the trigger is "will", and stays).
 */
function isDisposedObject(sentence: string, clause: Clause, hit: TriggerHit, hits: readonly TriggerHit[]): boolean {
  return /(把[^，。把]{0,10}|将[^，。把将]{0,16})$/.test(sentence.slice(clause.start, hit.start)) && hits.some((h) => h.start >= hit.end)
}

/** 因被控间谍罪被捕: what follows 因/由于 is the reason for the clause's predicate, not the predicate. */
function isCause(sentence: string, clause: Clause, hit: TriggerHit, hits: readonly TriggerHit[]): boolean {
  return /(因|因为|由于)[^，。]{0,2}$/.test(sentence.slice(clause.start, hit.start)) && hits.some((h) => h.start >= hit.end)
}

/** Verbs that report what someone said: what follows them in their clause is their content. */
const REPORTING = new Set([
  '说', '称', '表示', '指出', '强调', '透露', '声称', '宣称', '证实', '确认', '否认', '重申', '告诉', '坚称', '写道', '发推',
  // What someone calls for has not happened: 呼吁北京关闭拘押营 is the call.
  '呼吁', '敦促', '促请', '要求',
  'said', 'says', 'told', 'stated', 'confirmed', 'denied', 'insisted', 'tweeted',
])

/** Kinds of saying: 表示强烈谴责 is the condemnation itself. */
const SPEECH_ACTS = new Set(['accusation', 'warning'])

/**
 * The strongest trigger (actions beat statements), unless a reporting verb comes first: then the
 * action is what was said (赵立坚证实杨已被起诉), and the clause's predicate is the saying; a
 * saying that condemns or warns (表示谴责) is that accusation or warning.
 */
function mainPredicate(hits: readonly TriggerHit[]): TriggerHit | null {
  const best = [...hits].sort((x, y) => rank(y) - rank(x) || x.start - y.start)[0]
  const first = [...hits].sort((x, y) => x.start - y.start)[0]
  if (best && first && first !== best && REPORTING.has(first.word) && !SPEECH_ACTS.has(best.entry.type) && best.start >= first.end) return first
  return best ?? null
}

/** A medium quoting someone's words (媒体引述总统的话称): the words are the quoted person's. */
const QUOTING = /(引述|援引|引用)[^，。]{1,20}的话$/

/** Statements by commentators or hedged ("似乎是在表示") are not events. */
export function isCommentary(beforeTrigger: string): boolean {
  if (QUOTING.test(beforeTrigger)) return false
  return COMMENTARY.test(beforeTrigger) || EN_COMMENTARY.test(beforeTrigger) || /(似乎|看来|可能|或许|也许)/.test(beforeTrigger)
}

/** The same speakers in English (analysts said, experts believe, it seems). */
const EN_COMMENTARY = /\b(analysts?|experts?|observers?|commentators?|pundits?|critics|media reports?|seems|apparently|possibly|perhaps)\b/i

/** Tags of dictionary compounds that may hide a verb (公开批评/n, 发布命令/n). */
const COMPOUND_TAG = /^(n|nz|vn)$/
/**
 * Idioms and set phrases (i, l) hide one only after an adverb of manner or law (刑事拘留/i,
 * 强烈抗议/i, 断然拒绝/l, 一致同意/i); others are names of things (网络攻击/i, 发表声明/l) or
 * qualities (令人担忧/l, 不可否认/i, 早日康复/i).
 */
const IDIOM_TAG = /^(i|l)$/
const ACT_ADVERB = /^(刑事|行政|依法|强烈|严厉|猛烈|公开|断然|一致|一再|反复|再次|再度|审查|秘密|强行)$/
/**
 * 公开批评/n 土耳其, 发布命令/n, 刑事拘留/i: the segmenter's dictionary holds some compounds of a
 * verb with an adverb or an object as one word, hiding the verb from the trigger lexicon. A
 * trigger word that ends such a compound after two or more characters, or opens a noun compound
 * before two or more, is a word of its own.
 */
export function compoundTriggerBounds(tokens: readonly Token[]): number[] {
  const out: number[] = []
  for (const t of tokens) {
    if (t.word.length < 4) continue
    const idiom = IDIOM_TAG.test(t.tag)
    if (!idiom && !COMPOUND_TAG.test(t.tag)) continue
    const head = idiom ? undefined : triggerWordAt(t.word, 0)
    if (head && t.word.length - head.length >= 2) out.push(t.start + head.length)
    for (let i = 2; i <= t.word.length - 2; i++) {
      const w = triggerWordAt(t.word, i)
      if (w && i + w.length === t.word.length && (!idiom || ACT_ADVERB.test(t.word.slice(0, i)))) out.push(t.start + i)
    }
  }
  return out
}
