import { describe, expect, it } from 'vitest'
import { NEW_YEAR, only, times } from '../../../helpers'

// Reference: Sunday 2023-09-17.
describe('zh weekdays in news tense', () => {
  it.each([
    ['部长周五表示', '2023-09-15'],
    ['部长星期六表示', '2023-09-16'],
    ['部长礼拜三表示', '2023-09-13'],
    ['部长星期天表示', '2023-09-17'],
    ['部长周一表示', '2023-09-11'],
  ])('%s → the most recent one, %s', (text, day) => {
    const t = only(text)
    expect(t.time).toMatchObject({ start: day, granularity: 'day', audit: { rule: 'zh/weekday-news-past' } })
    expect(t.future).toBe(false)
  })

  it('周日早些时候 in a Sunday report is the publication day itself', () => {
    const t = only('周日早些时候，领导人返回')
    expect(t.text).toBe('周日早些时候')
    expect(t.time).toMatchObject({ start: '2023-09-17', end: null, granularity: 'day', uncertain: false })
  })

  it.each([
    ['部长将于周五访问', '2023-09-22'],
    ['部长计划周二出访', '2023-09-19'],
    ['预计周三公布结果', '2023-09-20'],
    ['部长拟于周四出席', '2023-09-21'],
  ])('%s → the next one, %s', (text, day) => {
    const t = only(text)
    expect(t.time).toMatchObject({ start: day, audit: { rule: 'zh/weekday-news-future' } })
    expect(t.future).toBe(true)
  })

  it('"将" as the object marker (将其逮捕) is not future', () => {
    expect(only('警方周五将其逮捕').time.start).toBe('2023-09-15')
    expect(only('周三早些时候，家属指控警方将遗体火化').time.start).toBe('2023-09-13')
  })

  it('a weekday clause followed by a clause about the future reads that clause', () => {
    expect(only('周五，他将前往北京').time.start).toBe('2023-09-22')
  })

  it('本周二 in a Sunday report is the Tuesday before (chrono alone gives the next one)', () => {
    expect(only('金正恩于本周二抵达').time).toMatchObject({ start: '2023-09-12', audit: { rule: 'zh/weekday-this-week' } })
  })

  it.each([
    ['上周五', '2023-09-08', 'zh/weekday-last-week'],
    ['上星期五', '2023-09-08', 'zh/weekday-last-week'],
    ['上个礼拜一', '2023-09-04', 'zh/weekday-last-week'],
    ['下周一', '2023-09-18', 'zh/weekday-next-week'],
    ['下星期天', '2023-09-24', 'zh/weekday-next-week'],
    ['这周日', '2023-09-17', 'zh/weekday-this-week'],
  ])('%s → %s', (text, day, rule) => {
    expect(only(`他${text}出发`).time).toMatchObject({ start: day, audit: { rule } })
  })

  it('本周 / 上周 alone are the Monday-Sunday week, uncertain', () => {
    expect(only('上周，他出发').time).toMatchObject({ start: '2023-09-04', end: '2023-09-10', uncertain: true })
    expect(only('本周他出发').time).toMatchObject({ start: '2023-09-11', end: '2023-09-17' })
  })

  it('本周 in a mid-week report is the part already past, or in a future clause the part to come', () => {
    // NEW_YEAR: Saturday 2021-01-02, its week Monday 2020-12-28 .. Sunday 2021-01-03.
    expect(only('本周他出发', NEW_YEAR).time).toMatchObject({ start: '2020-12-28', end: '2021-01-02' })
    expect(only('他本周将前往巴黎', NEW_YEAR).time).toMatchObject({ start: '2021-01-02', end: '2021-01-03' })
    expect(only('上周，他出发', NEW_YEAR).time).toMatchObject({ start: '2020-12-21', end: '2020-12-27' })
  })

  it('周一至周五 is a range with the end after the start', () => {
    expect(only('周一至周五举行').time).toMatchObject({ start: '2023-09-11', end: '2023-09-15' })
  })

  it('每周五 repeats and is no date; 周边 / 周年 / 星期 alone are no weekdays', () => {
    expect(times('每周五开会')).toEqual([])
    expect(times('周边国家纪念一周年')).toEqual([])
    expect(times('一个星期')).toEqual([])
  })

  it('a weekday right before 报道 / 报告 is still a weekday', () => {
    expect(only('通讯社周一报道说').time.start).toBe('2023-09-11')
    expect(only('路透社星期天报道说').time.start).toBe('2023-09-17')
  })

  it('上周末 is last week\'s Saturday-Sunday', () => {
    expect(only('上周末，官方公布数据').time).toMatchObject({ start: '2023-09-09', end: '2023-09-10', uncertain: true })
  })

  it('过去一个周末 / 刚刚过去的周末 is the last weekend that ended before the day of publication', () => {
    const monday = { instant: '2023-09-18T10:00:00+02:00', timeZone: 'Europe/Paris' }
    const sunday = { instant: '2023-09-17T10:00:00+02:00', timeZone: 'Europe/Paris' }
    expect(only('大学在过去一个周末发表声明', monday).time).toMatchObject({ start: '2023-09-16', end: '2023-09-17', uncertain: true })
    expect(only('刚刚过去的周末，他们举行集会', monday).time).toMatchObject({ start: '2023-09-16', end: '2023-09-17' })
    expect(only('大学在过去的周末发表声明', sunday).time).toMatchObject({ start: '2023-09-09', end: '2023-09-10' })
  })

  it('这个周末 told before Saturday is the weekend just past, unless the clause speaks of the future', () => {
    const monday = { instant: '2023-09-18T10:00:00+02:00', timeZone: 'Europe/Paris' }
    expect(only('这个周末，几位负责人再次呼吁推迟', monday).time).toMatchObject({ start: '2023-09-16', end: '2023-09-17' })
    expect(only('他们将在这个周末举行集会', monday).time).toMatchObject({ start: '2023-09-23', end: '2023-09-24' })
    expect(only('本周末，官方公布数据').time).toMatchObject({ start: '2023-09-16', end: '2023-09-17' })
  })

  it('周一晚 keeps the evening', () => {
    expect(only('总统周一晚表示').time).toMatchObject({ start: '2023-09-11', partOfDay: 'evening' })
  })
})
