/**
 * Per-sentence extraction: one draft event per clause whose trigger survives the non-event
 * filters, with its actors, location and governing time. Trips and publication windows are
 * applied afterwards, when the whole article is known.
 */
import type { ActorMention, ArticleDoc, SentenceAnalysis, SentenceRef } from '../../doc'
import { titleGroup } from '../../lexicon'
import { analyse } from '../actors'
import { boundaries, type Token } from '../actors/segmenter'
import { FINDINGS, publishedFigures, speakerLabel, type Attributed } from './attributed'
import { isCredit, isEventlessCaption } from '../../captions'
import { quotedSpans } from '../../quotes'
import { splitClauses, type Clause } from './clauses'
import { findLocation } from './location'
import { clauseRoles, isMedium, isPlaceOf, qualifies, type EventActorRef } from './roles'
import { mediations } from './mediation'
import { governingTime, type TimeChoice } from './time'
import { isStatistic } from './statistics'
import { clauseTrigger, compoundTriggerBounds, declinedForCause, sayingWord, triggerWords, isCommentary, isGenericClause, isHedged, type TriggerHit } from './triggers'
import { happeningVerb, untriggeredHit } from './untriggered'
import { defaultModel, sentenceLikelihood } from '../../model/sentence-model'

export interface Draft {
  paragraph: number
  sentence: number
  clause: number
  sentenceText: string
  trigger: TriggerHit
  actors: EventActorRef[]
  agent: EventActorRef | null
  location: { name: string } | null
  time: TimeChoice
  /** The sentence places the event inside a trip (访问期间, 此行). */
  duringTrip: boolean
  future: boolean
  confidence: number
}

const ATTRIBUTION = /^(据|根据|援引|引述|引用|报道说|该报道|报道称|消息称|消息人士)/
/** 班师回朝鲜 / 返抵首尔: the place after a return is where the leaver goes, not where the departure happened. */
const RETURNS = /^(班师回|回国|返抵|返回|回到|飞回|回)$/
/** ，包括A和B / ，还有A和B: who the event before took in (those arrested, killed, freed …, or who came along). */
const INCLUDING = /^(其中)?(包括|包含|当中包括|其中有|还有)/
/** …，普林斯顿、斯坦福和耶鲁也是如此: the names did what the clause before told. */
const LIKEWISE = /(也是如此|亦是如此|同样如此|也一样|亦然|也不例外|也这样做了?)[。！]?$/
const TRIP_MARKER = /(访问期间|访问中|此行|出访期间|访问时|在访问|行程中|期间)/
/** An unnamed institution speaking for itself (警方周四表示): a statement without a named actor. */
const INSTITUTION_SUBJECT = /^(警方|警察|当局|官方|军方|检方|检察官|法院|法官|总统府|卫生部门|卫生当局|调查人员)[^，。]{0,14}$|^(The |the )?(police|officials|authorities|prosecutors|investigators|ministry|government|army|military|court)\b[^,.]{0,30}$/i
/** …or an official named only by office (这名警察局长说, 一位官员称): the office speaks. */
const OFFICIAL_SUBJECT = /^[^，。]{0,14}(官员|发言人|局长|部长|负责人|指挥官|司令|大使|医生|医师|医官|主任|公司|委员会|机构|团体|主办方|组织者|发起人|设计者|律师|家属|受访者)[^，。]{0,6}$/
const FUTURE = /(将|计划|准备|拟|打算|预计|即将|有望|将会|要求)[^，。]{0,6}$/

/** What may follow a statement's trigger at the end of its clause: punctuation, or a verb of saying (声明指出). */
const SAYING_ENDS = /^[，,：:\s“”"]*((指出|表示|说|称|强调|透露)[，,：:\s“”"]*)?$/

/** A subhead announcing analysis or comment (分析：…, 评论) opens a section of opinion, not news. */
const ANALYSIS_SUBHEAD = /^(分析|评论|评析|解读|观点|社评|述评|点评)/

