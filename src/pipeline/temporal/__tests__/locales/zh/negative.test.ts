/** Things in Chinese news that must NOT come out as dates. */
import { describe, expect, it } from 'vitest'
import { times } from '../../helpers'

describe('zh negative cases', () => {
  it.each([
    ['五架爆炸性无人机', 'counts with measure words'],
    ['距离约为250公里', 'distances'],
    ['一件礼物和3名士兵、20名官员', 'counts of people and things'],
    ['支持率上升了5%，达到百分之五十', 'percentages'],
    ['这是第二次会晤', 'ordinals'],
    ['两国关系和周边地区', '两国 / 周边'],
    ['一个星期内完成', '星期 alone'],
    ['庆祝建党一周年和75周年', 'anniversaries'],
    ['每周五举行例会', 'recurring weekdays'],
    ['每月一次', 'recurring months'],
    ['三个月来，他提出五点主张', 'durations and points'],
    ['花费20日元', 'yen'],
    ['他在3日内完成', 'within N days'],
    ['1990年代', 'decades'],
    ['目前天气良好', '前天 inside 目前天气'],
    ['据今日美国报道', 'the newspaper 今日美国'],
    ['船只接近日本海域', '近日 inside 接近日本'],
    ['节日前夕', '日前 inside 节日前'],
    ['离这里最近的医院', 'nearest, not recently'],
    ['晚会和晚宴', '晚 words'],
    ['连续第二年举行', 'a count of years'],
    ['比分3:1', 'scores'],
    ['人民日报和日本', '日 in names'],
    ['双方最近一次会面', 'the latest meeting, whenever it was'],
    ['冲突持续了近两周', 'nearly two weeks, a duration'],
    ['冲突爆发近两周后', 'a span counted from an event'],
    ['他近期将前往北京受审', 'the near term, a time to come'],
  ])('%s (%s)', (text) => {
    expect(times(text).map((t) => t.text)).toEqual([])
  })

  it('keeps the real date next to a count: 周五，五架无人机', () => {
    expect(times('周五，五架无人机抵达').map((t) => t.text)).toEqual(['周五'])
  })
})
