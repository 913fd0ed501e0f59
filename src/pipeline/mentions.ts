/** Grouping an article's actor mentions, for the stages that read them sentence by sentence. */
import type { ActorMention } from './doc'

/** The key of a sentence in `mentionsBySentence`. */
export const sentenceKey = (paragraph: number, sentence: number): string => `${paragraph}:${sentence}`

/** The article's mentions grouped by sentence, each group in the order given. */
export function mentionsBySentence(mentions: readonly ActorMention[]): Map<string, ActorMention[]> {
  const out = new Map<string, ActorMention[]>()
  for (const m of mentions) {
    const key = sentenceKey(m.paragraph, m.sentence)
    const group = out.get(key)
    if (group) group.push(m)
    else out.set(key, [m])
  }
  return out
}
