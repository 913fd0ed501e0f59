import { describe, expect, it } from 'vitest'
import { only, times } from '../../../helpers'

// Reference: Sunday 2023-09-17 (Paris).
const OCT_12 = { instant: '2020-10-12T10:00:00+02:00', timeZone: 'Europe/Paris' }

describe('zh fixed-date holidays', () => {
  it('国庆节 and 今年的十一 + a holiday word are 1 October, the closest one to publication', () => {
    expect(only('今年的十一升旗仪式在警方戒备下进行', OCT_12).time).toMatchObject({ start: '2020-10-01', end: null, granularity: 'day', audit: { rule: 'zh/holiday' } })
    expect(only('国庆节期间，游客很多', OCT_12).time).toMatchObject({ start: '2020-10-01', audit: { rule: 'zh/year-closest' } })
  })
  it('the national holiday week is a week from 1 October, uncertain', () => {
    expect(only('十一长假期间，游客大增', OCT_12).time).toMatchObject({ start: '2020-10-01', end: '2020-10-07', uncertain: true })
  })
  it('台湾国庆 / 双十节 are 10 October; 圣诞节 in a September report is last year’s', () => {
    expect(only('台湾国庆时，总统发表讲话', OCT_12).time.start).toBe('2020-10-10')
    expect(only('去年圣诞节前夕他辞职').time.start).toBe('2022-12-25')
  })
  it('a holiday told as a noun (长假结束, 度过了国庆节) dates nothing', () => {
    expect(times('国庆长假刚刚结束', OCT_12)).toEqual([])
    expect(times('中国度过了一个平静的国庆节', OCT_12)).toEqual([])
  })
  it('十一 as a number or a day stays a number or a day', () => {
    expect(times('十一人受伤').map((t) => t.text)).toEqual([])
    expect(only('十一日，他抵达').time.start).toBe('2023-09-11')
  })
})
