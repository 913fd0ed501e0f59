/**
 * Actors stage: finds people, organisations, countries and agencies in every sentence (patterns,
 * gazetteer, segmenter), resolves titles, pronouns and short names inside the article, and fills
 * `doc.mentions` with canonical ids shared across articles.
 */
import type { ActorMention, ArticleDoc, SentenceAnalysis, Stage } from '../../doc'
import { resolveArticle, type Located } from './coref'
import { bareBodies, dominantPlace } from './bare-bodies'
import { pairMentions, type PairSentence } from './pairs'
import { mentionsBySentence, sentenceKey } from '../../mentions'
import { isEventlessCaption } from '../../captions'
import { repeatableNames, repeatedMentions } from './repeat'
import { analyse, candidatesOf, sentenceFinds, type SentenceCandidate } from './sentence'
import { zeroSubjects } from './zero-subjects'
import { normalizeDots, toSimplified } from '../../lexicon'

export { canonicalActor, normalizeName, type CanonicalActor } from './canonical'
export { analyse } from './sentence'

/**
 * Each sentence's place in the text as read: a subhead between two paragraphs does not stand
 * between a name and the pronoun after it (艾米莉… / 改变规定 / 现在她已经…).
 */
function readingOrder(doc: ArticleDoc): number[] {
  let n = 0
  return doc.sentences.map((s) => {
    const at = n
    const kind = doc.article.paragraphs[s.paragraph]?.kind
    if (kind !== 'subhead') n++
    return at
  })
}

export const actorsStage: Stage = (doc: ArticleDoc): ArticleDoc => {
  const analysis = doc.sentences.map((s): SentenceAnalysis | null => (isEventlessCaption(doc, s.paragraph) ? null : analyse(s.text)))
  const finds = analysis.map((a) => (a ? sentenceFinds(a) : null))
  const first = doc.sentences.map((s, order) => {
    const f = finds[order]
    return f ? candidatesOf(s.text, f) : []
  })
  // Undated captions give no mentions (they tell no events), but a name one spells (民营企业家某某) is
  // a name in the article's text too.
  const captioned = doc.sentences.flatMap((s, order) => (analysis[order] ? [] : candidatesOf(s.text, sentenceFinds(analyse(s.text)))))
  const names = repeatableNames([...first.flat(), ...captioned])
  const reading = readingOrder(doc)
  const located: Located[] = doc.sentences.flatMap((s, order) => {
    const f = finds[order]
    if (!f) return []
    const extra = repeatedMentions(f.analysis.simple, names)
    // Without repeated names the second pass is the first one again: same input, same answer.
    const found: SentenceCandidate[] = extra.length === 0 ? first[order]! : candidatesOf(s.text, f, extra)
    // New keys before the spread: after it, V8 takes a slow path (microseconds per object).
    return found.map((c) => ({ paragraph: s.paragraph, sentence: s.index, order: reading[order]!, ...c }))
  })
  const sentenceStart = new Map(doc.sentences.map((s) => [sentenceKey(s.paragraph, s.index), s.start]))
  const mentions: ActorMention[] = resolveArticle(located).map((r) => {
    const base = sentenceStart.get(sentenceKey(r.paragraph, r.sentence)) ?? 0
    return {
      paragraph: r.paragraph,
      sentence: r.sentence,
      start: base + r.start,
      end: base + r.end,
      text: r.text,
      actorId: r.actorId,
      name: r.actorName,
      kind: r.actorKind,
      via: r.via,
      isSource: r.isSource,
    }
  })
  const placed = [...mentions, ...placedBodies(doc, mentions, analysis)]
  const named = [...placed, ...pairMentions(pairSentences(doc, analysis), placed)]
  const all = [...named, ...omittedSubjects(doc, named, analysis)]
  return { ...doc, mentions: all.sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence || a.start - b.start || a.end - b.end), analysis }
}

/** Police, authorities, government and army named without a country: the article's place's (see bare-bodies.ts). */
function placedBodies(doc: ArticleDoc, mentions: readonly ActorMention[], analysis: readonly (SentenceAnalysis | null)[]): ActorMention[] {
  const place = dominantPlace(mentions)
  if (!place) return []
  const bySentence = mentionsBySentence(mentions)
  return doc.sentences.flatMap((s, order) => {
    const a = analysis[order]
    if (!a) return []
    const here = bySentence.get(sentenceKey(s.paragraph, s.index)) ?? []
    const taken = here.map((m): [number, number] => [m.start - s.start, m.end - s.start])
    const countries = here.filter((m) => m.kind === 'country')
    return bareBodies(a.simple, taken, place, a.tokens, (at) => countries.filter((m) => m.end - s.start <= at).at(-1)).map((b) => ({
      paragraph: s.paragraph,
      sentence: s.index,
      start: s.start + b.start,
      end: s.start + b.end,
      text: s.text.slice(b.start, b.end),
      actorId: b.actor.id,
      name: b.actor.name,
      kind: b.actor.kind,
      via: 'pattern:bare-body',
      isSource: false,
    }))
  })
}

/** The sentences with their Simplified text, for the pair phrases (see pairs.ts); captions name no pairs. */
function pairSentences(doc: ArticleDoc, analysis: readonly (SentenceAnalysis | null)[]): PairSentence[] {
  return doc.sentences.flatMap((s, order) => {
    const a = analysis[order]
    return a ? [{ paragraph: s.paragraph, index: s.index, start: s.start, simple: a.simple }] : []
  })
}

/** Zero-length mentions for subjects a clause leaves out (see zero-subjects.ts). */
function omittedSubjects(doc: ArticleDoc, mentions: readonly ActorMention[], analysis: readonly (SentenceAnalysis | null)[]): ActorMention[] {
  const bySentence = mentionsBySentence(mentions)
  return doc.sentences.flatMap((s, order) => {
    const simple = analysis[order]?.simple ?? normalizeDots(toSimplified(s.text))
    const rel = (bySentence.get(sentenceKey(s.paragraph, s.index)) ?? []).map((m) => ({ m, s: m.start - s.start, e: m.end - s.start }))
    return zeroSubjects(simple, rel).map((z) => ({ ...z.m, start: s.start + z.s, end: s.start + z.e }))
  })
}
