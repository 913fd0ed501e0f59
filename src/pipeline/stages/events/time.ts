/**
 * The time of an event: the time expression governing its trigger (nearest before it in the same
 * clause, else in the sentence), else the previous timed sentence of the paragraph, else the span
 * of the trip it belongs to (set later), else a window before publication. Inherited values say
 * so in `audit.inheritedFrom`; nothing pretends the publication date is the event's date.
 */
import type { EventTime } from '../../../schema'
import { isFutureClause } from '../../temporal/future'
import { isPhotoCaption } from '../../captions'
import type { ArticleDoc, SentenceRef, Timex } from '../../doc'
import { speakingTime } from '../../sources/speaking-time'

export interface TimeChoice {
  time: EventTime | null
  timex: Timex | null
  from: 'clause' | 'sentence' | 'paragraph' | null
}

/** News reports what happened in the last day or two; wider windows say nothing useful. */
const PUBLICATION_WINDOW_DAYS = 2
/** How far back an explicit day may be to anchor an untimed event of the story. */
const ANCHOR_DAYS = 7
const DAY_MS = 86_400_000

/**
 * Trigger and clause in paragraph offsets. Times that date something else are left out: a plan's
 * day, a comparison's base, what a statement is about (after its verb), and a day after
 * publication in a sentence that does not speak of the future (a deadline: 在2025年前移除).
 */
export function governingTime(doc: ArticleDoc, s: SentenceRef, trigger: number, clause: [number, number], statement = false): TimeChoice {
  const text = doc.article.paragraphs[s.paragraph]?.text ?? ''
  const speaking = speakingTime(doc.article).instant
  const pub = localDate(speaking)
  const sentenceTimes = doc.timexes.filter(
    (t) =>
      t.paragraph === s.paragraph &&
      t.sentence === s.index &&
      !qualifiesNounAfter(t, text, trigger) &&
      !isPlanned(t, text) &&
      !isComparison(t, text) &&
      !namesEdition(t, text) &&
      !(statement && t.start > trigger) &&
      !isDeadline(t, pub),
  )
  const others = sentenceTimes.filter((t) => !isSinceBefore(t, text, trigger))
  const own = others.length > 0 ? others : sentenceTimes
  const inClause = own.filter((t) => t.start >= clause[0] && t.end <= clause[1])
  // 9月底，担任2020年轮值主席国的外长表示: a time inside the subject's modifier dates the noun,
  // when the sentence has a time of its own elsewhere.
  const ofNoun = inClause.filter((t) => qualifiesNounBefore(t, text, trigger))
  const clauseHit = nearest(ofNoun.length > 0 && own.some((t) => !inClause.includes(t)) ? inClause.filter((t) => !ofNoun.includes(t)) : inClause, trigger)
  if (clauseHit) return { time: clauseHit.time, timex: clauseHit, from: 'clause' }
  // A time to come in another clause (中共中央将在10月下旬召开…；习近平…强调) dates no clause that
  // does not speak of the future itself.
  const futureHere = own.some((t) => t.future) && isFutureClause(text, trigger, trigger, doc.article.language === 'en' ? 'en' : 'zh')
  const allowed = own.filter((t) => futureHere || !t.future)
  const ownTimes = allowed.filter((t) => !qualifiesNounBefore(t, text, trigger))
  const sentHit = nearest(ownTimes.length > 0 ? ownTimes : allowed, trigger)
  if (sentHit) return { time: inherit(sentHit.time, 'sentence', false), timex: sentHit, from: 'sentence' }
  const earlier = doc.timexes
    // A time to come (即将于11月举行的大选) governs no later sentence that does not say so itself.
    .filter((t) => t.paragraph === s.paragraph && t.sentence < s.index && !t.future && !isSince(t, text) && !datesOtherThing(t, text))
    .sort((a, b) => b.sentence - a.sentence || b.start - a.start)[0]
  // 当时，… goes back to the time told last, however long ago, in this paragraph or the one before.
  const then = THEN.test(text.slice(s.start, trigger))
  if (earlier && (then || !isBackground(earlier, speaking))) return { time: inherit(earlier.time, 'paragraph', true), timex: earlier, from: 'paragraph' }
  const before = then && !earlier ? lastTimeOf(doc, s.paragraph - 1) : null
  if (before) return { time: inherit(before.time, 'paragraph', true), timex: before, from: 'paragraph' }
  return { time: null, timex: null, from: null }
}

/** Words that place a sentence at the time told before it (当时, 那时): background goes on. */
const THEN = /(当时|那时|彼时|其时|那一年|那年)/

