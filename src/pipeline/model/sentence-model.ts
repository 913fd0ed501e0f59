/**
 * A learned judgement of whether a sentence reports a happening: the events stage adds an event
 * for a sentence no rule took when it is likely (`threshold`), and drops the triggered events of
 * one it is sure tells none (`veto`). News keeps bringing verbs no lexicon lists (请辞, 吞败, 下架,
 * 收涨); a logistic
 * regression over the sentence's words, verbs, part-of-speech pairs, time expressions and actor
 * kinds, trained on the gold files in eval/gold (see train.ts and `npm run train`), carries what
 * thousands of annotated sentences share rather than one more list of words.
 *
 * Names, places, numbers and Latin words are left out of the features, so the model learns how
 * news tells a happening, not which story it was about.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { ActorKind } from '../../schema'
import type { ActorMention, ArticleDoc, SentenceAnalysis, SentenceRef, Token } from '../doc'
import { lazy } from '../lexicon/lazy'

export const SentenceModel = z.object({
  version: z.literal(1),
  /** Probability from which a sentence without a triggered event gets one. */
  threshold: z.number().min(0).max(1),
  /** Probability under which a sentence's triggered events are dropped: the model is sure it tells none. */
  veto: z.number().min(0).max(1),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  trainedOn: z.object({ files: z.number().int(), sentences: z.number().int(), positives: z.number().int() }),
})
export type SentenceModel = z.infer<typeof SentenceModel>

/** What the model sees of a sentence. */
export interface SentenceView {
  /** Simplified text. */
  simple: string
  tokens: readonly Token[]
  /** Time expressions in the sentence that are not about the future, and whether one is. */
  pastTimes: number
  futureTime: boolean
  /** Kinds of the actors it names, news agencies cited as sources left out. */
  actorKinds: readonly ActorKind[]
}

/** Tags of words that name a particular person, place, body or quantity: kept out of the features. */
const PARTICULAR = /^(nr|ns|nt|m$|x$|eng)/
const LENGTH_STEP = 20
const LENGTH_STEPS = 6

/** The view of a sentence of an analysed document; `mentions` are those of the sentence. */
export function sentenceView(doc: ArticleDoc, s: SentenceRef, analysis: SentenceAnalysis, mentions: readonly ActorMention[]): SentenceView {
  const times = doc.timexes.filter((t) => t.paragraph === s.paragraph && t.sentence === s.index)
  return {
    simple: analysis.simple,
    tokens: analysis.tokens,
    pastTimes: times.filter((t) => !t.future).length,
    futureTime: times.some((t) => t.future),
    actorKinds: mentions.filter((m) => !m.isSource).map((m) => m.kind),
  }
}

/** The features of a sentence, each a string, present or absent. */
export function sentenceFeatures(view: SentenceView): string[] {
  const features: string[] = []
  const { tokens } = view
  for (const t of tokens) {
    if (!PARTICULAR.test(t.tag)) features.push(`w:${t.word}`)
    if (t.tag.startsWith('v')) features.push(`v:${t.word}`)
  }
  for (let i = 1; i < tokens.length; i++) features.push(`tt:${tokens[i - 1]!.tag}_${tokens[i]!.tag}`)
  features.push(`times:${Math.min(view.pastTimes, 2)}`)
  if (view.futureTime) features.push('future-time')
  for (const kind of new Set(view.actorKinds)) features.push(`kind:${kind}`)
  features.push(`length:${Math.min(Math.floor(view.simple.length / LENGTH_STEP), LENGTH_STEPS)}`)
  if (/[“"「]/.test(view.simple)) features.push('quote')
  return [...new Set(features)]
}

/** The model's probability that a sentence with these features reports a happening. */
export function eventLikelihood(model: SentenceModel, features: readonly string[]): number {
  let z = model.bias
  for (const f of features) z += model.weights[f] ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** The probability that a sentence of an analysed document reports a happening; `mentions` are those of the sentence. */
export function sentenceLikelihood(doc: ArticleDoc, s: SentenceRef, analysis: SentenceAnalysis, mentions: readonly ActorMention[]): number {
  return eventLikelihood(defaultModel(), sentenceFeatures(sentenceView(doc, s, analysis, mentions)))
}

/** The model shipped with the pipeline (event-sentences.json, written by `npm run train`). */
export const defaultModel = lazy(() => {
  const path = new URL('./event-sentences.json', import.meta.url)
  const parsed = SentenceModel.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) throw new Error(`${path.pathname}: not a sentence model (${parsed.error.issues[0]?.message})`)
  return parsed.data
})
