/**
 * Traditional → Simplified with opencc-js, keeping UTF-16 offsets: analysis runs on the
 * Simplified text while spans still point into the original paragraph.
 */
import * as OpenCC from 'opencc-js'
import { lazy } from './lazy'
import { isTranslitChar } from './translit'

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

/**
 * Unifies the separators used inside transliterated names (•‧・) to "·", and a full stop between
 * two transliteration characters too (迪娜.努得拜, 吐尔逊别克．哈比, as some outlets write them); a
 * full stop after other words (透明度.他说) ends a sentence.
 */
export function normalizeDots(text: string): string {
  return text
    .replace(/[•‧・∙⋅]/g, '·')
    .replace(/(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])/g, (dot, at: number, whole: string) =>
      isTranslitChar(whole[at - 1]!) && isTranslitChar(whole[at + 1]!) ? '·' : dot,
    )
}