/** The last time of a paragraph that dates what it tells (not a plan, a comparison or a time to come). */
function lastTimeOf(doc: ArticleDoc, paragraph: number): Timex | null {
  const text = doc.article.paragraphs[paragraph]?.text ?? ''
  const times = doc.timexes.filter((t) => t.paragraph === paragraph && !t.future && !isSince(t, text) && !datesOtherThing(t, text))
  return times.sort((a, b) => b.sentence - a.sentence || b.start - a.start)[0] ?? null
}

/**
 * 在2025年前拆除 / 在11月3日大选之前确认: a day after publication in a clause with no word of the
 * future is a deadline or a later occasion the happening refers to, not its day.
 */
function isDeadline(t: Timex, published: string): boolean {
  return localDate(t.time.start) > published && !t.futureClause
}

/** 较去年同期下降 / 比上周增加: the time a figure is compared with, not when anything happened. */
export function isComparison(t: Timex, paragraph: string): boolean {
  return /(比|较|与|同|和)$/.test(paragraph.slice(Math.max(0, t.start - 1), t.start)) || /^(同期|相比|比较)/.test(paragraph.slice(t.end))
}

/**
 * 原定10月15日举行的辩论泡汤 / 延到了下周一: the day a plan had set or was moved to, not the day it
 * was called off or moved.
 */
export function isPlanned(t: Timex, paragraph: string): boolean {
  return /(原定|原计划|原本|预定|原订|原先|延到|延至|推迟到|推迟至|延后到|延后至|改到|改至|改期到|改期至|延期到|延期至)(了|于|在)?$/.test(paragraph.slice(Math.max(0, t.start - 5), t.start))
}

/**
 * 星期三在两天前出院以来首次返回: a time that opens a short since-phrase before the trigger dates
 * the earlier happening (出院), not the trigger.
 */
function isSinceBefore(t: Timex, paragraph: string, trigger: number): boolean {
  return t.end <= trigger && opensSincePhrase(t, paragraph)
}

/** A time before the trigger inside a short noun modifier that closes with 的 before it (担任2020年东盟轮值主席国的外长). */
function qualifiesNounBefore(t: Timex, paragraph: string, trigger: number): boolean {
  if (t.end > trigger) return false
  const modifier = nounModifier(paragraph.slice(t.end, trigger))
  return modifier !== undefined && modifier.length <= 13 && !HELD_OCCASION.test(modifier)
}

/** A plan's day, a comparison's base, an edition or the start of a since-phrase: no day to pass on. */
function datesOtherThing(t: Timex, paragraph: string): boolean {
  return isPlanned(t, paragraph) || isComparison(t, paragraph) || namesEdition(t, paragraph) || opensSincePhrase(t, paragraph) || boundsPeriod(t, paragraph)
}

/** 晚9点后的堂食禁令, 3月以前的数据: the time bounds the period a noun covers; nothing happened then. */
function boundsPeriod(t: Timex, paragraph: string): boolean {
  return /^(之后|以后|后|之前|以前|前)的/.test(paragraph.slice(t.end))
}

/** This year, said as a bare year: 今年 / 2020年 resolved to the year so far. */
const THIS_YEAR_RULES = new Set(['zh/year-so-far', 'zh/relative-year-so-far'])
/** What continues a year into a finer time or a span (今年以来, 2020年初, 今年3月, 今年夏天, 今年前三个月). */
const YEAR_GOES_ON = /^[\d０-９〇零一二三四五六七八九十两上下前后初底中末内以来度早晚春夏秋冬第月季半间起至到迄~～\-－—、，,。；;）)」”]/

/**
 * 2020年诺贝尔和平奖, 今年的国庆演说, 2020年总统大选的第一场辩论: this year, put before a noun, names
 * which edition of a yearly thing it is. It says no more than "this year", and the day the story
 * gives (or the clause's own day) is the better time.
 */
function namesEdition(t: Timex, paragraph: string): boolean {
  return THIS_YEAR_RULES.has(t.time.audit.rule) && /^(今年|本年|\d{4}年|[〇零一二三四五六七八九]{4}年)$/.test(t.text.trim()) && !YEAR_GOES_ON.test(paragraph.slice(t.end))
}

/** The time is the start of a since-phrase: only a short verb phrase, no other time, before 以来. */
function opensSincePhrase(t: Timex, paragraph: string): boolean {
  return /^[^，,。\d前后天日月年周号]{0,6}以来/.test(paragraph.slice(t.end))
}

/** The modifier says the noun was held (举行的会议, 召开的峰会): an occasion, dated by that time. */
const HELD_OCCASION = /(举行|召开|举办|进行)(了)?的$/

/**
 * A time after the trigger inside a noun modifier (探视这两名自2018年起被拘禁的公民) dates the noun,
 * not the event: 的 follows it before the clause ends. When the modifier holds the noun as an
 * occasion (参加了5日在白宫举行的聚会), taking part in it happened then: the time dates the event.
 */
