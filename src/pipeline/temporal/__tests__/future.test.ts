import { describe, expect, it } from 'vitest'
import { isFutureClause } from '../future'
import { only } from './helpers'

const at = (text: string, expression: string, lang: 'zh' | 'en' = 'zh') => {
  const start = text.indexOf(expression)
  return isFutureClause(text, start, start + expression.length, lang)
}

describe('future clause detection', () => {
  it.each([
    ['部长将于周五访问', true],
    ['部长计划周五访问', true],
    ['部长预计周五抵达', true],
    ['部长准备周五出发', true],
    ['部长拟周五出访', true],
    ['周五，他将前往北京', true],
    ['部长周五表示', false],
    ['警方周五将其逮捕', false],
    ['西班牙名将周五夺冠', false],
    ['他周五准备了演讲', false],
    ['委员会在周五发布报告', false],
    ['周五的模拟演习', false],
    ['部长计划在周五访问', true],
    ['抽签移民计划（DV）于周五开始接受申请', false],
    ['这项计划周五已经启动', false],
    ['世界粮食计划署周五获奖', false],
    ['议员周五对国防部的造舰计划表示赞赏', false],
    ['议员周五对新的计划表示赞赏', false],
    ['议员计划周五发表声明', true],
  ])('%s → %s', (text, expected) => {
    expect(at(text, '周五')).toBe(expected)
  })

  it('only reads the clause of the expression', () => {
    expect(at('部长周五表示，将于下月访华', '周五')).toBe(false)
  })

  it('English "will"', () => {
    expect(at('He will leave on Friday.', 'Friday', 'en')).toBe(true)
    expect(at('He left on Friday, officials said.', 'Friday', 'en')).toBe(false)
  })
})

describe('the two future flags of a parsed time', () => {
  it('a day after publication in a clause without a word of the future is future, not a future clause (a deadline)', () => {
    const t = only('须在10月3日前拆除')
    expect(t.time.start).toBe('2023-10-03')
    expect(t).toMatchObject({ future: true, futureClause: false })
  })
  it('a clause with a word of the future is both', () => {
    expect(only('部长将于周五访问')).toMatchObject({ future: true, futureClause: true })
  })
  it('a past day in a plain clause is neither', () => {
    expect(only('部长周五表示')).toMatchObject({ future: false, futureClause: false })
  })
})
