/** Traditional Chinese goes through the same parsers via the character table. */
import { describe, expect, it } from 'vitest'
import { only, times } from '../../helpers'

describe('zh-Hant through the Simplified parsers', () => {
  it.each([
    ['部長週二抵達', '週二', '2023-09-12'],
    ['部長本週二抵達', '本週二', '2023-09-12'],
    ['部長上週五表示', '上週五', '2023-09-08'],
    ['部長星期六表示', '星期六', '2023-09-16'],
    ['部長昨日表示', '昨日', '2023-09-16'],
    ['部長禮拜三表示', '禮拜三', '2023-09-13'],
    ['部長後天出發', '後天', '2023-09-19'],
    ['部長１２日表示', '１２日', '2023-09-12'],
  ])('%s → %s = %s', (text, expression, day) => {
    const t = only(text, undefined, 'zh-Hant')
    expect(t.text).toBe(expression)
    expect(t.time.start).toBe(day)
  })

  it('keeps offsets into the original Traditional text', () => {
    const [t] = times('據報導，總統將於週五訪問', undefined, 'zh-Hant')
    expect(t).toMatchObject({ start: 8, end: 10, text: '週五', future: true })
    expect(t!.time.start).toBe('2023-09-22')
  })

  it('下午兩點 with the Traditional 兩/點', () => {
    expect(only('會議下午兩點開始', undefined, 'zh-Hant').time.start).toBe('2023-09-17T14:00:00+02:00')
  })
})
