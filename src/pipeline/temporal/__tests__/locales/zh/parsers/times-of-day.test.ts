import { describe, expect, it } from 'vitest'
import { only, times } from '../../../helpers'

describe('zh parts of day', () => {
  it.each([
    ['凌晨', 'dawn'], ['清晨', 'dawn'], ['早上', 'morning'], ['上午', 'morning'], ['中午', 'noon'],
    ['下午', 'afternoon'], ['傍晚', 'evening'], ['晚间', 'evening'], ['晚上', 'evening'], ['夜间', 'night'], ['深夜', 'night'],
  ])('12日%s → the day with partOfDay %s, no invented hour', (word, part) => {
    const t = only(`部长12日${word}抵达`)
    expect(t.text).toBe(`12日${word}`)
    expect(t.time).toMatchObject({ start: '2023-09-12', end: null, granularity: 'part-of-day', partOfDay: part })
  })

  it('周五上午 merges weekday and part of day', () => {
    expect(only('周五上午，他抵达').time).toMatchObject({ start: '2023-09-15', partOfDay: 'morning' })
  })

  it('每天早上 repeats and is no date', () => {
    expect(times('他每天早上跑步')).toEqual([])
  })
})

describe('zh clock times', () => {
  it.each([
    ['10日0点', '2023-09-10T00:00:00+02:00', 'hour'],
    ['下午3点', '2023-09-17T15:00:00+02:00', 'hour'],
    ['晚上八点半', '2023-09-17T20:30:00+02:00', 'minute'],
    ['今晚8点', '2023-09-17T20:00:00+02:00', 'hour'],
    ['12日下午3时30分', '2023-09-12T15:30:00+02:00', 'minute'],
    ['凌晨2时', '2023-09-17T02:00:00+02:00', 'hour'],
    ['中午1点', '2023-09-17T13:00:00+02:00', 'hour'],
    ['14:30', '2023-09-17T14:30:00+02:00', 'minute'],
    ['下午约3时', '2023-09-17T15:00:00+02:00', 'hour'],
    ['晚9点', '2023-09-17T21:00:00+02:00', 'hour'],
    ['早8时', '2023-09-17T08:00:00+02:00', 'hour'],
    ['12日晚11点', '2023-09-12T23:00:00+02:00', 'hour'],
  ])('%s → %s', (text, start, granularity) => {
    const t = only(`会议于${text}开始`)
    expect(t.text).toBe(text)
    expect(t.time).toMatchObject({ start, end: null, granularity })
  })

  it('uses the zone offset of that date: January in Paris is +01:00', () => {
    expect(only('会议将于1月10日下午3点开始').time.start).toBe('2024-01-10T15:00:00+01:00')
    expect(only('会议于1月10日下午3点开始').time.start).toBe('2023-01-10T15:00:00+01:00')
  })

  it('a time given in a named zone keeps that zone', () => {
    expect(only('北京时间10日0点').time).toMatchObject({ start: '2023-09-10T00:00:00+08:00', timeZone: 'Asia/Shanghai' })
  })

  it("with no day of its own, a time in a named zone falls on that zone's day at publication", () => {
    // 9:44 on Wednesday in Beijing is 21:44 on Tuesday in New York.
    const beijing = { instant: '2020-09-30T09:44:50+08:00', timeZone: 'Asia/Shanghai' }
    expect(only('辩论在美东时间晚9点开启', beijing).time).toMatchObject({ start: '2020-09-29T21:00:00-04:00', timeZone: 'America/New_York' })
    expect(only('辩论在当地时间晚9点开启', beijing).time.start).toBe('2020-09-30T21:00:00+08:00')
  })

  it('does not read points or counts as hours (五点主张, 3点建议), nor 早一点 (a little earlier) or 最晚 (at the latest)', () => {
    expect(times('他提出五点主张和3点建议')).toEqual([])
    expect(times('我们只是做得早一点')).toEqual([])
    expect(only('最晚9点前必须离开').time.start).toBe('2023-09-17T09:00:00+02:00')
  })
})

describe('zh clock hours after a part of day', () => {
  it('a bare hour after an afternoon or evening of the same day is an hour of it (下午…，两点钟 = 14:00)', () => {
    const [, t] = times('集会下午在广场举行，两点钟开始')
    expect(t!.time.start).toBe('2023-09-17T14:00:00+02:00')
    expect(t!.time.audit.rule).toBe('zh/clock-time-anchored-afternoon')
  })
  it('not after a morning or dawn, nor after a night for the hours after midnight, nor on another day', () => {
    expect(times('集会上午在广场举行，两点钟开始')[1]!.time.start).toBe('2023-09-17T02:00:00+02:00')
    expect(times('警方夜间清场，3点钟结束')[1]!.time.start).toBe('2023-09-17T03:00:00+02:00')
    expect(times('周五下午举行集会。周六两点钟开始')[1]!.time.start).toBe('2023-09-16T02:00:00+02:00')
  })
})

describe('zh fuzzy pasts', () => {
  it.each([
    ['近几天', '2023-09-12'],
    ['稍早', '2023-09-17'],
  ])('%s → an uncertain range from %s to the publication day', (word, start) => {
    const t = only(`外交部${word}表示`)
    expect(t.time).toMatchObject({ start, end: '2023-09-17', granularity: 'day', uncertain: true, audit: { rule: 'zh/fuzzy-past' } })
  })

  it.each(['日前', '近日', '最近', '此前', '近期', '前不久'])('%s (before now) → the few days before publication, uncertain', (word) => {
    expect(only(`外交部${word}表示`).time).toMatchObject({ start: '2023-09-14', end: '2023-09-16', granularity: 'day', uncertain: true, audit: { rule: 'zh/fuzzy-past' } })
  })

  it.each([
    ['最近几个月', '2023-06-17'],
    ['过去两周', '2023-09-03'],
    ['近三天来', '2023-09-14'],
    ['这几天', '2023-09-14'],
  ])('%s → a span from %s up to the publication day, uncertain', (text, start) => {
    expect(only(`${text}，局势紧张`).time).toMatchObject({ start, end: '2023-09-17', uncertain: true, audit: { rule: 'zh/recent-span' } })
  })

  it.each(['几日前', '几天前', '前几天', '数天前', '前些天'])('%s (days ago) ends the day before publication', (word) => {
    expect(only(`外交部${word}表示`).time).toMatchObject({ start: '2023-09-12', end: '2023-09-16', uncertain: true })
  })

  it('本月早些时候 and 本月 in a past clause are this month up to publication; in a future clause, the whole month', () => {
    expect(only('法院本月早些时候裁定').time).toMatchObject({ start: '2023-09-01', end: '2023-09-17', granularity: 'day', uncertain: true })
    expect(only('法院本月裁定').time).toMatchObject({ start: '2023-09-01', end: '2023-09-17', granularity: 'day', uncertain: true })
    expect(only('法院将在本月裁定').time).toMatchObject({ start: '2023-09-01', end: '2023-09-30', granularity: 'month' })
  })

  it('早些时候 after a year only qualifies it (今年早些时候 = this year so far, uncertain)', () => {
    expect(only('东盟今年早些时候超越欧盟').time).toMatchObject({ start: '2023-01-01', end: '2023-09-17', granularity: 'day', uncertain: true })
  })

  it('does not read 节日前, 12日前, 接近日本 or 距离最近的 as fuzzy pasts', () => {
    expect(times('节日前，船只接近日本').map((t) => t.text)).toEqual([])
    expect(times('距离最近的医院')).toEqual([])
  })
})
