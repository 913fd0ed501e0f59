import { describe, expect, it } from 'vitest'
import { lastAnchor, parseTimes } from '../../../..'
import { only, PARIS_SUNDAY, times } from '../../../helpers'

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

  describe('carried in from an earlier paragraph', () => {
    const earlier = lastAnchor(times('部长周三（9月13日）抵达，周五离开。'))
    const next = (text: string) => parseTimes(text, PARIS_SUNDAY, 'zh-Hans', earlier)

    it('the anchor is the last certain day of the earlier text', () => {
      expect(earlier).toEqual({ day: { year: 2023, month: 9, day: 15 }, year: 2023 })
      expect(lastAnchor(times('最近几天，天气很好'))).toEqual({})
    })

    it('当天 and a bare part of day count from it', () => {
      expect(next('当天早些时候他会见了州长').map((t) => t.time.start)).toEqual(['2023-09-15'])
      expect(next('晚上他发推文')[0]!.time).toMatchObject({ start: '2023-09-15', audit: { rule: 'zh/part-of-day-anchored' } })
    })

    it('"X的前一天" counts from it, a bare 前一天 from the report day', () => {
      expect(next('在记者会的前一天，他发推文')[0]!.time.start).toBe('2023-09-14')
      expect(next('总统前一日发表讲话')[0]!.time.start).toBe('2023-09-16')
      expect(next('在此前一天，议会通过了法案')[0]!.time.start).toBe('2023-09-14')
    })

    it('a date of the paragraph itself still wins', () => {
      expect(next('10日抵达，当天离开').map((t) => t.time.start)).toEqual(['2023-09-10', '2023-09-10'])
    })
  })
})
