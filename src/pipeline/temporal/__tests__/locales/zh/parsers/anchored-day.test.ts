import { describe, expect, it } from 'vitest'
import { only, times } from '../../../helpers'

describe('zh anchored days (当天 / 次日 / 翌日)', () => {
  it('次日 counts from the date stated before it in the same text', () => {
    const [first, next] = times('部长12日抵达，次日离开')
    expect(first!.time.start).toBe('2023-09-12')
    expect(next!.time).toMatchObject({ start: '2023-09-13', granularity: 'day', audit: { rule: 'zh/anchored-day' } })
  })

  it('当天 after a weekday is that weekday', () => {
    const found = times('本周二他抵达俄罗斯，当天会见了州长')
    expect(found.map((t) => t.time.start)).toEqual(['2023-09-12', '2023-09-12'])
  })

  it('without an earlier date they count from the publication day, and say so', () => {
    expect(only('翌日他离开').time).toMatchObject({ start: '2023-09-18', audit: { rule: 'zh/anchored-day-publication' } })
    expect(only('当天他离开').time.start).toBe('2023-09-17')
  })

  it('a bare part of day also belongs to the date before it', () => {
    const found = times('10月5日，总统在医院。晚上他发推文')
    expect(found[1]!.time).toMatchObject({ start: '2023-10-05', partOfDay: 'evening', audit: { rule: 'zh/part-of-day-anchored' } })
  })
})