/** The paragraph sits under an analysis subhead (until the next subhead). */
export function inAnalysisSection(paragraphs: readonly { text: string; kind: string }[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const p = paragraphs[i]!
    if (p.kind === 'subhead') return ANALYSIS_SUBHEAD.test(p.text.trim())
  }
  return false
}

/**
 * @333Lizhii：…, @张王巴霸 ：…: a social-media user's comment quoted under its handle, as
 * compilations of reactions print them, tells no happening.
 */
function isUserComment(paragraph: { text: string } | undefined): boolean {
  const handle = paragraph && /^\s*[@＠]([^\s：:@＠]{1,24})\s*[：:]/.exec(paragraph.text)
  // @某某在这则帖文中称：… is the story telling what the user said.
  return Boolean(handle && !/(说|称|表示|写道|指出|在)/.test(handle[1]!))
}

/**
 * `order` is the sentence's place in `doc.sentences` (where the actors stage left its analysis);
 * `sentenceMentions` are the mentions of `doc.mentions` in this sentence, in their order.
 */
export function sentenceDrafts(doc: ArticleDoc, s: SentenceRef, order: number, sentenceMentions: readonly ActorMention[]): Draft[] {
  const paragraph = doc.article.paragraphs[s.paragraph]
  if (paragraph?.kind === 'subhead' || isEventlessCaption(doc, s.paragraph) || isCredit(paragraph, s.text)) return []
  if (inAnalysisSection(doc.article.paragraphs, s.paragraph) || isUserComment(paragraph)) return []
  if (/[？?]\s*[”"」』]?$/.test(s.text)) return []
  const { simple, tokens } = doc.analysis?.[order] ?? analyse(s.text)
  // Long quotations (“…”): what a speaker says is not a reported happening.
  const quotes = quotedSpans(simple)
  // Sentence offsets. (Overwriting start/end keeps the copy cheap: in V8, a spread followed by
  // new properties costs ~50x more than one that only overwrites existing ones.)
  const offsets = sentenceMentions.map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }))
  // 在俄罗斯斡旋下: the broker joins the events after the phrase, not as their subject or place.
  const brokered = mediations(simple, offsets)
  const mentions = offsets.filter((m) => !brokered.some((b) => m.start >= b.start && m.end <= b.end))
  // A name ends a word even where the segmenter glued it to the verb after it (迪尔说).
  const bounds = boundaries(tokens)
  for (const at of compoundTriggerBounds(tokens)) bounds.add(at)
  for (const m of mentions) {
    bounds.add(m.start)
    bounds.add(m.end)
  }
  const drafts: Draft[] = []
  const clauses = splitClauses(simple)
  // An interview's answer (郑存柱：…) is its speaker's statement.
  const speaker = s.index === 0 ? speakerLabel(simple, mentions) : null
  if (speaker) drafts.push(attributedDraft(doc, s, simple, clauses[0]!, speaker))
  let carried: EventActorRef[] = []
  // Names that made up the whole clause before (国际货币基金组织，世界银行以及七国集团要求…): a list of subjects.
  let listed: EventActorRef[] = []
  for (const clause of clauses) {
    const listedBefore = listed
    listed = []
    const found = clauseTrigger(simple, clause, bounds, quotes)
    const hit = found && brokered.some((b) => found.start >= b.start && found.end <= b.end) ? null : found
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end)
    // What the figures say (预测, 调查) is theirs: the clause tells that they were put out.
    const published = publishedFigures(simple, clause, inClause)
    if (published) {
      drafts.push(attributedDraft(doc, s, simple, clause, published))
      continue
    }
    if (!hit) {
      const last = drafts[drafts.length - 1]
      const including = INCLUDING.exec(clause.text.trim())
      const likewise = LIKEWISE.test(clause.text.trim())
      if (last && (including || likewise)) {
        // 还有… and …也是如此 add people who did the same; 包括… the people it was done to.
        const role = likewise || including![2] === '还有' ? 'participant' : 'patient'
        for (const m of inClause) if (!m.isSource && !last.actors.some((a) => a.id === m.actorId)) last.actors.push({ id: m.actorId, name: m.name, kind: m.kind, role })
        continue
      }
      // 分批在中联办外“倒行”: a body named as where it happens is not who goes on acting.
      const actingHere = inClause.filter((m) => !isPlaceOf(simple, m))
      const subject = actingHere.find((m) => !m.isSource)
      // A clause that is all setting (在…委员会的辩论中，) names no one who goes on acting.
      if (subject && !ATTRIBUTION.test(clause.text) && !SETTING.test(clause.text.trim())) carried = subjectRefs(simple, actingHere)
      if (subject && namesOnly(simple, clause, inClause)) listed = inClause.filter((m) => !m.isSource).map((m) => ({ id: m.actorId, name: m.name, kind: m.kind, role: 'participant' as const }))
      continue
    }
    const statement = hit.entry.type === 'statement'
    const beforeTrigger = simple.slice(clause.start, hit.start)
    if (!statement && isHedged(beforeTrigger)) continue
    if (isStatistic(hit.entry.type, simple)) continue
    const loc = findLocation(simple, hit.word, hit.end, clause.start, clause.end)
    const roles = clauseRoles(simple, inClause, hit, statement, loc, clause.start)
    let { actors, agent } = roles
    // Where a view's speaker may be named: its clause, or the one right before when the speaker is
    // carried from it (程建人接受采访，则认为…), not a topic further back (就拜登而言，专家们…，认为他…).
    let speakerFrom = clause.start
    if (statement && !agent && carried.length > 0 && opensWithVerb(beforeTrigger)) {
      agent = carried[0]!
      actors = [...carried, ...actors.filter((a) => !carried.some((c) => c.id === a.id))]
      const before = clauses[clause.index - 1]
      if (before && mentions.some((m) => m.actorId === agent!.id && m.start >= before.start && m.end <= before.end)) speakerFrom = before.start
    }
    // A view (认为) is a statement only from a person named in the clause; a side's position is said otherwise.
    const commentary = statement && (isCommentary(beforeTrigger) || OPINION.test(hit.word))
    // 据X指出 attributes the words to X, who then speaks; 据报道 / 据新华社 name no speaker.
    if (statement && ((!agent && !speaksForOffice(beforeTrigger.trim()) && !FINDINGS.test(hit.word)) || (ATTRIBUTION.test(clause.text.trim()) && agent?.kind !== 'person') || (commentary && !namedExpert(agent, mentions.filter((m) => m.start >= speakerFrom && m.end <= hit.start), simple.slice(speakerFrom, hit.start), simple)))) continue
    if (!agent && carried.length > 0) {
      agent = carried[0]!
      actors = [...carried.map((c, i) => ({ ...c, role: i === 0 ? ('agent' as const) : ('participant' as const) })), ...actors.filter((a) => !carried.some((c) => c.id === a.id))]
    }
    // The subject list began in the clause before: its names act with the agent.
    if (agent && listedBefore.length > 0 && opensWithName(simple, clause, inClause, agent)) actors = [...actors, ...listedBefore.filter((l) => !actors.some((a) => a.id === l.id))]
    // The clause ends with the saying (…发出声明指出，): the next clause is what was said.
    if (statement && SAYING_ENDS.test(simple.slice(hit.end, clause.end))) actors = [...actors, ...reported(simple, mentions, clauses[clause.index + 1], actors)]
    // 在东京举办的闭门选举会议上，菅义伟…: what a setting clause names is done by the subject of the clause it sets.
    if (actors.length === 0 && SETTING.test(clause.text.trim())) {
      const next = clauses[clause.index + 1]
      actors = next ? subjectRefs(simple, mentions.filter((m) => m.start >= next.start && m.end <= next.end && !m.isSource)) : []
      agent = actors[0] ?? null
    }
    const subjects = actors.filter((a) => a.role === 'agent' || (a.role === 'participant' && agent))
    // The agent first: a clause that goes on without a subject (，说…) continues with it.
    if (subjects.length > 0) carried = [...subjects.filter((a) => a.role === 'agent'), ...subjects.filter((a) => a.role !== 'agent')].slice(0, 4)
    const time = governingTime(doc, s, s.start + hit.start, [s.start + clause.start, s.start + clause.end], statement)
    const future = Boolean(time.timex?.future) || FUTURE.test(beforeTrigger)
    const location = loc && !(hit.entry.type === 'depart' && RETURNS.test(hit.word)) ? { name: loc.name } : null
    const draft = draftOf(s, simple, clause, hit, { actors, agent }, location, time, future)
    // A named expert's view is kept, with less confidence than news.
    if (commentary) draft.confidence = Math.max(0.05, Math.round((draft.confidence - 0.2) * 100) / 100)
    drafts.push(draft)
  }
  for (const b of brokered)
    for (const d of drafts)
      if (d.trigger.start >= b.end && d.trigger.entry.type !== 'statement') d.actors.push(...b.mediators.filter((m) => !d.actors.some((a) => a.id === m.id)))
  if (drafts.length === 0) {
    const draft =
      attributiveDraft(doc, s, simple, clauses, bounds, quotes, mentions) ??
      untriggeredDraft(doc, s, simple, tokens, clauses, quotes, mentions) ??
      learnedDraft(doc, s, { simple, tokens }, clauses, bounds, quotes, mentions)
    if (draft) drafts.push(draft)
  } else if (!speaker && sentenceLikelihood(doc, s, { simple, tokens }, mentions) < defaultModel().veto) {
    // A trigger word in what the model is sure tells no happening (要造访金星并不容易, 检测经常检不出感染).
    return []
  }
  return drafts
}

