import { describe, expect, it } from 'vitest'
import { pickerWindow } from '../picker-window'

const articles = Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}` }))

describe('the article picker beyond a few hundred articles', () => {
  it('lists every article of a small data set', () => {
    expect(pickerWindow(articles.slice(0, 50), 'a3')).toHaveLength(50)
  })
  it('lists the articles around the open one, the open one included', () => {
    const shown = pickerWindow(articles, 'a500', 200)
    expect(shown).toHaveLength(200)
    expect(shown.map((a) => a.id)).toContain('a500')
    expect(shown[0]!.id).toBe('a400')
  })
  it('stays within the list at either end, and starts at the top when nothing is open', () => {
    expect(pickerWindow(articles, 'a999', 200)[199]!.id).toBe('a999')
    expect(pickerWindow(articles, 'a0', 200)[0]!.id).toBe('a0')
    expect(pickerWindow(articles, null, 200)[0]!.id).toBe('a0')
  })
})
