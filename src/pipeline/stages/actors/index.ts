/**
 * Actors stage: finds people, organisations, countries and agencies in every sentence (patterns,
 * gazetteer, segmenter), resolves titles, pronouns and short names inside the article, and fills
 * `doc.mentions` with canonical ids shared across articles.
 */
import type { ActorMention, ArticleDoc, Stage } from '../../doc'
import { resolveArticle, type Located } from './coref'
import { repeatableNames, repeatedMentions } from './repeat'
import { sentenceCandidates } from './sentence'
import { zeroSubjects } from './zero-subjects'
import { normalizeDots, toSimplified } from '../../lexicon'

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
  const all = [...mentions, ...omittedSubjects(doc, mentions)]
  return { ...doc, mentions: all.sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence || a.start - b.start || a.end - b.end) }
}

/** Zero-length mentions for subjects a clause leaves out (see zero-subjects.ts). */
function omittedSubjects(doc: ArticleDoc, mentions: readonly ActorMention[]): ActorMention[] {
  return doc.sentences.flatMap((s) => {
    const rel = mentions.filter((m) => m.paragraph === s.paragraph && m.sentence === s.index).map((m) => ({ m, s: m.start - s.start, e: m.end - s.start }))
    return zeroSubjects(normalizeDots(toSimplified(s.text)), rel).map((z) => ({ ...z.m, start: s.start + z.s, end: s.start + z.e }))
  })
}