/** A statement whose speaker the form of the text gives (see attributed.ts). */
function attributedDraft(doc: ArticleDoc, s: SentenceRef, simple: string, clause: Clause, said: Attributed): Draft {
  const time = governingTime(doc, s, s.start + said.hit.start, [s.start + clause.start, s.start + clause.end], true)
  return draftOf(s, simple, clause, said.hit, { actors: [said.agent], agent: said.agent }, null, time, false)
}

/** How close before an attributive trigger its own time stands (世界银行周四（10月8日）共同发表的报告). */
const ATTRIBUTIVE_TIME_GAP = 8

/**
 * A happening told only as what qualifies a noun, dated right before its verb (周一（12日）生效的
 * 新法令, 世界银行周四共同发表的报告): news puts a day on it because it happened. Only for sentences
 * that gave no other event; hedges and plans stay out.
 */
function attributiveDraft(
  doc: ArticleDoc,
  s: SentenceRef,
  simple: string,
  clauses: readonly Clause[],
  bounds: Set<number>,
  quotes: readonly [number, number][],
  mentions: readonly ActorMention[],
): Draft | null {
  for (const clause of clauses) {
    const hit = clauseTrigger(simple, clause, bounds, quotes, true)
    if (!hit || hit.quoted) continue
    const before = simple.slice(clause.start, hit.start)
    if (isHedged(before) || FUTURE.test(before) || isStatistic(hit.entry.type, simple)) continue
    const time = governingTime(doc, s, s.start + hit.start, [s.start + clause.start, s.start + clause.end])
    const timex = time.from === 'clause' ? time.timex : null
    if (!timex || timex.future || timex.end > s.start + hit.start || s.start + hit.start - timex.end > ATTRIBUTIVE_TIME_GAP) continue
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= hit.start)
    // A report put out is its author's statement: only with the author named.
    if (hit.entry.type === 'statement' && !inClause.some((m) => !m.isSource)) continue
    return draftOf(s, simple, clause, hit, clauseRoles(simple, inClause, hit, false, null, clause.start), null, time, false)
  }
  return null
}

