/**
 * A city or capital that opens its clause and acts (北京要求…, 烟台和济南市要求…, 青岛周一启动…)
 * stands for its government: an organisation named by the place. A place anywhere else in the
 * clause (在青岛举行, 前往北京) is where something happens, not who does it.
 */
import { holdsTrigger, isKnownPlace, lookupActor } from '../../lexicon'
import type { Candidate } from './candidate'
import type { Token } from './segmenter'

const ADMIN_PLACE = /^(?![全大各该本每多小城])[\u4e00-\u9fff]{2,4}(市|州|省|都|县|区)$/
/** Continents and wide regions do not act: what "Europe" does is a statistic, not a government's act. */
const WIDE_REGION = /(洲|地区|海|半岛|大陆|世界|社区|城市)$/
/** Verbs that describe rather than act: a place that "is" or "has" something is no actor. */
const NOT_ACTING = new Set(['是', '有', '位于', '成为', '属于', '拥有', '出现', '发生', '迎来', '进入', '处于'])

function isPlace(t: Token): boolean {
  // 两国, 三省: places counted are no one place.
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(t.word) || WIDE_REGION.test(t.word) || /^[两一二三四五六七八九十几数多各全]/.test(t.word)) return false
  if (lookupActor(t.word)) return false
  if (isKnownPlace(t.word) || ADMIN_PLACE.test(t.word)) return true
  // The segmenter's own place tag, unless the word holds an event verb (两栖登陆).
  return t.tag === 'ns' && !holdsTrigger(t.word)
}

const CLAUSE_START = /^[，,。；;：:！!？?“"（(]$/

function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (prev && /^\s+$/.test(prev.word)) return opensClause(tokens, i - 1)
  // A bullet (•, which normalizeDots makes ·) opens a briefing's item.
  return !prev || CLAUSE_START.test(prev.word) || (prev.word === '·' && i === 1)
}

/** Words that only say what kind of place or where the place is (中部大城市合肥, 东北吉林省). */
const PLACE_WORD = /^(城市|大城市|港市|东北|西北|东南|西南|东部|西部|南部|北部|中部|沿海)$/
const SAYS = /^(称|说|表示|指出|宣布|透露)$/

function qualifiesPlace(t: Token): boolean {
  return isPlace(t) || lookupActor(t.word)?.kind === 'country' || PLACE_WORD.test(t.word)
}

/**
 * The place opens its clause's subject: after the clause's start, a saying verb (官方称青岛将…),
 * or words that only qualify it (加拿大安大略省, 吉林省的长春市, 拥有800万人口的中部大城市合肥), in a
 * clause with no preposition before it (在…城市合肥举行 is where).
 */
function opensSubject(tokens: readonly Token[], i: number): boolean {
  if (opensClause(tokens, i)) return true
  let j = i - 1
  for (; j >= 0; j--) {
    const t = tokens[j]!
    if (qualifiesPlace(t)) continue
    if (t.word === '的' && j > 0 && qualifiesPlace(tokens[j - 1]!)) continue
    break
  }
  const stop = tokens[j]
  if (j === i - 1) return Boolean(stop && SAYS.test(stop.word))
  if (!stop || opensClause(tokens, j + 1) || SAYS.test(stop.word)) return true
  if (stop.word !== '的') return false
  let k = j
  while (k > 0 && !CLAUSE_START.test(tokens[k - 1]!.word)) k--
  return !tokens.slice(k, j).some((t) => t.tag === 'p')
}

/** 烟台和济南市要求: the word joined before a place that opens the clause is a place too. */
function joinedBefore(tokens: readonly Token[], i: number): Token | null {
  const conj = tokens[i - 1]
  const first = tokens[i - 2]
  if (!conj || !first || !/^[和与及、]$/.test(conj.word) || !opensClause(tokens, i - 2)) return null
  const cityAfter = /[市州省]$/.test(tokens[i]!.word)
  return isPlace(first) || (cityAfter && first.tag === 'n' && /^[\u4e00-\u9fff]{2}$/.test(first.word) && !lookupActor(first.word)) ? first : null
}

/** The verb the place does, skipping a time, an adverb and a second place joined to it (烟台和济南市要求, 某州明确表示). */
function actsAfter(tokens: readonly Token[], i: number): boolean {
  let j = i + 1
  while (j < tokens.length && (tokens[j]!.tag === 't' || /^(d|ad)$/.test(tokens[j]!.tag) || /^[和与及、]$/.test(tokens[j]!.word) || isPlace(tokens[j]!) || inTimePhrase(tokens, j))) j++
  const verb = tokens[j]
  return Boolean(verb && /^v/.test(verb.tag) && verb.word.length >= 2 && !NOT_ACTING.has(verb.word))
}

/** 在今年9月1日, 在五天内, 最近, 单日: a time phrase between the place and its verb. */
function inTimePhrase(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!
  const prev = tokens[j - 1]
  const next = tokens[j + 1]
  if (t.word === '在') return Boolean(next && /^(t|m)$/.test(next.tag))
  if (/^(最近|近日|日前|目前|早前|此前|近期|单日)$/.test(t.word)) return true
  return Boolean(prev && /^(t|m)$/.test(prev.tag) && (t.tag === 'm' || /^(年|月|日|号|内|前|后|以来|期间)$/.test(t.word)))
}

/** 图林根/ns 州/n: a place and the word for its kind of region the segmenter cut off, as one place. */
function withAdminSuffix(tokens: readonly Token[], i: number): { place: Token; last: number } {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (t.tag === 'ns' && next && /^[州省市县]$/.test(next.word)) return { place: { word: t.word + next.word, tag: 'ns', start: t.start, end: next.end }, last: i + 1 }
  return { place: t, last: i }
}

export function placeSubjects(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!isPlace(tokens[i]!)) continue
    const { place: t, last } = withAdminSuffix(tokens, i)
    if (!actsAfter(tokens, last)) continue
    const before = joinedBefore(tokens, i)
    if (!before && !opensSubject(tokens, i)) continue
    for (const p of before ? [before, t] : [t]) {
      if (!out.some((c) => c.start === p.start)) out.push({ start: p.start, end: p.end, text: p.word, name: p.word, kind: 'organization', via: 'pattern:place-subject', priority: 2 })
    }
  }
  return out
}
