/**
 * Scores extracted events against gold, as ../shared/gold/README.md defines it: a prediction
 * matches a gold event when one of its sentences contains an anchor (or an anchor contains the
 * sentence) after removing white space and quote marks; names match when one contains the other
 * after folding Traditional to Simplified and regional spellings to the lexicon's canonical name
 * (a gold 川普 is the extractor's 特朗普: the same person, one actor in the app).
 */
import { toSimplified } from '../../lib/chinese-script'
import { lookupActor } from '../lexicon'
import type { ExtractLine } from '../../schema'
import type { GoldEvent, GoldFile } from './gold'

export interface Ratio {
  hit: number
  of: number
}

export interface Miss {
  kind: 'missed' | 'date' | 'actors' | 'type' | 'extra' | 'actor-recall'
  gold?: string
  message: string
}

export interface FileScore {
  file: string
  recall: Ratio
  date: Ratio
  actors: Ratio
  type: Ratio
  precision: Ratio
  actorRecall: Ratio
  misses: Miss[]
}

const QUOTES = /[\s"'“”‘’「」『』《》〈〉«»]/g
const norm = (text: string) => text.replace(QUOTES, '')
const canonical = (simple: string) => lookupActor(simple)?.name ?? simple
const nameNorm = (text: string) => canonical(toSimplified(text.trim())).replace(/[\s·・•‧．.]/g, '')

export function namesMatch(a: string, b: string): boolean {
  const x = nameNorm(a)
  const y = nameNorm(b)
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x))
}

export function matches(prediction: ExtractLine, gold: GoldEvent): boolean {
  return (prediction.sentences.length ? prediction.sentences : [prediction.text]).some((s) => anchoredIn(s, gold.anchors))
}

/** Does the sentence contain one of the anchors, or an anchor the sentence? */
export function anchoredIn(sentence: string, anchors: readonly string[]): boolean {
  const s = norm(sentence)
  return s.length > 0 && anchors.map(norm).some((a) => s.includes(a) || a.includes(s))
}

/** Does the predicted start..end lie on the gold date, or inside the gold range? */
export function dateCorrect(prediction: ExtractLine, gold: GoldEvent): boolean {
  const start = prediction.start.slice(0, 10)
  const end = (prediction.end ?? prediction.start).slice(0, 10)
  if (gold.date) return start === gold.date && end === gold.date
  const [from, to] = gold.range!
  return from <= start && end <= to
}

/** The rule behind a predicted time, its expression, and where the event inherited it from. */
function howResolved(audit: ExtractLine['audit']): string {
  const expression = audit.expression ? ` on “${audit.expression}”` : ''
  const inherited = audit.inheritedFrom ? `, inherited from the ${audit.inheritedFrom}` : ''
  return `${audit.rule}${expression}${inherited}`
}

export function actorsCorrect(prediction: ExtractLine, gold: GoldEvent): boolean {
  return gold.actors.every((g) => prediction.actors.some((a) => namesMatch(a.name, g)))
}

export function scoreFile(gold: GoldFile, predictions: readonly ExtractLine[]): FileScore {
  const misses: Miss[] = []
  const r = { recall: zero(), date: zero(), actors: zero(), type: zero(), precision: zero(), actorRecall: zero() }
  for (const g of gold.events) {
    if (g.required === false) continue
    r.recall.of++
    const candidates = predictions.filter((p) => matches(p, g))
    if (candidates.length === 0) {
      misses.push({ kind: 'missed', gold: g.id, message: `no event for “${g.anchors[0]}”` })
      continue
    }
    r.recall.hit++
    // Judge the prediction that fits best, so one extra mention does not count against a good one.
    const rank = (p: ExtractLine) => Number(p.type === g.type) * 4 + Number(dateCorrect(p, g)) * 2 + Number(actorsCorrect(p, g))
    const best = [...candidates].sort((a, b) => rank(b) - rank(a))[0]!
    tally(r.date, dateCorrect(best, g), misses, 'date', g, `predicted ${best.start}${best.end ? `..${best.end}` : ''} (${howResolved(best.audit)}), gold ${g.date ?? g.range!.join('..')}`)
    tally(r.actors, actorsCorrect(best, g), misses, 'actors', g, `predicted [${best.actors.map((a) => a.name).join(', ')}], gold [${g.actors.join(', ')}]`)
    tally(r.type, best.type === g.type, misses, 'type', g, `predicted ${best.type}, gold ${g.type}`)
  }
  for (const p of predictions) {
    r.precision.of++
    if (gold.events.some((g) => matches(p, g))) r.precision.hit++
    else misses.push({ kind: 'extra', message: `${p.type}: “${p.text}”` })
  }
  const names = predictions.flatMap((p) => p.actors.map((a) => a.name))
  for (const actor of gold.actors) {
    r.actorRecall.of++
    if (names.some((n) => namesMatch(n, actor))) r.actorRecall.hit++
    else misses.push({ kind: 'actor-recall', message: `actor ${actor} not found` })
  }
  return { file: gold.file, ...r, misses }
}

function tally(ratio: Ratio, ok: boolean, misses: Miss[], kind: Miss['kind'], g: GoldEvent, message: string) {
  ratio.of++
  if (ok) ratio.hit++
  else misses.push({ kind, gold: g.id, message })
}

const zero = (): Ratio => ({ hit: 0, of: 0 })

export const METRICS = ['recall', 'date', 'actors', 'precision', 'actorRecall', 'type'] as const

/** Micro-averaged totals over files. */
export function total(scores: readonly FileScore[]): Record<(typeof METRICS)[number], Ratio> {
  const sum = (k: (typeof METRICS)[number]) =>
    scores.reduce((acc, s) => ({ hit: acc.hit + s[k].hit, of: acc.of + s[k].of }), zero())
  return Object.fromEntries(METRICS.map((k) => [k, sum(k)])) as Record<(typeof METRICS)[number], Ratio>
}

export const value = (r: Ratio) => (r.of === 0 ? 1 : r.hit / r.of)
