import { describe, expect, it } from 'vitest'
import { brief, NEW_YEAR, only, times } from '../../../helpers'

describe('zh calendar dates, months and years', () => {
  it.each([
    ['2023年9月12日', '2023-09-12', null, 'day', 'zh/date'],
    ['二〇二三年九月十二日', '2023-09-12', null, 'day', 'zh/date'],
    ['9月12号', '2023-09-12', null, 'day', 'zh/year-closest'],
    ['去年10月3日', '2022-10-03', null, 'day', 'zh/date'],
    ['2014年10月', '2014-10-01', '2014-10-31', 'month', 'zh/month'],
    ['今年2月', '2023-02-01', '2023-02-28', 'month', 'zh/month'],
    ['明年1月', '2024-01-01', '2024-01-31', 'month', 'zh/month'],
    ['8月份', '2023-08-01', '2023-08-31', 'month', 'zh/year-closest'],
    ['2014年', '2014-01-01', '2014-12-31', 'year', 'zh/year'],
    ['2020年度', '2020-01-01', '2020-12-31', 'year', 'zh/year'],
    ['去年', '2022-01-01', '2022-12-31', 'year', 'zh/relative-year'],
  ])('%s → %s..%s (%s)', (text, start, end, granularity, rule) => {
    const t = only(`报告说，${text}发生了变化`)
    expect(t.time).toMatchObject({ start, end, granularity, uncertain: false, audit: { rule } })
  })

  it('今年 in a past clause is the year so far, up to the publication day; in a future clause, the whole year', () => {
    expect(only('今年以来已耗资41亿').time).toMatchObject({ start: '2023-01-01', end: '2023-09-17', granularity: 'day', uncertain: true, audit: { rule: 'zh/relative-year-so-far' } })
    expect(only('今年将举行大选').time).toMatchObject({ start: '2023-01-01', end: '2023-12-31', granularity: 'year', audit: { rule: 'zh/relative-year' } })
    expect(only('去年发生了变化').time).toMatchObject({ end: '2022-12-31', granularity: 'year' })
  })

  it('本月 / 上个月 / 下月 are months around the publication', () => {
    expect(brief(only('他上个月辞职'))).toMatchObject({ start: '2023-08-01', end: '2023-08-31', granularity: 'month' })
    expect(brief(only('本月将举行'))).toMatchObject({ start: '2023-09-01', end: '2023-09-30' })
    expect(brief(only('本月举行了'))).toMatchObject({ start: '2023-09-01', end: '2023-09-17', granularity: 'day' })
    expect(brief(only('报告9月公布'))).toMatchObject({ start: '2023-09-01', end: '2023-09-17', granularity: 'day' })
    expect(brief(only('报告2023年公布'))).toMatchObject({ start: '2023-01-01', end: '2023-09-17', granularity: 'day' })
    expect(brief(only('下月举行'))).toMatchObject({ start: '2023-10-01', end: '2023-10-31' })
  })

  it('上月27号 / 本月3日 take the month relative to publication', () => {
    expect(only('冲突在上月27号发生').time).toMatchObject({ start: '2023-08-27', audit: { rule: 'zh/date-relative-month' } })
    expect(only('本月3日他抵达').time.start).toBe('2023-09-03')
  })

  it('a missing year puts the date closest to publication: 12月30日 in a 2 January report is last year', () => {
    expect(only('12月30日，他宣布', NEW_YEAR).time.start).toBe('2020-12-30')
    expect(only('1月5日将举行', NEW_YEAR).time.start).toBe('2021-01-05')
  })

  it('a past-tense clause does not reach months ahead: 3月8日 in a September report is this March', () => {
    expect(only('书记3月8日出面').time).toMatchObject({ start: '2023-03-08', audit: { rule: 'zh/year-news-past' } })
  })

  it('does not take 1990年代 for a year or 3个月 for a month', () => {
    expect(times('1990年代的三个月里')).toEqual([])
  })
})

describe('zh ranges', () => {
  it.each([
    ['10月12日至14日', '2023-10-12', '2023-10-14', 'day'],
    ['10月12-14日', '2023-10-12', '2023-10-14', 'day'],
    ['9月30日到10月2日', '2023-09-30', '2023-10-02', 'day'],
    ['1991至1994年', '1991-01-01', '1994-12-31', 'year'],
    ['1991-1994年', '1991-01-01', '1994-12-31', 'year'],
    ['2019年至2020年', '2019-01-01', '2020-12-31', 'year'],
    ['2020－2025年', '2020-01-01', '2025-12-31', 'year'],
    ['5月至7月', '2023-05-01', '2023-07-31', 'month'],
  ])('%s → %s..%s', (text, start, end, granularity) => {
    expect(brief(only(`会议${text}举行`))).toEqual({ text, start, end, granularity })
  })

  it('a range of bare days takes the month from the publication, like a bare day', () => {
    expect(brief(only('会议12至14日举行'))).toMatchObject({ start: '2023-09-12', end: '2023-09-14' })
  })
})

