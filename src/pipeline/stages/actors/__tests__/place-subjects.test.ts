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

describe('a place that is the subject after words that only qualify it', () => {
  it('a Chinese city the segmenter tags as a noun, after what kind of city it is and before a time phrase (中部大城市合肥在今年9月1日宣布)', () => {
    expect(acting('人口众多的中部大城市合肥在今年9月1日宣布，将采取类似规定')).toEqual(['合肥'])
    expect(acting('吉林省的长春市最近也颁布了一项禁令')).toEqual(['长春市'])
  })
  it('after its country, a saying verb, or a briefing bullet', () => {
    expect(acting('加拿大安大略省单日新增800宗病例')).toEqual(['安大略省'])
    expect(acting('官方称济南将在五天内完成全员检测')).toEqual(['济南'])
    expect(acting('• 烟台新增三宗阳性病例')).toEqual(['烟台'])
  })
  it('is where, not who, after a preposition or a motion verb, or inside a capital (首都比什凯克 stays the country’s)', () => {
    expect(acting('代表们在人口众多的中部大城市合肥举行会议')).toEqual([])
    expect(acting('代表团前往吉林省的长春市访问')).toEqual([])
    expect(acting('吉尔吉斯斯坦首都比什凯克爆发抗议')).toEqual([])
  })
})
