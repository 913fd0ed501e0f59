/**
 * White-space normalisation inside a paragraph: zero-width characters, stray control
 * characters and U+FFFD (a character lost before the file reached us) go, every other kind of space (non-breaking, ideographic, tabs, line breaks) becomes
 * one ASCII space, runs collapse, ends are trimmed. No other character is touched, since offsets
 * into this text are the article pane's coordinates.
 */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffd]|[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g

export function normalizeSpace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim()
}
