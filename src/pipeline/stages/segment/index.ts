/**
 * Splits each paragraph into sentences with UTF-16 offsets into the paragraph text, so every
 * later fact can point at the exact sentence it came from.
 *
 * Written by hand rather than with Intl.Segmenter: ICU's sentence rules do not break after a
 * Chinese full stop that is followed by a closing quote mark and keep 。” together inconsistently,
 * and they split on the "." inside Latin glosses such as "(U.S.)". The rule here is small and
 * explicit: a sentence ends at 。！？!?… plus any closing quotes/brackets that follow, or at
 * a Latin ". " followed by white space and an upper-case letter (not after an initial or a title
 * such as "R." or "Dr.", nor inside a bracketed gloss).
 */
import type { ArticleDoc, SentenceRef, Stage } from '../../doc'

const CLOSERS = '”’」』》）)"\''
const CJK_END = '。！？!?…'

export function splitSentences(text: string, paragraph: number): SentenceRef[] {
  const out: SentenceRef[] = []
  let start = 0
  const push = (end: number) => {
    let s = start
    while (s < end && /\s/.test(text[s]!)) s++
    let e = end
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) out.push({ paragraph, index: out.length, start: s, end: e, text: text.slice(s, e) })
    start = end
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const latinStop = ch === '.' && /\s/.test(text[i + 1] ?? '') && /[A-Z“"]/.test(text[i + 2] ?? '') && !isInitial(text, i) && !insideBrackets(text, start, i)
    if (!CJK_END.includes(ch) && !latinStop) continue
    let j = i + 1
    while (j < text.length && (CJK_END.includes(text[j]!) || CLOSERS.includes(text[j]!))) j++
    push(j)
    i = j - 1
  }
  push(text.length)
  return out
}

/** "Thomas R. Burke", "Mr. Smith": the dot closes an initial or a title, not a sentence. */
function isInitial(text: string, dot: number): boolean {
  return /(^|[^A-Za-z])([A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Prof)$/.test(text.slice(Math.max(0, dot - 5), dot))
}

/** A Latin gloss in brackets (托马斯·伯克(Thomas R. Burke)说) is inside the Chinese sentence. */
function insideBrackets(text: string, from: number, at: number): boolean {
  const part = text.slice(from, at)
  return (part.match(/[(（]/g)?.length ?? 0) > (part.match(/[)）]/g)?.length ?? 0)
}

export const segmentStage: Stage = (doc: ArticleDoc) => ({
  ...doc,
  sentences: doc.article.paragraphs.flatMap((p, i) => splitSentences(p.text, i)),
})