/** The sentence's first clause that tells a dated happening, or a named person's finished act, with a verb no trigger lists (see untriggered.ts). */
function untriggeredDraft(
  doc: ArticleDoc,
  s: SentenceRef,
  simple: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  quotes: readonly [number, number][],
  mentions: readonly ActorMention[],
): Draft | null {
  if (isCommentary(simple) || isHedged(simple)) return null
  for (const clause of clauses) {
    if (isGenericClause(clause.text) || ATTRIBUTION.test(clause.text.trim())) continue
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end)
    const subject = inClause.find((m) => !m.isSource)
    if (!subject) continue
    const time = governingTime(doc, s, s.start + subject.end, [s.start + clause.start, s.start + clause.end])
    const dated = (time.from === 'clause' || time.from === 'sentence') && !time.timex?.future
    // Undated, only a named person or organisation doing it (not 贝多芬的交响曲, a country or an office) tells a happening.
    if (!dated && ((subject.kind !== 'person' && subject.kind !== 'organization') || simple[subject.end] === '的')) continue
    const hit = untriggeredHit({ sentence: simple, clause, tokens, subjectEnd: subject.end, dated, quotes })
    if (!hit) continue
    return draftOf(s, simple, clause, hit, clauseRoles(simple, inClause, hit, false, null, clause.start), null, time, false)
  }
  return null
}

