/**
 * Jieba with POS tags, loaded once on first use, with the lexicon's names, titles and triggers
 * added so the segmenter keeps them whole. Tokens carry UTF-16 offsets into the input.
 */
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import type { Token } from '../../doc'
import { lazy, userWords } from '../../lexicon'

export type { Token }

const jieba = lazy(() => {
  const j = Jieba.withDict(dict)
  const lines = userWords().map((w) => `${w.word} 20000 ${w.tag}`)
  j.loadDict(Buffer.from(lines.join('\n'), 'utf8'))
  return j
})

/** POS-tagged tokens with offsets; jieba keeps every character, so offsets are cumulative. */
export function tokenize(text: string): Token[] {
  if (!text) return []
  let pos = 0
  const out: Token[] = []
  for (const t of jieba().tag(text, true)) {
    // The word nearly always starts right where the last one ended: check there before searching.
    const at = text.startsWith(t.word, pos) ? pos : text.indexOf(t.word, pos)
    const start = at >= 0 ? at : pos
    out.push({ word: t.word, tag: t.tag, start, end: start + t.word.length })
    pos = start + t.word.length
  }
  return out
}

/** Offsets at which a token starts or ends: a match is only trusted on these. */
export function boundaries(tokens: readonly Token[]): Set<number> {
  const set = new Set<number>()
  for (const t of tokens) {
    set.add(t.start)
    set.add(t.end)
  }
  return set
}

/** An aspect marker (了, 着, 过) is the token starting at `at`: what ends there is a verb (陈述/nr 了). */
export function aspectAt(tokens: readonly Token[], at: number): boolean {
  return tokens.some((t) => t.start === at && /^[了着过]$/.test(t.word))
}
