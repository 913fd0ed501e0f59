/**
 * Bytes to text. UTF-8 (BOM stripped) and UTF-16 with a BOM are taken at their word; anything
 * else that is not valid UTF-8 goes to chardet, and only the Chinese legacy encodings it names
 * (GB18030, which covers GBK/GB2312, and Big5) are decoded, with iconv-lite. Binary content or a
 * guess we cannot trust is a problem for the caller to report, never mojibake in the output.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'

export type Decoded =
  | { ok: true; text: string; encoding: string; /** Invalid sequences replaced by U+FFFD. */ replaced: number }
  | { ok: false; reason: string }

/** chardet names we decode, mapped to iconv-lite names. */
const LEGACY: Record<string, string> = { 'GB18030': 'gb18030', 'Big5': 'big5', 'EUC-TW': 'big5' }

/** Minimum chardet confidence (0-100) for a legacy decoding. */
const MIN_CONFIDENCE = 30
/** Share of control characters (other than tab, newline, CR, FF) above which text is binary. */
const MAX_CONTROL_SHARE = 0.01
/** Share of U+FFFD after a legacy decoding above which the guess is rejected. */
const MAX_REPLACEMENT_SHARE = 0.001

export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomOf(bytes)
  if (bom) return checkText(decodeWith(bytes.subarray(bom.length), bom.encoding), bom.encoding)
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' }
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return checkText(utf8, 'utf-8')
  return decodeLegacy(bytes)
}

/**
 * UTF-8 with a few damaged bytes (a flipped bit, a cut multi-byte character) is still UTF-8:
 * the damaged characters become U+FFFD (dropped later from paragraphs) when they are rare.
 */
function lossyUtf8(bytes: Uint8Array): Decoded | null {
  const text = decodeWith(bytes, 'utf-8')
  const lost = countOf(text, '\ufffd')
  if (lost > Math.max(2, text.length * MAX_LOST_SHARE)) return null
  const checked = checkText(text, 'utf-8', lost)
  return checked.ok ? checked : null
}

function bomOf(b: Uint8Array): { length: number; encoding: string } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { length: 3, encoding: 'utf-8' }
  if (b[0] === 0xff && b[1] === 0xfe) return { length: 2, encoding: 'utf-16le' }
  if (b[0] === 0xfe && b[1] === 0xff) return { length: 2, encoding: 'utf-16be' }
  return null
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes)
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function decodeLegacy(bytes: Uint8Array): Decoded {
  const best = chardet.analyse(bytes)[0]
  const name = best?.name ?? 'unknown'
  const target = LEGACY[name]
  if (!best || !target || best.confidence < MIN_CONFIDENCE) {
    return lossyUtf8(bytes) ?? { ok: false, reason: `undecodable text encoding: not UTF-8, GB18030 or Big5 (best guess ${name})` }
  }
  const text = decodeWith(bytes, target)
  if (countOf(text, '\ufffd') > Math.max(1, text.length * MAX_REPLACEMENT_SHARE)) {
    return lossyUtf8(bytes) ?? { ok: false, reason: `undecodable text encoding: ${name} guess leaves unmapped bytes` }
  }
  return checkText(text, target)
}

/** Share of U+FFFD (characters already lost before us) above which the text is refused. */
const MAX_LOST_SHARE = 0.005

function checkText(text: string, encoding: string, replaced = 0): Decoded {
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file (NUL characters)' }
  const lost = countOf(text, '\ufffd')
  if (lost > Math.max(2, text.length * MAX_LOST_SHARE)) {
    return { ok: false, reason: `undecodable text encoding: ${lost} characters are U+FFFD replacement characters (${encoding})` }
  }
  if (controlCount(text) > text.length * MAX_CONTROL_SHARE) {
    return { ok: false, reason: 'binary file (control characters)' }
  }
  return { ok: true, text, encoding, replaced }
}

function controlCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0)) n++
  }
  return n
}

function countOf(text: string, ch: string): number {
  let n = 0
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++
  return n
}