/** How sure a learned event starts out: below every trigger, so a triggered report of the same happening leads. */
const LEARNED_STRENGTH = 0.2

/**
 * A sentence no rule took that the sentence model judges a happening (see model/sentence-model.ts):
 * a low-confidence event, a statement on a saying or of type `other` on a verb. Not where the
 * rules turned a trigger word down for a cause (declinedForCause), nor in a hedged sentence.
 */
function learnedDraft(
  doc: ArticleDoc,
  s: SentenceRef,
  analysis: SentenceAnalysis,
  clauses: readonly Clause[],
  bounds: Set<number>,
  quotes: readonly [number, number][],
  mentions: readonly ActorMention[],
): Draft | null {
  const { simple, tokens } = analysis
  const words = triggerWords(clauses, bounds)
  if (declinedForCause(simple, words, quotes) || isHedged(simple)) return null
  if (sentenceLikelihood(doc, s, analysis, mentions) < defaultModel().threshold) return null
  const dated = (clause: Clause) =>
    doc.timexes.some((t) => t.paragraph === s.paragraph && t.sentence === s.index && !t.future && t.start - s.start >= clause.start && t.end - s.start <= clause.end)
  const usable = clauses.filter((c) => !ATTRIBUTION.test(c.text.trim()))
  // A saying the rules turned down (an unnamed side's) is what the sentence reports; else the verb
  // of its dated clause, or of its first clause with one.
  const saying = sayingWord(words.filter((w) => usable.includes(w.clause)))
  const candidates = saying
    ? [{ clause: saying.clause, hit: { ...saying.hit, entry: { ...saying.hit.entry, strength: LEARNED_STRENGTH } } }]
    : [...usable.filter(dated), ...usable.filter((c) => !dated(c))].map((clause) => ({ clause, hit: happeningVerb(simple, clause, tokens, quotes, LEARNED_STRENGTH) }))
  for (const { clause, hit } of candidates) {
    if (!hit) continue
    const statement = hit.entry.type === 'statement'
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && !m.isSource)
    const time = governingTime(doc, s, s.start + hit.start, [s.start + clause.start, s.start + clause.end], statement)
    const future = Boolean(time.timex?.future) || FUTURE.test(simple.slice(clause.start, hit.start))
    // A clause without a name of its own goes on with the sentence's (…，震惊全球).
    const roles = inClause.length > 0 ? clauseRoles(simple, inClause, hit, statement, null, clause.start) : clauseRoles(simple, mentions, hit, statement, null)
    return draftOf(s, simple, clause, hit, roles, null, time, future)
  }
  return null
}

