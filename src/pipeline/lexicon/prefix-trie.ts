/**
 * Longest-word-at-a-position lookups over a fixed word list: a trie over UTF-16 units, so a scan
 * costs the length of the match rather than one startsWith per word sharing the first character.
 */
export interface PrefixTrie {
  /** Children by UTF-16 code unit (numbers hash faster than one-character strings). */
  next: Map<number, PrefixTrie>
  /** Set when a word ends here. */
  word?: string
}

export function prefixTrie(words: readonly string[]): PrefixTrie {
  const root: PrefixTrie = { next: new Map() }
  for (const w of words) {
    if (!w) continue
    let node = root
    for (let k = 0; k < w.length; k++) {
      let child = node.next.get(w.charCodeAt(k))
      if (!child) {
        child = { next: new Map() }
        node.next.set(w.charCodeAt(k), child)
      }
      node = child
    }
    node.word = w
  }
  return root
}

/** The longest word that starts at `i` in `text`, if any. */
export function longestAt(trie: PrefixTrie, text: string, i: number): string | undefined {
  let node: PrefixTrie | undefined = trie
  let found: string | undefined
  for (let j = i; j < text.length; j++) {
    node = node.next.get(text.charCodeAt(j))
    if (!node) break
    if (node.word !== undefined) found = node.word
  }
  return found
}

