/** Quoted words in Chinese text (“…”, 「…」, 『…』, "…"), for the stages that treat speech apart. */

/** Spans of quotations at least `minLength` long; a quote left open runs to the end of the text. */
export function quotedSpans(text: string, minLength = 8): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(/[“「『"]([^”」』"]*)[”」』"]?/g)) {
    if (m[1]!.length >= minLength) out.push([m.index, m.index + m[0].length])
  }
  return out
}

/** Is `index` inside quoted words? */
export function insideQuote(text: string, index: number): boolean {
  return quotedSpans(text, 0).some(([start, end]) => index > start && index < end)
}

/** Is the span [start, end) inside 《…》, the marks of a book's, paper's, programme's or report's title? */
export function insideWorkTitle(text: string, start: number, end: number): boolean {
  return /《[^《》]*$/.test(text.slice(0, start)) && /^[^《》]*》/.test(text.slice(end))
}
