import { describe, expect, it } from 'vitest'
import { only, PARIS_AFTER_MIDNIGHT, times } from '../../../helpers'

describe('zh relative days (今天 / 昨天 / 前天 / 明天 / 后天)', () => {
  it.each([
    ['外长今天抵达首都', '今天', '2023-09-17'],
    ['外长昨天抵达首都', '昨天', '2023-09-16'],
    ['外长前天抵达首都', '前天', '2023-09-15'],
    ['外长明天抵达首都', '明天', '2023-09-18'],
    ['外长后天抵达首都', '后天', '2023-09-19'],
    ['外长大前天抵达首都', '大前天', '2023-09-14'],
    ['外长昨日抵达首都', '昨日', '2023-09-16'],
  ])('%s → %s = %s', (text, expression, day) => {
    const t = only(text)
    expect(t.text).toBe(expression)
    expect(t.time).toMatchObject({ start: day, end: null, granularity: 'day', uncertain: false })
    expect(t.time.audit).toEqual({ expression, reference: '2023-09-17T13:30:00+02:00', rule: 'zh/relative-day' })
  })

  it('resolves in the article zone, not the machine zone (00:30 Paris is the 13th)', () => {
    expect(only('部长今天表示', PARIS_AFTER_MIDNIGHT).time.start).toBe('2020-10-13')
  })

  it('今晨 / 昨晚 keep a part of day without inventing an hour', () => {
    expect(only('昨晚发生爆炸').time).toMatchObject({ start: '2023-09-16', granularity: 'part-of-day', partOfDay: 'evening' })
    expect(only('今天下午，部长表示').time).toMatchObject({ start: '2023-09-17', partOfDay: 'afternoon' })
  })

  it('明天 is future, 今天 in a past sentence is not', () => {
    expect(only('他明天访问').future).toBe(true)
    expect(only('他今天访问了工厂').future).toBe(false)
  })

  it('does not read 前天 inside 目前天气 or 今日 in the newspaper 今日美国', () => {
    expect(times('目前天气晴朗')).toEqual([])
    expect(times('据今日美国报道')).toEqual([])
  })

  describe('inside a quote, counted from the day the words were said', () => {
    const quotedDay = (text: string) => times(text).find((t) => /[今昨明]/.test(t.text))!

    it('takes the day stated before the quote (a debate on Friday, reported on Sunday)', () => {
      const t = quotedDay('辩论周五（9月15日）晚间举行。他说：“总统今天再次明确表明了这一点。”')
      expect(t.time.start).toBe('2023-09-15')
      expect(t.time.audit.rule).toBe('zh/relative-day-quoted')
      expect(quotedDay('辩论周五举行。她说：“我昨天才到。”').time.start).toBe('2023-09-14')
    })

    it('keeps the publication day outside quotes, without a stated day, or when the day is over a week old', () => {
      expect(quotedDay('辩论周五举行。总统今天再次表明了这一点。').time.start).toBe('2023-09-17')
      expect(quotedDay('他说：“总统今天再次表明了这一点。”').time.start).toBe('2023-09-17')
      expect(quotedDay('会议9月1日举行。他说：“我们今天要表明立场。”').time.start).toBe('2023-09-17')
    })
  })
})
