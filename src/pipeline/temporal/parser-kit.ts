/**
 * A chrono Parser from a PATTERN and an extract function, with left/right context checks.
 *
 * Context is checked against the whole text rather than with regex lookbehind: chrono re-runs a
 * pattern on the text *after* a declined match, where a lookbehind would no longer see the
 * character before it.
 */
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node'

export interface ParserSpec {
  pattern: RegExp
  /** Declines when the text just before the match matches (anchor it with $). */
  notAfter?: RegExp
  /** Declines when the text just after the match matches (anchor it with ^). */
  notBefore?: RegExp
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null
}

const CONTEXT = 8

export const defineParser = (spec: ParserSpec): Parser => ({
  pattern: () => spec.pattern,
  extract: (context, match) => {
    const index = match.index ?? 0
    const end = index + match[0].length
    if (spec.notAfter?.test(context.text.slice(Math.max(0, index - CONTEXT), index))) return null
    if (spec.notBefore?.test(context.text.slice(end, end + CONTEXT))) return null
    return spec.extract(context, match)
  },
})

/** Chrono's Configuration (not exported from the package root): parsers and refiners in order. */
export interface ChronoConfiguration {
  parsers: Parser[]
  refiners: Refiner[]
}
