import { describe, expect, it } from 'vitest'
import { makeDataSet } from '../../../testing/fixtures'
import { marksByParagraph, nextEventId, paragraphSegments } from '../utils/sentence-marks'

describe('paragraphSegments', () => {
  it('covers the paragraph exactly once, marking each sentence', () => {
    const text = '甲事件发生。乙事件发生。结尾。'
    const segments = paragraphSegments(text, [
      { start: 6, end: 12, eventIds: ['e2'] },
      { start: 0, end: 6, eventIds: ['e1'] },
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.filter((s) => s.kind === 'mark').map((s) => s.text)).toEqual(['甲事件发生。', '乙事件发生。'])
  })

  it('merges overlapping sentences and keeps every event id', () => {
    const segments = paragraphSegments('一二三四五六', [
      { start: 0, end: 4, eventIds: ['a'] },
      { start: 2, end: 6, eventIds: ['b'] },
    ])
    expect(segments).toEqual([{ kind: 'mark', start: 0, text: '一二三四五六', eventIds: ['a', 'b'] }])
  })

  it('ignores spans outside the text instead of crashing', () => {
    const segments = paragraphSegments('短句。', [{ start: 10, end: 20, eventIds: ['x'] }])
    expect(segments).toEqual([{ kind: 'text', start: 0, text: '短句。' }])
  })
})

describe('marksByParagraph', () => {
  it('puts events sharing a sentence on the same mark, in event order', () => {
    const { index, bodies } = makeDataSet()
    const article = bodies[0]!
    const marks = marksByParagraph(index.events, article.id)
    expect(marks.get(1)?.map((m) => m.eventIds)).toEqual([['e-talks'], ['e-deal']])
    const segments = paragraphSegments(article.paragraphs[1]!.text, marks.get(1) ?? [])
    expect(segments.filter((s) => s.kind === 'mark').map((s) => s.kind === 'mark' && s.eventIds)).toEqual([['e-talks', 'e-deal']])
  })
})

describe('nextEventId', () => {
  it('selects the first, then the next, wrapping around', () => {
    expect(nextEventId(['a', 'b', 'c'], null)).toBe('a')
    expect(nextEventId(['a', 'b', 'c'], 'a')).toBe('b')
    expect(nextEventId(['a', 'b', 'c'], 'c')).toBe('a')
    expect(nextEventId(['a', 'b'], 'elsewhere')).toBe('a')
  })
})
