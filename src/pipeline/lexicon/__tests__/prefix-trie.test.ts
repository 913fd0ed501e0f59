import { describe, expect, it } from 'vitest'
import { longestAt, prefixTrie } from '../prefix-trie'

describe('prefixTrie / longestAt', () => {
  const trie = prefixTrie(['俄罗斯', '俄', '白俄罗斯', '外长', '', '😀笑'])
  it('gives the longest word starting at the position', () => {
    expect(longestAt(trie, '白俄罗斯外长', 0)).toBe('白俄罗斯')
    expect(longestAt(trie, '白俄罗斯外长', 1)).toBe('俄罗斯')
    expect(longestAt(trie, '俄军', 0)).toBe('俄')
    expect(longestAt(trie, '白俄罗斯外长', 4)).toBe('外长')
  })
  it('finds nothing where no word starts, at the end, or for the empty word', () => {
    expect(longestAt(trie, '白俄罗斯外长', 5)).toBeUndefined()
    expect(longestAt(trie, '白俄', 2)).toBeUndefined()
    expect(longestAt(trie, '白', 0)).toBeUndefined()
  })
  it('matches by UTF-16 units, like startsWith', () => {
    expect(longestAt(trie, 'a😀笑', 1)).toBe('😀笑')
    expect(longestAt(trie, 'a😀', 1)).toBeUndefined()
  })
})
