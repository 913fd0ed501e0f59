import { describe, expect, it } from 'vitest'
import { EVENT_TYPES } from '../../../schema'
import { MESSAGES } from '../messages'

describe('the UI word tables', () => {
  it('name every event type in both languages, Chinese in Chinese and English in Latin letters', () => {
    for (const type of EVENT_TYPES) {
      expect(MESSAGES.zh.card.types[type]).toMatch(/^[\u4e00-\u9fff]+$/)
      expect(MESSAGES.en.card.types[type]).toMatch(/^[A-Z][a-z ]+$/)
    }
    expect(new Set(Object.values(MESSAGES.en.card.types)).size).toBe(EVENT_TYPES.length)
  })

  it('write the header summary and filter counts in the chosen language', () => {
    expect(MESSAGES.en.summary(3, 12, 1)).toBe('3 articles · 12 events · 1 actors')
    expect(MESSAGES.zh.summary(3, 12, 1)).toBe('3 篇文章 · 12 个事件 · 1 个行为者')
    expect(MESSAGES.en.filters.shown(2, 9)).toBe('(2 of 9 events)')
    expect(MESSAGES.zh.filters.shown(2, 9)).toContain('显示 2')
  })
})
