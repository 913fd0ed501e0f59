import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../language'

describe('detectLanguage', () => {
  it('tells Simplified from Traditional', () => {
    expect(detectLanguage(['虚构城市的议会周二通过了新的预算，市长表示将优先用于交通。'])).toBe('zh-Hans')
    expect(detectLanguage(['虛構城市的議會週二通過了新的預算，市長表示將優先用於交通。'])).toBe('zh-Hant')
  })

  it('reads English, even with a few Chinese names', () => {
    expect(detectLanguage(['The council of the fictional city (虚构市) passed a new budget on Tuesday.'])).toBe('en')
  })
})
