import { describe, expect, it } from 'vitest'
import { pickLanguage } from '../language'
import { MESSAGES } from '../messages'

describe('pickLanguage', () => {
  it('takes the first language we have', () => {
    expect(pickLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh')
    expect(pickLanguage(['en-US', 'zh-CN'])).toBe('en')
    expect(pickLanguage(['de'])).toBe('en')
    expect(pickLanguage([])).toBe('en')
  })
})

describe('messages', () => {
  it('has the audit sentence in both languages', () => {
    expect(MESSAGES.zh.card.relativeTo('本周二', '2023-09-12', '2023-09-17', 'zh/weekday')).toContain('本周二 → 2023-09-12')
    expect(MESSAGES.en.card.relativeTo('Tuesday this week', '12 Sept 2023', '17 Sept 2023', 'r')).toBe(
      'Tuesday this week → 12 Sept 2023, relative to the publication on 17 Sept 2023 (rule r)',
    )
    expect(MESSAGES.en.panes.close('Storm')).toBe('Close Storm')
  })
})
