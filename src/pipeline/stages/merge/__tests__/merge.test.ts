import { describe, expect, it } from 'vitest'
import { mergeAcrossArticles } from '..'
import { dayTime, event } from '../../../../testing/pipeline'

describe('mergeAcrossArticles', () => {
  it('merges one happening reported by two articles into one event listing both sources', () => {
    const merged = mergeAcrossArticles([event('e-b', { article: 'a-2' }), event('e-a', { article: 'a-1' })])
    expect(merged).toHaveLength(1)
    expect(merged[0]!.id).toBe('e-a')
    expect(merged[0]!.aliases).toEqual(['e-b'])
    expect(merged[0]!.sources.map((s) => s.articleId).sort()).toEqual(['a-1', 'a-2'])
    expect(merged[0]!.dateConflict).toBe(false)
  })

  it('keeps both dates and flags the event when sources disagree by a day or two', () => {
    const [e, ...rest] = mergeAcrossArticles([
      event('e-a', { article: 'a-1', time: dayTime('2020-10-12') }),
      event('e-b', { article: 'a-2', time: dayTime('2020-10-13') }),
    ])
    expect(rest).toHaveLength(0)
    expect(e!.dateConflict).toBe(true)
    expect(e!.sources.map((s) => s.time?.start).sort()).toEqual(['2020-10-12', '2020-10-13'])
  })

  it('does not merge different types, distant dates, different people or the same article', () => {
    const base = event('e-a', { article: 'a-1' })
    expect(mergeAcrossArticles([base, event('e-b', { article: 'a-2', type: 'attack' })])).toHaveLength(2)
    expect(mergeAcrossArticles([base, event('e-b', { article: 'a-2', time: dayTime('2020-10-20') })])).toHaveLength(2)
    expect(mergeAcrossArticles([base, event('e-b', { article: 'a-2', actors: [{ id: '拉夫罗夫', name: '拉夫罗夫', kind: 'person' }] })])).toHaveLength(2)
    expect(mergeAcrossArticles([base, event('e-b', { article: 'a-1' })])).toHaveLength(2)
  })

  it('keeps apart two meetings of one person with two others, and merges one told with and without the other', () => {
    const person = (name: string) => ({ id: name, name, kind: 'person' as const })
    const suga = event('e-a', { article: 'a-1', actors: [person('蓬佩奥'), person('菅义伟')] })
    const motegi = event('e-b', { article: 'a-2', actors: [person('蓬佩奥'), person('茂木敏充')] })
    const alone = event('e-c', { article: 'a-3', actors: [person('蓬佩奥')] })
    expect(mergeAcrossArticles([suga, motegi])).toHaveLength(2)
    expect(mergeAcrossArticles([suga, alone])).toHaveLength(1)
  })

  it('merges statements only by the same speaker on the same stated day', () => {
    const said = (id: string, article: string, speaker: string, day: string) =>
      event(id, { article, type: 'statement', time: dayTime(day), actors: [{ id: speaker, name: speaker, kind: 'person', role: 'agent' }, { id: '特朗普', name: '特朗普', kind: 'person', role: 'patient' }] })
    expect(mergeAcrossArticles([said('e-a', 'a-1', '佩洛西', '2020-10-02'), said('e-b', 'a-2', '佩洛西', '2020-10-02')])).toHaveLength(1)
    expect(mergeAcrossArticles([said('e-a', 'a-1', '佩洛西', '2020-10-02'), said('e-b', 'a-2', '拜登', '2020-10-02')])).toHaveLength(2)
    expect(mergeAcrossArticles([said('e-a', 'a-1', '佩洛西', '2020-10-02'), said('e-b', 'a-2', '佩洛西', '2020-10-03')])).toHaveLength(2)
  })

  it('never merges events of type other: that something happened to the same person that day does not make it one happening', () => {
    const trump = [{ id: '特朗普', name: '特朗普', kind: 'person' as const }]
    expect(mergeAcrossArticles([event('e-a', { type: 'other', actors: trump }), event('e-b', { article: 'a-2', type: 'other', actors: trump })])).toHaveLength(2)
    expect(mergeAcrossArticles([event('e-a', { type: 'arrest', actors: trump }), event('e-b', { article: 'a-2', type: 'arrest', actors: trump })])).toHaveLength(1)
  })

  it('needs more than a shared country to merge', () => {
    const country = [{ id: '美国', name: '美国', kind: 'country' as const }]
    expect(mergeAcrossArticles([event('e-a', { actors: country }), event('e-b', { article: 'a-2', actors: country })])).toHaveLength(2)
  })

  it('does not merge events that name different places', () => {
    const merged = mergeAcrossArticles([
      event('e-a', { location: { name: '东京' } }),
      event('e-b', { article: 'a-2', location: { name: '新德里' } }),
    ])
    expect(merged).toHaveLength(2)
  })

  it('takes the most precise time of the sources', () => {
    const vague = dayTime('2020-10-05', { end: '2020-10-12', uncertain: true })
    const [e] = mergeAcrossArticles([event('e-a', { time: vague }), event('e-b', { article: 'a-2', time: dayTime('2020-10-09') })])
    expect(e!.time.start).toBe('2020-10-09')
    expect(e!.time.uncertain).toBe(false)
  })

  it('gives the same result whatever the input order', () => {
    const input = [
      event('e-1', { article: 'a-1' }),
      event('e-2', { article: 'a-2' }),
      event('e-3', { article: 'a-3', type: 'visit' }),
      event('e-4', { article: 'a-4', time: dayTime('2020-10-13') }),
    ]
    const once = JSON.stringify(mergeAcrossArticles(input))
    expect(JSON.stringify(mergeAcrossArticles([...input].reverse()))).toBe(once)
  })
})
