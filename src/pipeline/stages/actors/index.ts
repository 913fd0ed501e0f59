/**
 * Actors stage: finds people, organisations, countries and agencies in every sentence (patterns,
 * gazetteer, segmenter), resolves titles, pronouns and short names inside the article, and fills
 * `doc.mentions` with canonical ids shared across articles.
 */
import type { ActorMention, ArticleDoc, Stage } from '../../doc'
import { resolveArticle, type Located } from './coref'
import { repeatableNames, repeatedMentions } from './repeat'
import { sentenceCandidates } from './sentence'

export { canonicalActor, normalizeName, type CanonicalActor } from './canonical'
export { analyse } from './sentence'

export const actorsStage: Stage = (doc: ArticleDoc): ArticleDoc => {
  const inScope = doc.sentences.filter((s) => doc.article.paragraphs[s.paragraph]?.kind !== 'caption')
  const names = repeatableNames(inScope.flatMap((s) => sentenceCandidates(s.text)))
  const located: Located[] = doc.sentences.flatMap((s, order) => {
    if (doc.article.paragraphs[s.paragraph]?.kind === 'caption') return []
    return sentenceCandidates(s.text, repeatedMentions(s.text, names)).map((c) => ({ ...c, paragraph: s.paragraph, sentence: s.index, order }))
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
  return { ...doc, mentions }
}
