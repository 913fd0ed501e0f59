import { describe, expect, it } from 'vitest'
import type { ArticleDoc } from '../../../doc'
import { segmentStage } from '../../segment'
import { temporalStage } from '..'

/** A hand-made wire brief: filed on Saturday the 10th, published 01:20 Sunday in Paris. */
function wireDoc(text: string): ArticleDoc {
  return segmentStage({
    path: 'brief.txt', file: 'brief.txt', id: 'brief',
    article: {
      title: '快讯', url: null, outlet: 'rfi', published: '2020-10-11T01:20:00+02:00', timeZone: 'Europe/Paris',
      publishedFrom: 'body', original: null, paragraphs: [{ text, kind: 'body' }], language: 'zh-Hans',
    },
    sentences: [], timexes: [], mentions: [], events: [], diagnostics: [],
  })
}

describe('wire datelines', () => {
  it('今天 and weekdays count from the dateline day, and the audit says so', () => {
    const doc = temporalStage(wireDoc('（法新社华盛顿10日电） 总统今天表示，他周五已出院。'))
    const byText = Object.fromEntries(doc.timexes.map((t) => [t.text, t.time]))
    expect(byText['10日']?.start).toBe('2020-10-10')
    expect(byText['今天']?.start).toBe('2020-10-10')
    expect(byText['周五']?.start).toBe('2020-10-09')
    expect(byText['今天']?.audit.reference).toBe('2020-10-10T12:00:00+02:00')
    expect(doc.diagnostics.map((d) => d.rule)).toEqual(['temporal/dateline-reference'])
  })

  it('without a dateline the publication stays the reference', () => {
    const doc = temporalStage(wireDoc('总统今天表示，10日他已出院。'))
    expect(doc.timexes.find((t) => t.text === '今天')?.time.start).toBe('2020-10-11')
    expect(doc.diagnostics).toEqual([])
  })

  it('a dateline on the publication day changes nothing', () => {
    const doc = temporalStage(wireDoc('（法新社巴黎11日电） 总统今天表示。'))
    expect(doc.timexes.find((t) => t.text === '今天')?.time.audit.reference).toBe('2020-10-11T01:20:00+02:00')
  })
})

describe('anchors across the sentences of a paragraph', () => {
  it('当天 in the next sentence takes the date of the sentence before', () => {
    const doc = temporalStage(wireDoc('部长5日抵达首都。当天下午，他会见了总理。'))
    const sameDay = doc.timexes.find((t) => t.text === '当天下午')
    expect(sameDay).toMatchObject({ sentence: 1 })
    expect(sameDay?.time).toMatchObject({ start: '2020-10-05', partOfDay: 'afternoon' })
  })
})
