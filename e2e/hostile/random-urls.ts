/**
 * Seeded random and hostile query strings for the app's address bar: known and unknown keys,
 * repeated keys, huge values, ids and actor names that exist and ones that do not, impossible
 * dates, broken percent-encoding and unusual Unicode. The same seed gives the same URLs.
 */
import type { DataIndex } from '../../src/schema'
import { URL_KEYS } from '../../src/app/url-state/url-state'
import { ALL_URL_KEYS } from './app-page'
import { PAYLOADS } from './payloads'
import { pick, seededRandom, type Random } from '../../src/testing/random'

export { seededRandom, type Random }

const HUGE = 100 * 1024

const BAD_DATES = [
  '2023-02-30', '2023-13-01', '0000-01-01', '99999-01-01', '2023-09-12T25:00', '2023-09-12T23:61', '1970-01-01',
  '9999-12-31T23:59', '2023-9-1', '2023/09/12', 'NaN', 'Infinity', '-1', '1e309', '', ' ', 'today', '昨天',
  '2023-09-12T00:00:00.000+99:99', '２０２３-０９-１２',
]
const PERCENT_JUNK = ['%', '%%', '%zz', '%E4%B8', '%ED%A0%80', '%C0%AF', '%00', '%0A%0D', '%FF%FE', '%25', '%2', '%u0041', '%F0%9F%98']
const UNICODE = [
  '普京', '金正恩', '😀', '👩‍👩‍👧', '\u202eevil', '\u200b', 'e\u0301', 'ﷺ', '\ud800', '𠀀', 'Ω', '\u0000', '\ufeff', 'İ',
]

/** encodeURIComponent, with the escape of a lone surrogate where it would throw. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return '%ED%A0%80'
  }
}

function unknownId(random: Random, prefix: string): string {
  return `${prefix}${Math.floor(random() * 36 ** 8).toString(36)}`
}

function randomText(random: Random, length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += String.fromCodePoint(32 + Math.floor(random() * 0x3000))
  return s
}

function valueFor(random: Random, key: string, index: DataIndex): string {
  const event = index.events.length > 0 ? pick(random, index.events) : null
  const actor = index.actors.length > 0 ? pick(random, index.actors) : null
  const kinds: (() => string)[] = [
    () => 'x'.repeat(HUGE),
    () => encode(randomText(random, HUGE / 4)),
    () => unknownId(random, 'e-'),
    () => unknownId(random, 'a-'),
    () => (event ? `${event.id}${pick(random, ['', ' ', '%20', 'x', '/', '..'])}` : 'e-'),
    () => [actor?.name ?? '', unknownId(random, ''), pick(random, UNICODE)].join(pick(random, [',', ',,', '%2C', ' , '])),
    () => Array.from({ length: 300 }, () => unknownId(random, '')).join(','),
    () => pick(random, BAD_DATES),
    () => pick(random, PERCENT_JUNK),
    () => encode(pick(random, UNICODE)),
    () => pick(random, UNICODE),
    () => encode(pick(random, PAYLOADS).text),
    () => (key === URL_KEYS.actors ? '' : pick(random, ['', '=', '&', '?', '#', 'null', 'undefined', '[]', '{}'])),
  ]
  return pick(random, kinds)()
}

/** One hostile query string, starting with `?` (the fragment, if any, included). */
export function randomSearch(random: Random, index: DataIndex): string {
  const keys = ALL_URL_KEYS
  const pairs: string[] = []
  const n = 1 + Math.floor(random() * 6)
  for (let i = 0; i < n; i++) {
    const roll = random()
    const key =
      roll < 0.6 ? pick(random, keys)
      : roll < 0.7 ? pick(random, keys).toUpperCase()
      : roll < 0.8 ? encode(pick(random, UNICODE))
      : roll < 0.9 ? unknownId(random, '')
      : pick(random, ['', '__proto__', 'constructor', 'event[]', 'event.id', '%65vent'])
    const value = valueFor(random, key, index)
    pairs.push(random() < 0.1 ? key : `${key}=${value}`)
    // Repeated keys: the app reads the first, the rest must not matter.
    if (random() < 0.15) pairs.push(`${key}=${valueFor(random, key, index)}`)
  }
  const hash = random() < 0.1 ? `#${pick(random, ['', 'event=e-x', '%zz', pick(random, UNICODE)])}` : ''
  return `?${pairs.join(pick(random, ['&', '&', '&&', ';']))}${hash}`
}
