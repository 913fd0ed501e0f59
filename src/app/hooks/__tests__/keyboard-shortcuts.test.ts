import { describe, expect, it } from 'vitest'
import { shortcutFor, stepSelection } from '../keyboard-shortcuts'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('shortcutFor', () => {
  it('maps each key', () => {
    const body = { tagName: 'BODY' }
    expect(['ArrowLeft', 'ArrowRight', '+', '-', '0', '/', 'Escape'].map((k) => shortcutFor(key(k), body))).toEqual([
      'previous', 'next', 'zoom-in', 'zoom-out', 'fit', 'focus-search', 'clear-selection',
    ])
  })

  it('never takes keys from typing targets or modified keys', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) expect(shortcutFor(key('/'), { tagName })).toBeNull()
    expect(shortcutFor(key('ArrowLeft'), { tagName: 'DIV', isContentEditable: true })).toBeNull()
    expect(shortcutFor(key('0', { ctrlKey: true }), { tagName: 'BODY' })).toBeNull()
    expect(shortcutFor(key('a'), { tagName: 'BODY' })).toBeNull()
  })
})

describe('stepSelection', () => {
  const ids = ['a', 'b', 'c']
  it('moves within the shown events and stops at the ends', () => {
    expect(stepSelection(ids, 'b', 1)).toBe('c')
    expect(stepSelection(ids, 'c', 1)).toBe('c')
    expect(stepSelection(ids, 'a', -1)).toBe('a')
  })
  it('starts from an end when nothing shown is selected', () => {
    expect(stepSelection(ids, null, 1)).toBe('a')
    expect(stepSelection(ids, 'hidden', -1)).toBe('c')
    expect(stepSelection([], null, 1)).toBeNull()
  })
})