export function qualifiesNounAfter(t: Timex, paragraph: string, trigger: number): boolean {
  if (t.start <= trigger) return false
  const modifier = nounModifier(paragraph.slice(t.end))
  return modifier !== undefined && !HELD_OCCASION.test(modifier)
}

/** The text up to the first 的, if 的 comes before the clause ends: a modifier of the noun after it. */
function nounModifier(text: string): string | undefined {
  return /^[^，,。；;！!？?的]*的/.exec(text)?.[0]
}

/**
 * A month or year well before publication (2016年1月遭劫持) dates the background its sentence
 * tells; the undated sentence after it is back in the story, not in that month.
 */
export function isBackground(t: Timex, published: string): boolean {
  if (t.time.granularity !== 'month' && t.time.granularity !== 'year') return false
  return localDate(t.time.end ?? t.time.start) < addDays(localDate(published), -ANCHOR_DAYS)
}

/** 自周六中午起 / 从3月以来: the start of a state, which dates its own sentence but not the ones after it. */
export function isSince(t: Timex, paragraph: string): boolean {
  return /(自|从|自从)$/.test(paragraph.slice(Math.max(0, t.start - 2), t.start)) && /^(起|以来|开始)/.test(paragraph.slice(t.end))
}

/** Nearest timex before the trigger, else the first after it. */
function nearest(timexes: readonly Timex[], trigger: number): Timex | null {
  const before = timexes.filter((t) => t.start <= trigger).sort((a, b) => b.start - a.start)[0]
  return before ?? [...timexes].sort((a, b) => a.start - b.start)[0] ?? null
}

function inherit(time: EventTime, from: 'sentence' | 'paragraph', uncertain: boolean): EventTime {
  return { ...time, uncertain: time.uncertain || uncertain, audit: { ...time.audit, inheritedFrom: from } }
}

/** Local calendar date (YYYY-MM-DD) of an ISO date or date-time with offset. */
export function localDate(iso: string): string {
  return iso.slice(0, 10)
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** A range of days bounded by publication: the event happened before the article, date unknown. */
export function publicationWindow(doc: ArticleDoc): EventTime {
  const { instant, timeZone } = speakingTime(doc.article)
  const pub = localDate(instant)
  return {
    start: addDays(pub, -PUBLICATION_WINDOW_DAYS),
    end: pub,
    granularity: 'day',
    uncertain: true,
    timeZone,
    audit: { expression: null, reference: instant, rule: 'events/publication-window', inheritedFrom: 'publication' },
  }
}

/** The span of a trip (arrival day .. departure day), for events that happened during it. */
export function storySpan(doc: ArticleDoc, start: string, end: string): EventTime {
  const at = speakingTime(doc.article)
  return {
    start,
    end,
    granularity: 'day',
    uncertain: true,
    timeZone: at.timeZone,
    audit: { expression: null, reference: at.instant, rule: 'events/trip-span', inheritedFrom: 'story' },
  }
}

/** Day interval [from, to] as day numbers, for overlap tests. */
export function dayRange(time: EventTime): [number, number] {
  const from = Date.parse(localDate(time.start)) / DAY_MS
  const to = Date.parse(localDate(time.end ?? time.start)) / DAY_MS
  return [from, to]
}

/**
 * The day the story is about, for untimed events: the nearest earlier (else the first) explicit,
 * past day in the article within the publication window, marked uncertain and inherited. A
 * reaction (`reaction`: a statement) takes the latest such day told before it instead: what
 * people say about a story follows what happened in it.
 */
export function storyAnchor(doc: ArticleDoc, paragraph: number, sentence: number, reaction = false): EventTime | null {
  const pub = localDate(speakingTime(doc.article).instant)
  const from = addDays(pub, -ANCHOR_DAYS)
  const days = doc.timexes.filter((t) => {
    const d = localDate(t.time.start)
    const paragraph = doc.article.paragraphs[t.paragraph]
    if (!paragraph || isSince(t, paragraph.text) || isPhotoCaption(paragraph) || datesOtherThing(t, paragraph.text)) return false
    return !t.future && t.time.end === null && !t.time.uncertain && ['day', 'part-of-day', 'hour', 'minute'].includes(t.time.granularity) && d >= from && d <= pub
  })
  const earlier = days.filter((t) => t.paragraph < paragraph || (t.paragraph === paragraph && t.sentence < sentence))
  const pick = (reaction ? latest(earlier) : earlier[earlier.length - 1]) ?? days[0]
  if (!pick) return null
  return { ...pick.time, uncertain: true, audit: { ...pick.time.audit, inheritedFrom: 'story' } }
}

function latest(timexes: readonly Timex[]): Timex | undefined {
  return [...timexes].sort((a, b) => localDate(b.time.start).localeCompare(localDate(a.time.start)))[0]
}
