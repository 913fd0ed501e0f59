import { describe, expect, it } from 'vitest'
import { docOf, summary } from './helpers'

describe('首次: adverb or noun phrase', () => {
  it('首次 before a verb (he first tested positive) leaves the happening', () => {
    expect(summary(docOf(['总统马洛尼周四首次检测呈阳性。'], { 周四: '2024-03-07' }))).toEqual(['health:马洛尼'])
  })
  it('his first visit (的首次访问) only names a visit', () => {
    expect(summary(docOf(['外界关注马洛尼的首次访问。']))).toEqual([])
  })
})
