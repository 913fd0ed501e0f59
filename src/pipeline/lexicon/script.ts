/**
 * Traditional → Simplified with opencc-js, keeping UTF-16 offsets: analysis runs on the
 * Simplified text while spans still point into the original paragraph.
 */
import * as OpenCC from 'opencc-js'
import { lazy } from './lazy'

const converter = lazy(() => OpenCC.Converter({ from: 'tw', to: 'cn' }))

/** Simplified form of `text`, same length as the input (falls back per character if needed). */
export function toSimplified(text: string): string {
  const whole = converter()(text)
  if (whole.length === text.length) return whole
  return Array.from(text, (ch) => {
    const c = converter()(ch)
    return c.length === ch.length ? c : ch
  }).join('')
}

/** Unifies the separators used inside transliterated names (•‧・．) to "·". */
export function normalizeDots(text: string): string {
  return text.replace(/[•‧・∙⋅]/g, '·')
}
