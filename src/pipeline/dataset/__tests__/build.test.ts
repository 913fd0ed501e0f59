import { describe, expect, it } from 'vitest'
import { buildDataset } from '../build'
import { DataIndex, ArticleBody } from '../../../schema'
import { articleDoc } from '../../../testing/pipeline'

const docA = articleDoc('a-1', ['蓬佩奥周二会见了外长。', '第二段。'], [{ sentence: [0, 0] }], { published: '2020-10-13T10:00:00+00:00' })
const docB = articleDoc('a-2', ['报道说蓬佩奥会见外长。'], [{ sentence: [0, 0] }], { published: '2020-10-12T08:00:00+00:00' })
// 11:00 in Paris is 09:00 UTC: after a-2 (08:00 UTC) although its clock reads later than a-2's.
const docC = articleDoc('a-3', ['无关的事件。'], [{ sentence: [0, 0], type: 'attack', actors: [] }], { published: '2020-10-12T11:00:00+02:00' })

describe('buildDataset', () => {
  it('writes data the app schema accepts, with sentences pointing into the paragraphs', () => {
    const { index, bodies } = buildDataset([docA])
    expect(DataIndex.safeParse(index).success).toBe(true)
    for (const b of bodies) expect(ArticleBody.safeParse(b).success).toBe(true)
    const source = index.events[0]!.sources[0]!
    const paragraph = bodies[0]!.paragraphs[source.paragraph]!
    expect(paragraph.text.slice(...source.span)).toBe(source.text)
    expect(bodies[0]!.paragraphs[1]!.sentences).toEqual([{ start: 0, end: 4 }])
  })

  it('is byte-identical whatever the order the articles come in', () => {
    const one = JSON.stringify(buildDataset([docA, docB, docC]))
    expect(JSON.stringify(buildDataset([docC, docB, docA]))).toBe(one)
    expect(JSON.stringify(buildDataset([docB, docC, docA]))).toBe(one)
  })

  it('lists articles by publication time with their event counts', () => {
    const { index } = buildDataset([docA, docB, docC])
    expect(index.articles.map((a) => a.id)).toEqual(['a-2', 'a-3', 'a-1'])
    expect(index.articles.find((a) => a.id === 'a-1')!.eventCount).toBe(1)
  })

  it('merges the same meeting reported by two articles and counts the actor once', () => {
    const { index } = buildDataset([docA, docB])
    expect(index.events).toHaveLength(1)
    expect(index.events[0]!.sources).toHaveLength(2)
    expect(index.actors).toEqual([expect.objectContaining({ id: '蓬佩奥', eventCount: 1 })])
  })

  it('keeps the ids of existing events when an article is added', () => {
    const before = buildDataset([docA, docC]).index.events.map((e) => e.id)
    const after = buildDataset([docA, docB, docC]).index.events.flatMap((e) => [e.id, ...e.aliases])
    for (const id of before) expect(after).toContain(id)
  })

  it('joins a bare surname to the full transliterated name across articles', () => {
    const full = articleDoc('a-4', ['奥列格·科耶米亚科赠送了礼物。'], [{ sentence: [0, 0], type: 'gift', actors: [{ id: '奥列格·科耶米亚科', name: '奥列格·科耶米亚科', kind: 'person' }] }])
    const short = articleDoc('a-5', ['科耶米亚科表示欢迎。'], [{ sentence: [0, 0], type: 'statement', actors: [{ id: '科耶米亚科', name: '科耶米亚科', kind: 'person' }] }])
    const { index } = buildDataset([full, short])
    expect(index.actors.map((a) => [a.id, a.eventCount])).toEqual([['奥列格·科耶米亚科', 2]])
  })

  it('displays an actor by its Chinese name when some article wrote it in Latin letters', () => {
    const zh = articleDoc('a-6', ['联合国发表声明。'], [{ sentence: [0, 0], type: 'statement', actors: [{ id: '联合国', name: '联合国', kind: 'organization' }] }])
    const en = articleDoc('a-7', ['The United Nations said so.'], [{ sentence: [0, 0], type: 'statement', actors: [{ id: '联合国', name: 'United Nations', kind: 'organization' }] }])
    expect(buildDataset([zh, en]).index.actors.map((a) => a.name)).toEqual(['联合国'])
  })
})