function draftOf(
  s: SentenceRef,
  simple: string,
  clause: Clause,
  hit: TriggerHit,
  roles: { actors: EventActorRef[]; agent: EventActorRef | null },
  location: { name: string } | null,
  time: TimeChoice,
  future: boolean,
): Draft {
  return {
    paragraph: s.paragraph,
    sentence: s.index,
    clause: clause.index,
    sentenceText: s.text,
    trigger: hit,
    actors: roles.actors,
    agent: roles.agent,
    location,
    time,
    duringTrip: TRIP_MARKER.test(simple),
    future,
    confidence: confidenceOf(hit, roles.agent !== null, time.from === 'clause', future, simple.slice(hit.end)),
  }
}

function confidenceOf(hit: TriggerHit, hasAgent: boolean, explicitTime: boolean, future: boolean, after: string): number {
  let c = hit.entry.strength
  if (hasAgent) c += 0.1
  if (explicitTime) c += 0.1
  if (future) c -= 0.15
  if (after.startsWith('的')) c -= 0.15
  if (hit.quoted) c -= 0.2
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100
}

function speaksForOffice(subject: string): boolean {
  return INSTITUTION_SUBJECT.test(subject) || (OFFICIAL_SUBJECT.test(subject) && !SOME_PEOPLE.test(subject))
}

/** Verbs of opinion: what a named person thinks, not what an office or a side declares. */
const OPINION = /^(认为|相信|觉得)$/

/** A reporter analysing is the outlet's own commentary, even when named; a commentator it quotes (时事评论员某某表示) is not. */
const REPORTER = /(记者|特派员|分析说)/

/**
 * An expert the clause names (专家冯某表示), not one it refers to (这位专家, 他) and not the outlet's
 * own reporter: a view worth a place on the timeline, as the people who follow a story quote it.
 */
function namedExpert(agent: EventActorRef | null, inClause: readonly ActorMention[], beforeTrigger: string, sentence: string): boolean {
  if (!agent || REPORTER.test(beforeTrigger)) return false
  const named = inClause.filter((m) => m.actorId === agent.id && !m.via.startsWith('coref'))
  if (agent.kind === 'person') return named.length > 0
  // 中国疾控中心一位专家表示: an institution's expert speaks for the institution.
  return agent.kind === 'organization' && named.some((m) => INSTITUTION_EXPERT.test(sentence.slice(m.end)))
}

/** An expert of the institution just named (…一位专家, …的研究员). */
const INSTITUTION_EXPERT = /^(的|一位|一名|多位|多名|几位)?(专家|学者|研究员|研究人员|科学家)/

/** 一些医生表示 / 许多官员认为: unnamed people in number are opinion, not an office speaking. */
const SOME_PEOPLE = /^(一些|有些|许多|很多|不少|部分|多名|多位|其他)/

/**
 * The subjects a clause without a verb of its own hands on (民主党的哈里斯和共和党的彭斯都…，结果为阴性):
 * its first name and the names joined to it, each without the party or place qualifying it (X的).
 * `inClause` has sentence offsets, in order.
 */
function clauseSubjects(sentence: string, inClause: readonly ActorMention[]): ActorMention[] {
  const named = inClause.filter((m) => !m.isSource)
  // 德国驻联合国大使赫斯根, 一对英国夫妇桑迪普: the country and the body qualify the person, who is the subject.
  const heads = named.filter((m) => !(sentence[m.end] === '的' && named.some((n) => n.start === m.end + 1)) && !qualifies(m, named, sentence))
  const out: ActorMention[] = []
  for (const m of heads) {
    const previous = out[out.length - 1]
    if (!previous) out.push(m)
    // Both sides of 两国 / 双方 stand at one place (see actors/pairs.ts).
    else if ((m.start === previous.start || joined(sentence.slice(previous.end, m.start))) && !out.some((o) => o.actorId === m.actorId)) out.push(m)
    else break
  }
  return out.length > 0 ? out : named.slice(0, 1)
}

