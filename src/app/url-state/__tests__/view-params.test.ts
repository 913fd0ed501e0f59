import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, parseViewParams, serializeViewParams } from '../view-params'

const parse = (search: string) => parseViewParams(new URLSearchParams(search))

describe('view params', () => {
  it('reads open panes in order, drops junk and duplicates', () => {
    expect(parse('?articles=a-2,a-1,a-2').articles).toEqual(['a-2', 'a-1'])
    expect(parse('?articles=<script>,,').articles).toBeNull()
  })
  it('falls back to the defaults for unknown values', () => {
    expect(parse('?group=planet&lang=fr&tz=mars')).toEqual(DEFAULT_VIEW)
    expect(parse('')).toEqual(DEFAULT_VIEW)
  })
  it('reads every grouping, language and zone mode', () => {
    expect(parse('?group=outlet&lang=en&tz=viewer')).toEqual({ articles: null, group: 'outlet', lang: 'en', tz: 'viewer' })
  })
  it('writes only what differs from the defaults and round-trips', () => {
    expect(serializeViewParams(DEFAULT_VIEW, encodeURIComponent)).toEqual([])
    const view = { articles: ['a-1', 'a-2'], group: 'actor' as const, lang: 'zh' as const, tz: 'viewer' as const }
    const search = `?${serializeViewParams(view, encodeURIComponent).join('&')}`
    expect(search).toBe('?articles=a-1,a-2&group=actor&lang=zh&tz=viewer')
    expect(parse(search)).toEqual(view)
  })
})
