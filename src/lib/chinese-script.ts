/**
 * Simplified/Traditional folding shared by the pipeline (actor ids, evaluation) and the app (search
 * that finds 普丁 when asked for 普京). Uses opencc-js's t2cn build (Traditional, including Taiwan
 * and Hong Kong variants, to Simplified); the converter is built once, on first use.
 */
import { Converter } from 'opencc-js/t2cn'

let toCn: ((text: string) => string) | undefined

export function toSimplified(text: string): string {
  toCn ??= Converter({ from: 't', to: 'cn' })
  return toCn(text)
}
