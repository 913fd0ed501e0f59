import { describe, expect, it } from 'vitest'
import { splitSentences } from '..'

const texts = (text: string) => splitSentences(text, 0).map((s) => s.text)

describe('splitSentences', () => {
  it('ends Chinese sentences at 。！？ and keeps closing quotes with them', () => {
    expect(texts('他说：“我们会来。”随后离开了。真的吗？是的！')).toEqual(['他说：“我们会来。”', '随后离开了。', '真的吗？', '是的！'])
  })

  it('gives offsets that slice the paragraph back to each sentence', () => {
    const p = '  第一句。 第二句，没有句号'
    for (const s of splitSentences(p, 3)) {
      expect(p.slice(s.start, s.end)).toBe(s.text)
      expect(s.paragraph).toBe(3)
    }
    expect(texts(p)).toEqual(['第一句。', '第二句，没有句号'])
  })

  it('splits English at a full stop before a capital, not inside abbreviations', () => {
    expect(texts('The U.S. envoy left on Monday. He will return.')).toEqual(['The U.S. envoy left on Monday.', 'He will return.'])
  })

  it('does not split numbers and Latin glosses', () => {
    expect(texts('比根 (Stephen Biegun) 说增长了3.5%。')).toHaveLength(1)
  })

  it('does not end a sentence at an initial or a title, nor inside a bracketed gloss', () => {
    expect(texts('律师约翰·R·史密斯(John R. Smith)说，他们很满意。')).toHaveLength(1)
    expect(texts('He met Dr. Jones and Mary K. Lee on Monday. They talked.')).toEqual(['He met Dr. Jones and Mary K. Lee on Monday.', 'They talked.'])
  })

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ', 0)).toEqual([])
  })
})