/** A clause's subjects (see clauseSubjects) as event actors: the first the agent, the others taking part. */
function subjectRefs(sentence: string, inClause: readonly ActorMention[]): EventActorRef[] {
  return clauseSubjects(sentence, inClause).map((m, i) => ({ id: m.actorId, name: m.name, kind: m.kind, role: i === 0 ? 'agent' : 'participant' }))
}

/** A whole clause of place or occasion: 在 and a phrase closed by 中, 上, 时, 期间, 后 … */
const SETTING = /^在(?!野)[^，,]*(中|上|时|期间|之际|之后|后|之前|以前|前|里|内|下)[，,]?$/

const CONJUNCTION = /^(和|与|及|以及|、)/
/** Between two subjects: a conjunction, and perhaps the second one's qualifier (和共和党的). */
const JOINED = new RegExp(`${CONJUNCTION.source}([^，。、]{0,8}的)?$`)
/** A bracketed gloss right after the first name (王安华（Wong Ong Hua，音）与…) is part of it. */
const GLOSS = /^[（(][^（）()]{1,60}[）)]/

/** Joined as subjects: by a conjunction, across a gloss of the first, before a qualifier or a title of the second (和财政部长). */
function joined(between: string): boolean {
  const rest = between.replace(GLOSS, '')
  if (JOINED.test(rest)) return true
  const conjunction = CONJUNCTION.exec(rest)
  return conjunction !== null && titleGroup(rest.slice(conjunction[0].length)) !== undefined
}

/** Nothing but names and the words that join them (但是，A、B和C，): the start of a list of subjects. */
function namesOnly(sentence: string, clause: Clause, inClause: readonly ActorMention[]): boolean {
  let rest = sentence.slice(clause.start, clause.end)
  for (const m of [...inClause].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start - clause.start) + rest.slice(m.end - clause.start)
  return /^[\s、，,和与及以但是而且还有]*$/.test(rest)
}

/** The clause opens with its agent's name (…，世界银行以及七国集团要求…). */
function opensWithName(sentence: string, clause: Clause, inClause: readonly ActorMention[], agent: EventActorRef): boolean {
  const first = inClause.find((m) => !m.isSource)
  return Boolean(first && first.actorId === agent.id && /^[\s，,]*$/.test(sentence.slice(clause.start, first.start)))
}

/** A clause that starts with its verb (，并表示… / ，说…) shares the subject of the clause before. */
function opensWithVerb(beforeTrigger: string): boolean {
  return CLAUSE_ADVERBS.test(beforeTrigger)
}

/** Nothing but adverbs before the verb (，公开批评… / ，随即再次强调… / ，也措辞强烈地批评…). */
const CLAUSE_ADVERBS = /^\s*(并且|并|还|也|则|又|随后|同时|随即|当即|立即|公开|再次|再度|又一次|亲自|正式|强烈|严厉|首次|多次|一再|进一步|已经|已|曾经|曾|更|均|都|共同|联合|率先|紧急|当天|当日|高调|明确|直接|[\u4e00-\u9fff]{1,5}地)*\s*$/

/** What a statement is about: the actors of the clause it introduces ("医官表示，特朗普情况良好"). */
/** `mentions` have sentence offsets. */
function reported(sentence: string, mentions: readonly ActorMention[], next: Clause | undefined, have: readonly EventActorRef[]): EventActorRef[] {
  if (!next) return []
  const out: EventActorRef[] = []
  for (const m of mentions) {
    if (m.isSource || m.start < next.start || m.end > next.end || isMedium(sentence, m) || have.some((a) => a.id === m.actorId) || out.some((a) => a.id === m.actorId)) continue
    out.push({ id: m.actorId, name: m.name, kind: m.kind, role: 'patient' })
  }
  return out
}
