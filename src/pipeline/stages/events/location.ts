/**
 * Where an event happened, when the sentence names it: the destination right after a motion or
 * visit trigger (抵达俄罗斯), or an "在X" phrase (在克涅维奇空军基地) with X a known place, a country
 * or a phrase ending in a place suffix (基地, 机场, 市 ...).
 */
import { placeAt as knownPlaceAt, placeSuffixes, triggerWordAt } from '../../lexicon'

const MOTION = new Set(['抵达', '到达', '飞抵', '来到', '访问', '前往', '离开', '返回', '出访', '造访', '飞往', '赴', '驶向', '到访', '返抵', '飞离', '赶赴', '抵', '登陆', '入境', '视察', '考察', '走访', '班师回', '回', '返回', '回到', '抵达了', '飞回'])
const NAME_CHARS = /^[\u4e00-\u9fff·]+$/

/** A place name starting at `i`, or null. */
export function placeAt(text: string, i: number): string | null {
  const known = knownPlaceAt(text, i)
  let best: string | null = known ?? null
  for (let j = i + 2; j <= Math.min(text.length, i + 14); j++) {
    const chunk = text.slice(i, j)
    if (!NAME_CHARS.test(chunk)) break
    if (/^[的这那一该其此]/.test(chunk) || /[被月年日将已的了在和与及是]/.test(chunk)) break
    if (j > i + 2 && startsTrigger(text, j - 1)) break
    if (placeSuffixes().some((s) => chunk.endsWith(s)) && (!best || chunk.length > best.length)) best = chunk
  }
  return best
}

/** Location of an event whose trigger spans [start, end) of `sentence` inside clause [cs, ce). */
export function findLocation(sentence: string, trigger: string, end: number, cs: number, ce: number): { name: string; start: number; end: number } | null {
  if (MOTION.has(trigger)) {
    const at = end + (sentence.slice(end).match(/^(了|到|至|往|向|于)?/)?.[0].length ?? 0)
    const dest = placeAt(sentence, at)
    if (dest) return { name: dest, start: at, end: at + dest.length }
  }
  const inClause = zaiPlace(sentence, cs, ce)
  return inClause ?? zaiPlace(sentence, 0, sentence.length, true) ?? englishPlace(sentence, cs, ce)
}

/** "arrived in Tokyo", "met at Camp David": a capitalised place after in / at / to in an English clause. */
const EN_PLACE = /\b(?:in|at|to)\s+(?:the\s+)?((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})/g
const NOT_EN_PLACE = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/

function englishPlace(sentence: string, from: number, to: number): { name: string; start: number; end: number } | null {
  for (const m of sentence.slice(from, to).matchAll(EN_PLACE)) {
    const name = m[1]!
    if (NOT_EN_PLACE.test(name)) continue
    const start = from + m.index + m[0].length - name.length
    return { name, start, end: start + name.length }
  }
  return null
}

function zaiPlace(sentence: string, from: number, to: number, standaloneOnly = false): { name: string; start: number; end: number } | null {
  const part = sentence.slice(from, to)
  for (const m of part.matchAll(/[在于]/g)) {
    const at = from + m.index + 1
    const name = placeAt(sentence, at)
    if (!name) continue
    if (standaloneOnly && !/^[，,]/.test(sentence.slice(at + name.length))) continue
    return { name, start: at, end: at + name.length }
  }
  return null
}

function startsTrigger(text: string, at: number): boolean {
  return triggerWordAt(text, at) !== undefined
}
