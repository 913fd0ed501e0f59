import { describe, expect, it } from 'vitest'
import { makeDataSet } from '../../../testing/fixtures'
import { bulkWindow, windowAround } from '../utils/fit'
import { groupEvents } from '../utils/groups'

const { index } = makeDataSet()

describe('groupEvents', () => {
  it('puts each event in its first actor row, with a row for events without actors', () => {
    const grouped = groupEvents(index.events, 'actor', index.articles, 'no actor')!
    expect(grouped.groupOf.get('e-talks')).toBe('actor:act-chen')
    expect(grouped.groupOf.get('e-plan')).toBe('actor:act-lin')
    expect(grouped.groupOf.get('e-storm')).toBe('__no-actor__')
    expect(grouped.groups[0]).toEqual({ id: 'actor:act-chen', content: '陈明 (4)', order: 0 })
    expect(grouped.groups.at(-1)!.content).toBe('no actor (1)')
  })
  it('rows per article and per outlet', () => {
    const byArticle = groupEvents(index.events, 'article', index.articles, '')!
    expect(byArticle.groups.map((g) => g.content)).toEqual(['陈明访问海港市结束 (5)', '海港市风暴后重建 (1)'])
    expect(groupEvents(index.events, 'outlet', index.articles, '')!.groups).toEqual([{ id: 'outlet:example', content: 'example (6)', order: 0 }])
  })
  it('has no rows for none', () => {
    expect(groupEvents(index.events, 'none', index.articles, '')).toBeNull()
  })
})

describe('bulkWindow', () => {
  const DAY = 86_400_000
  it('ignores a few outliers when there are many events', () => {
    const base = Date.UTC(2023, 8, 1)
    const times = [Date.UTC(1492, 0, 1), Date.UTC(2027, 0, 1), ...Array.from({ length: 200 }, (_, i) => base + (i % 30) * DAY)]
    const window = bulkWindow(times)!
    expect(window.start.getUTCFullYear()).toBe(2023)
    expect(window.end.getUTCFullYear()).toBe(2023)
    expect(window.end.getTime() - window.start.getTime()).toBeLessThan(40 * DAY)
  })
  it('fits the dense weeks of the news, not the years of background mentions around them', () => {
    const news = Date.UTC(2020, 9, 1)
    const background = Array.from({ length: 30 }, (_, i) => Date.UTC(1990 + i, 0, 1))
    const window = bulkWindow([...background, ...Array.from({ length: 300 }, (_, i) => news + (i % 40) * DAY)])!
    expect(window.start.getTime()).toBeGreaterThan(Date.UTC(2020, 7, 1))
    expect(window.end.getTime()).toBeLessThan(Date.UTC(2020, 11, 1))
  })
  it('keeps every event of a small set and is at least a day wide', () => {
    const one = Date.UTC(2023, 8, 12)
    const window = bulkWindow([one])!
    expect(window.start.getTime()).toBeLessThan(one)
    expect(window.end.getTime() - window.start.getTime()).toBeGreaterThanOrEqual(DAY)
    const few = bulkWindow([Date.UTC(1945, 0, 1), one])! // a small set is shown whole
    expect(few.start.getUTCFullYear()).toBeLessThanOrEqual(1945)
    expect(bulkWindow([])).toBeNull()
  })
  it('centres on a time, never wider than the current window', () => {
    const current = { start: new Date(0), end: new Date(DAY) }
    expect(windowAround(10 * DAY, current)).toEqual({ start: new Date(9.5 * DAY), end: new Date(10.5 * DAY) })
  })
})
