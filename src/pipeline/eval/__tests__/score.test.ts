import { describe, expect, it } from 'vitest'
import type { ExtractLine } from '../../../schema'
import type { GoldFile } from '../gold'
import { GoldFile as GoldSchema } from '../gold'
import { namesMatch, scoreFile, total, value } from '../score'

const line = (text: string, extra: Partial<ExtractLine> = {}): ExtractLine => ({
  article: 'x.md', id: `e-${text.length}`, type: 'arrive', start: '2023-09-12', end: null, granularity: 'day', uncertain: false,
  actors: [{ name: '金正恩', kind: 'person' }], location: null, text, sentences: [text], confidence: 0.9,
  audit: { expression: '本周二', reference: '2023-09-17T13:30:00+02:00', rule: 'test' }, ...extra,
})

const gold: GoldFile = {
  file: 'seed/x.md',
  published: '2023-09-17T13:30:00+02:00',
  events: [
    { id: 'arrive', type: 'arrive', anchors: ['金正恩于本周二抵达俄罗斯'], date: '2023-09-12', actors: ['金正恩'] },
    { id: 'visit', type: 'visit', anchors: ['参观了“先进武器”'], range: ['2023-09-12', '2023-09-17'], actors: ['金正恩'] },
    { id: 'bg', type: 'statement', anchors: ['美国表达了担忧'], range: ['2023-01-01', '2023-09-17'], actors: ['美国'], required: false },
  ],
  actors: ['金正恩', '科耶米亚科'],
}

describe('scoreFile', () => {
  it('counts a gold event found when a sentence contains its anchor, ignoring spaces and quotes', () => {
    const s = scoreFile(gold, [line('金正恩于本周二 抵达俄罗斯。'), line('他参观了先进武器。', { type: 'visit', start: '2023-09-12', end: '2023-09-17', uncertain: true })])
    expect(s.recall).toEqual({ hit: 2, of: 2 })
    expect(s.date).toEqual({ hit: 2, of: 2 })
    expect(s.type).toEqual({ hit: 2, of: 2 })
  })

  it('marks a wrong date, wrong actors and a missed event', () => {
    const s = scoreFile(gold, [line('金正恩于本周二抵达俄罗斯。', { start: '2023-09-19', actors: [{ name: '普京', kind: 'person' }] })])
    expect(s.recall).toEqual({ hit: 1, of: 2 })
    expect(s.date).toEqual({ hit: 0, of: 1 })
    expect(s.actors).toEqual({ hit: 0, of: 1 })
    expect(s.misses.map((m) => m.kind).sort()).toEqual(['actor-recall', 'actor-recall', 'actors', 'date', 'missed'])
  })

  it('says which expression and rule gave a wrong date, and where the event inherited it from', () => {
    const inherited = { expression: '周四', reference: '2023-09-17T13:30:00+02:00', rule: 'zh/weekday-news-past', inheritedFrom: 'paragraph' as const }
    const s = scoreFile(gold, [line('金正恩于本周二抵达俄罗斯。', { start: '2023-09-14', audit: inherited })])
    expect(s.misses.find((m) => m.kind === 'date')?.message).toBe(
      'predicted 2023-09-14 (zh/weekday-news-past on “周四”, inherited from the paragraph), gold 2023-09-12',
    )
  })

  it('does not count a range that only overlaps the gold day as correct', () => {
    const s = scoreFile(gold, [line('金正恩于本周二抵达俄罗斯。', { end: '2023-09-17' })])
    expect(s.date.hit).toBe(0)
  })

  it('counts optional gold events for precision but not for recall', () => {
    const s = scoreFile(gold, [line('美国表达了担忧。', { type: 'statement' }), line('这是一个象征。')])
    expect(s.recall.hit).toBe(0)
    expect(s.precision).toEqual({ hit: 1, of: 2 })
  })

  it('finds actors by containment and across scripts', () => {
    expect(namesMatch('奥列格·科耶米亚科', '科耶米亚科')).toBe(true)
    expect(namesMatch('蓬佩奧', '蓬佩奥')).toBe(true)
    expect(namesMatch('川普', '特朗普')).toBe(true)
    expect(namesMatch('普丁', '普京')).toBe(true)
    expect(namesMatch('雷米·克拉萨', '雷米‧克拉萨')).toBe(true)
    expect(namesMatch('普京', '金正恩')).toBe(false)
    expect(namesMatch('', '金正恩')).toBe(false)
  })

  it('micro-averages over files', () => {
    const a = scoreFile(gold, [line('金正恩于本周二抵达俄罗斯。')])
    const t = total([a, a])
    expect(t.recall).toEqual({ hit: 2, of: 4 })
    expect(value(t.recall)).toBe(0.5)
  })
})

describe('GoldFile', () => {
  it('rejects an event with both a date and a range, or neither', () => {
    const bad = { ...gold, events: [{ ...gold.events[0]!, range: ['2023-09-12', '2023-09-13'] }] }
    expect(GoldSchema.safeParse(bad).success).toBe(false)
    const none = { ...gold, events: [{ id: 'x', type: 'arrive', anchors: ['a'], actors: [] }] }
    expect(GoldSchema.safeParse(none).success).toBe(false)
    expect(GoldSchema.safeParse(gold).success).toBe(true)
  })
})
