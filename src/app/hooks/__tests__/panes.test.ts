import { describe, expect, it } from 'vitest'
import { makeDataSet } from '../../../testing/fixtures'
import { openPanes, withArticle, withoutArticle, withSources } from '../panes'
import type { Event } from '../../../schema'

const { index } = makeDataSet()
const event = (id: string) => index.events.find((e) => e.id === id)!
const twoSources: Event = { ...event('e-talks'), sources: [...event('e-talks').sources, ...event('e-storm').sources] }

describe('openPanes', () => {
  it('keeps the URL panes in order and drops unknown ids', () => {
    expect(openPanes(['a-second', 'nope', 'a-first'], null, null, index.articles)).toEqual(['a-second', 'a-first'])
  })
  it('opens every source of the selected event when the URL has no panes (event= deep links)', () => {
    expect(openPanes(null, twoSources, null, index.articles)).toEqual(['a-first', 'a-second'])
  })
  it('falls back to the legacy article key, then the first article', () => {
    expect(openPanes(null, null, 'a-second', index.articles)).toEqual(['a-second'])
    expect(openPanes(null, null, null, index.articles)).toEqual(['a-first'])
    expect(openPanes(null, null, null, [])).toEqual([])
  })
})

describe('pane edits', () => {
  it('adds the other sources of an event selected in a pane', () => {
    expect(withSources(['a-second'], twoSources)).toEqual(['a-second', 'a-first'])
  })
  it('opens an article once and never closes the last pane', () => {
    expect(withArticle(['a-first'], 'a-first')).toEqual(['a-first'])
    expect(withArticle(['a-first'], 'a-second')).toEqual(['a-first', 'a-second'])
    expect(withoutArticle(['a-first', 'a-second'], 'a-first')).toEqual(['a-second'])
    expect(withoutArticle(['a-first'], 'a-first')).toEqual(['a-first'])
  })
})
