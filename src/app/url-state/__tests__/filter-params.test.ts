import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, parseDay, parseFilterParams } from '../filter-params'
import { parseUrlState, serializeUrlState } from '../url-state'

const parse = (search: string) => parseFilterParams(new URLSearchParams(search))

describe('filter params', () => {
  it('reads the readable form', () => {
    expect(parse('?actorMode=all&types=visit,arrive&outlets=rfi,dw&from=2020-10-01&to=2020-10-31&q=普京')).toEqual({
      actorMode: 'all',
      types: ['arrive', 'visit'],
      outlets: ['rfi', 'dw'],
      from: '2020-10-01',
      to: '2020-10-31',
      q: '普京',
    })
  })

  it('falls back to defaults for invalid values', () => {
    expect(parse('?actorMode=some&types=dance,,&outlets=<x>&from=2020-02-30&to=tomorrow&q=%20%20')).toEqual(DEFAULT_FILTERS)
  })

  it('keeps the valid part of a list and drops an inverted range', () => {
    expect(parse('?types=visit,nonsense').types).toEqual(['visit'])
    const inverted = parse('?from=2020-10-31&to=2020-10-01')
    expect([inverted.from, inverted.to]).toEqual([null, null])
  })

  it('accepts only real days', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29')
    expect(parseDay('2023-02-29')).toBeNull()
    expect(parseDay('2023-9-1')).toBeNull()
  })

  it('round-trips through the whole URL state, omitting defaults', () => {
    const search = '?actorMode=all&types=arrive,visit&outlets=rfi&from=2020-10-01&to=2020-10-31&q=%E6%99%AE%E4%BA%AC%20%E4%BC%9A%E8%B0%88'
    const state = parseUrlState(search)
    expect(state.filters?.q).toBe('普京 会谈')
    expect(parseUrlState(serializeUrlState(state))).toEqual(state)
    expect(serializeUrlState(parseUrlState('?actorMode=any'))).toBe('')
  })
})