describe('zh days without a month', () => {
  it.each([
    ['12日', '2023-09-12'],
    ['当地时间12日', '2023-09-12'],
    ['１０日', '2023-09-10'],
    ['十三日', '2023-09-13'],
    ['17日', '2023-09-17'],
    ['9号', '2023-09-09'],
  ])('%s → %s', (text, day) => {
    expect(only(`部长${text}表示`).time).toMatchObject({ start: day, granularity: 'day', audit: { rule: 'zh/day-without-month' } })
  })

  it('号 after digits only, and not before what it numbers (9号线, 3号楼)', () => {
    expect(times('他乘坐9号线去了3号楼，见到了五号选手')).toEqual([])
  })

  it('a day after the publication day is last month\'s', () => {
    expect(only('部长25日表示').time.start).toBe('2023-08-25')
  })

  it('…unless the clause is about the future', () => {
    const t = only('部长将于25日访问')
    expect(t.time).toMatchObject({ start: '2023-09-25', audit: { rule: 'zh/day-without-month-future' } })
    expect(t.future).toBe(true)
  })

  it('a dateline day is always past, whatever follows', () => {
    expect(only('（法新社巴黎25日电）部长将出席会议').time.start).toBe('2023-08-25')
  })

  it('31日 skips months without a 31st', () => {
    expect(only('部长31日表示').time.start).toBe('2023-08-31')
  })

  it('does not read 3日内, 20日元 or 5日游 as dates', () => {
    expect(times('3日内付20日元参加5日游')).toEqual([])
  })
})

describe('zh parts of months and years', () => {
  it.each([
    ['9月上旬', '2023-09-01', '2023-09-10', false, 'zh/year-closest'],
    ['去年12月中旬', '2022-12-11', '2022-12-20', false, 'zh/month-part'],
    ['8月下旬', '2023-08-21', '2023-08-31', false, 'zh/year-closest'],
    ['本月初', '2023-09-01', '2023-09-10', true, 'zh/month-part'],
    ['上月底', '2023-08-21', '2023-08-31', true, 'zh/month-part'],
    ['月底', '2023-09-21', '2023-09-30', true, 'zh/month-part'],
  ])('%s → %s..%s', (text, start, end, uncertain, rule) => {
    expect(only(`此事${text}曝光`).time).toMatchObject({ start, end, granularity: 'day', uncertain, audit: { rule } })
  })

  it.each([
    ['今年年底', '2023-11-01', '2023-12-31'],
    ['2017年底', '2017-11-01', '2017-12-31'],
    ['去年年初', '2022-01-01', '2022-02-28'],
  ])('%s → %s..%s (uncertain months)', (text, start, end) => {
    expect(only(`此事${text}曝光`).time).toMatchObject({ start, end, granularity: 'month', uncertain: true })
  })
})

describe('zh seasons and half-years', () => {
  it.each([
    ['今年秋天', '2023-09-01', '2023-11-30'],
    ['去年冬季', '2022-12-01', '2023-02-28'],
    ['2019年夏天', '2019-06-01', '2019-08-31'],
    ['上半年', '2023-01-01', '2023-06-30'],
  ])('%s → %s..%s (uncertain months)', (text, start, end) => {
    expect(only(`此事${text}发生`).time).toMatchObject({ start, end, granularity: 'month', uncertain: true, audit: { rule: 'zh/season' } })
  })

  it('a season without its year is no date (秋季旅游)', () => {
    expect(times('秋季旅游预订')).toEqual([])
  })
})

describe('zh counted back (三天前)', () => {
  it.each([
    ['三天前', '2023-09-14', null, 'day'],
    ['两周前', '2023-09-03', null, 'day'],
    ['两个月前', '2023-07-01', '2023-07-31', 'month'],
    ['20年前', '2003-01-01', '2003-12-31', 'year'],
  ])('%s → %s', (text, start, end, granularity) => {
    expect(only(`他${text}离开`).time).toMatchObject({ start, end, granularity, audit: { rule: 'zh/ago' } })
  })
})

describe('zh years relative to an earlier year (同年 / 次年)', () => {
  it('次年 follows the year stated before', () => {
    const found = times('他2015年入狱，次年获释')
    expect(found.map((t) => t.time.start)).toEqual(['2015-01-01', '2016-01-01'])
  })

  it('连续第二年 and a 同年 with nothing before are not dates', () => {
    expect(times('连续第二年举行')).toEqual([])
    expect(times('同年他获释')).toEqual([])
  })

  describe('a date and the weekday naming it are one expression (reference Sunday 2023-09-17)', () => {
    it('a coming date keeps its weekday in the future, with the part of day', () => {
      expect(only('他期待9月21日周四晚的辩论').time).toMatchObject({ start: '2023-09-21', partOfDay: 'evening' })
    })
    it.each(['周二（9月12日）抵达', '9月12日（星期二）抵达', '9月12日周二抵达'])('%s is 2023-09-12, one expression', (text) => {
      const t = only(text)
      expect([t.time.start, text.startsWith(t.text)]).toEqual(['2023-09-12', true])
    })
    it('a weekday after a date in another clause stays its own expression', () => {
      expect(times('9月12日抵达，周五离开').map((t) => t.time.start)).toEqual(['2023-09-12', '2023-09-15'])
    })
  })
})
