/**
 * Actors stage: finds people, organisations, countries and agencies in every sentence (patterns,
 * gazetteer, segmenter), resolves titles, pronouns and short names inside the article, and fills
 * `doc.mentions` with canonical ids shared across articles.
 */
import type { ActorMention, ArticleDoc, SentenceAnalysis, Stage } from '../../doc'
import { resolveArticle, type Located } from './coref'
import { repeatableNames, repeatedMentions } from './repeat'
import { analyse, sentenceCandidates, type SentenceCandidate } from './sentence'

export { canonicalActor, normalizeName, type CanonicalActor } from './canonical'
export { analyse } from './sentence'

export const actorsStage: Stage = (doc: ArticleDoc): ArticleDoc => {
  const analysis = doc.sentences.map((s): SentenceAnalysis | null => (doc.article.paragraphs[s.paragraph]?.kind === 'caption' ? null : analyse(s.text)))
  const first = doc.sentences.map((s, order) => {
    const a = analysis[order]
    return a ? sentenceCandidates(s.text, [], a) : []
  })
  const names = repeatableNames(first.flat())
  const located: Located[] = doc.sentences.flatMap((s, order) => {
    const a = analysis[order]
    if (!a) return []
    const extra = repeatedMentions(a.simple, names)
    // Without repeated names the second pass is the first one again: same input, same answer.
    const found: SentenceCandidate[] = extra.length === 0 ? first[order]! : sentenceCandidates(s.text, extra, a)
    // New keys before the spread: after it, V8 takes a slow path (microseconds per object).
    return found.map((c) => ({ paragraph: s.paragraph, sentence: s.index, order, ...c }))
  })
  const sentenceStart = new Map(doc.sentences.map((s) => [`${s.paragraph}:${s.index}`, s.start]))
  const mentions: ActorMention[] = resolveArticle(located).map((r) => {
    const base = sentenceStart.get(`${r.paragraph}:${r.sentence}`) ?? 0
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
  return { ...doc, mentions, analysis }
}
