import { describe, expect, it } from 'vitest'
import { analyse } from '../sentence'
import { placeSubjects } from '../place-subjects'

const acting = (text: string) => placeSubjects(analyse(text).tokens).map((c) => c.name)

describe('a place that opens its clause and acts', () => {
  it('stands for its government (北京要求…, 杭州市周一启动…)', () => {
    expect(acting('北京要求法方修改展览文字')).toEqual(['北京'])
    expect(acting('随后，杭州市周一启动了全员检测')).toEqual(['杭州市'])
  })
  it('takes the place joined before a city (烟台和济南市要求…)', () => {
    expect(acting('烟台和济南市要求返回人员做检测')).toEqual(['烟台', '济南市'])
  })
  it('with the word for its region the segmenter cut off, and an adverb before the verb (图林根/ns 州/n 明确表示)', () => {
    expect(acting('图林根州明确表示，不会拒绝任何人')).toEqual(['图林根州'])
    expect(acting('北京则进行反击')).toEqual(['北京'])
  })
  it('not places counted (两国就互相指责)', () => {
    expect(acting('两国就互相指责对方违反协议')).toEqual([])
  })
  it('is a place where it does not open the clause, does not act, or is a wide region', () => {
    expect(acting('总统周二前往北京访问')).toEqual([])
    expect(acting('柏林是德国首都')).toEqual([])
    expect(acting('欧洲新增病例大幅上升')).toEqual([])
    expect(acting('全市开展了核酸检测')).toEqual([])
  })
})
