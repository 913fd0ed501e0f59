/**
 * 两国 / 双方 standing for the two sides named together before them (亚美尼亚和阿塞拜疆之间爆发战事…
 * 两国互相指责): each side becomes a mention at the phrase, so the event has both as actors. The pair
 * is the last two countries (for 两国), or two actors of one kind (for 双方), joined by a conjunction
 * in one sentence of this paragraph or the two before; two of a longer list (A、B、C, A、B等) are none.
 */
import type { ActorMention } from '../../doc'
import { mentionsBySentence, sentenceKey } from '../../mentions'

const PAIR_WORD = /两国|双方(?!面)/g
const CONJUNCTION = /^\s*(和|与|及|同|跟|、)\s*$/
/** How many paragraphs back the pair may have been named. */
const PAIR_REACH = 2

export interface PairSentence {
  paragraph: number
  index: number
  /** Paragraph offset of the sentence. */
  start: number
  /** The sentence in Simplified script, offsets as in the original. */
  simple: string
}

type Pair = [ActorMention, ActorMention]

/** Pairs named in one sentence, in order; `mentions` are the sentence's, sorted by position. */
function pairsIn(s: PairSentence, mentions: readonly ActorMention[]): Pair[] {
  const named = mentions.filter((m) => !m.isSource && !m.via.startsWith('coref') && m.end > m.start)
  const out: Pair[] = []
  const joined = (x: ActorMention | undefined, y: ActorMention | undefined) => Boolean(x && y && CONJUNCTION.test(s.simple.slice(x.end - s.start, y.start - s.start)))
  for (let i = 0; i + 1 < named.length; i++) {
    const [a, b] = [named[i]!, named[i + 1]!]
    if (a.kind !== b.kind || a.actorId === b.actorId || !joined(a, b)) continue
    // Two of a longer list (俄罗斯、美国、法国、伊朗等, 欧盟、联合国等) are no pair.
    if (joined(named[i - 1], a) || joined(b, named[i + 2]) || s.simple.startsWith('等', b.end - s.start)) continue
    out.push([a, b])
  }
  return out
}

export function pairMentions(sentences: readonly PairSentence[], mentions: readonly ActorMention[]): ActorMention[] {
  const bySentence = mentionsBySentence(mentions)
  const out: ActorMention[] = []
  let last: { pair: Pair; paragraph: number; countries: boolean }[] = []
  for (const s of sentences) {
    const here = [...(bySentence.get(sentenceKey(s.paragraph, s.index)) ?? [])].sort((a, b) => a.start - b.start)
    for (const word of s.simple.matchAll(PAIR_WORD)) {
      const at = s.start + word.index
      const countries = word[0] === '两国'
      // 中日两国 / 亚美尼亚和阿塞拜疆两国: the sides are named right there.
      if (here.some((m) => m.end === at)) continue
      // A pair named earlier in this sentence, else the latest one before it.
      const before = pairsIn(s, here.filter((m) => m.end <= at))
      const pair = before[before.length - 1] ?? [...last].reverse().find((p) => (!countries || p.countries) && s.paragraph - p.paragraph <= PAIR_REACH)?.pair
      if (!pair || (countries && pair[0].kind !== 'country')) continue
      for (const side of pair) {
        out.push({ paragraph: s.paragraph, sentence: s.index, start: at, end: at + word[0].length, text: word[0], actorId: side.actorId, name: side.name, kind: side.kind, via: 'coref:pair', isSource: false })
      }
    }
    last = [...last, ...pairsIn(s, here).map((pair) => ({ pair, paragraph: s.paragraph, countries: pair[0].kind === 'country' }))]
  }
  return out
}
