/**
 * Script of the body: zh-Hant when converting Traditional→Simplified (opencc t→cn) changes more
 * characters than Simplified→Traditional (cn→t) does, zh-Hans otherwise, en when there are hardly
 * any Han characters. Only a bounded sample is compared, so cost does not grow with the file.
 */
import * as OpenCC from 'opencc-js'
import type { RawArticle } from '../doc'
import { lazy } from '../lexicon/lazy'

const SAMPLE = 4000
/** Below this share of Han characters among letters, the text is English. */
const MIN_HAN_SHARE = 0.2

// Each built on first use: cn→t's tables take ~120 ms to build and most texts never need them.
const toCn = lazy(() => OpenCC.Converter({ from: 't', to: 'cn' }))
const toTw = lazy(() => OpenCC.Converter({ from: 'cn', to: 't' }))

export function detectLanguage(texts: readonly string[]): RawArticle['language'] {
  const sample = texts.join('\n').slice(0, SAMPLE)
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0
  if (han === 0 || han < (han + latin) * MIN_HAN_SHARE) return 'en'
  const toSimplified = changed(sample, toCn()(sample))
  // Nothing to simplify: zh-Hans whatever the other direction counts (most texts; saves half).
  if (toSimplified === 0) return 'zh-Hans'
  return toSimplified > changed(sample, toTw()(sample)) ? 'zh-Hant' : 'zh-Hans'
}

function changed(a: string, b: string): number {
  if (a.length !== b.length) return Math.abs(a.length - b.length) + 1
  let n = 0
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++
  return n
}
