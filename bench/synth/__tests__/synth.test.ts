import { describe, expect, it } from 'vitest'
import { buildDataset, validateDataset } from '../dataset'
import { dumpArticle } from '../dump'
import { layoutArticle } from '../layout'
import { buildWorld } from '../world'

describe('synthetic world', () => {
  const world = buildWorld({ events: 2000, seed: 1 })
  const data = buildDataset(world)

  it('has the requested number of events, and the data set validates against the app schema', () => {
    expect(data.index.events).toHaveLength(2000)
    expect(validateDataset(data)).toEqual([])
  })

  it('gives articles 5 to 30 events (the last article may be cut short)', () => {
    const counts = world.articles.slice(0, -1).map((a) => a.events.length)
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5)
    expect(Math.max(...counts)).toBeLessThanOrEqual(30)
  })

  it('skews actor frequency: the top actor is in far more events than the median one', () => {
    const counts = data.index.actors.map((a) => a.eventCount)
    expect(counts[0]!).toBeGreaterThan(10 * counts[Math.floor(counts.length / 2)]!)
  })

  it('reports some events in several articles, with an alias per extra source', () => {
    const merged = data.index.events.filter((e) => new Set(e.sources.map((s) => s.articleId)).size > 1)
    expect(merged.length).toBeGreaterThan(50)
    expect(merged.every((e) => e.aliases.length === e.sources.length - 1)).toBe(true)
  })

  it('points every source at its exact sentence in the article body', () => {
    const bodies = new Map(data.bodies.map((b) => [b.id, b]))
    for (const e of data.index.events.slice(0, 300)) {
      for (const s of e.sources) {
        const text = bodies.get(s.articleId)!.paragraphs[s.paragraph]!.text
        expect(text.slice(s.span[0], s.span[1])).toBe(s.text)
      }
    }
  })

  it('spreads dates over the year', () => {
    const months = new Set(data.index.events.map((e) => e.time.start.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(12)
  })

  it('writes dump files with the archive line, title link, rule and RFI date line', () => {
    const text = dumpArticle(layoutArticle(world, world.articles[3]!), 1_700_000_000_000)
    const lines = text.split('\n')
    expect(lines[0]).toBe('<!--1700000000000-->')
    expect(lines[1]).toMatch(/^\[.+\]\(https:\/\/www\.rfi\.fr\/cn\/.+\)$/)
    expect(lines[2]).toBe('------')
    expect(lines[4]).toMatch(/^<div>\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}<\/div>.*<p>/)
  })
})
