import { describe, expect, it } from 'vitest'
import { makeDataSet } from '../../../testing/fixtures'
import { buildEventFacts } from '../utils/event-facts'
import { filterEvents, type EventFilter } from '../utils/filter-events'
import { buildSearchIndex, matchesAny, queryVariants } from '../utils/search-index'

const { index } = makeDataSet()
const { events, facts } = buildEventFacts(index)
const NONE: EventFilter = { actors: null, actorMode: 'any', types: null, outlets: null, from: null, to: null, text: null }
const ids = (filter: Partial<EventFilter>) => filterEvents(facts, { ...NONE, ...filter }).positions.map((p) => events[p]!.id)

describe('filterEvents', () => {
  it('shows every event, in time order, without filters (events without actors included)', () => {
    expect(ids({})).toEqual(['e-storm', 'e-arrive', 'e-deal', 'e-talks', 'e-leave', 'e-plan'])
  })

  it('matches any or all of the checked actors', () => {
    const chen = index.actors.find((a) => a.name === '陈明')!.id
    const lin = index.actors.find((a) => a.name === '林华')!.id
    expect(ids({ actors: new Set([chen, lin]) })).toEqual(['e-arrive', 'e-deal', 'e-talks', 'e-leave', 'e-plan'])
    expect(ids({ actors: new Set([chen, lin]), actorMode: 'all' })).toEqual(['e-deal', 'e-talks'])
    expect(ids({ actors: new Set() })).toEqual([])
  })

  it('filters by type, outlet and an inclusive date range overlapping uncertain spans', () => {
    expect(ids({ types: new Set(['arrive', 'depart'] as const) })).toEqual(['e-arrive', 'e-leave'])
    expect(ids({ outlets: new Set(['nowhere']) })).toEqual([])
    expect(ids({ from: '2023-08-15', to: '2023-09-12' })).toEqual(['e-storm', 'e-arrive'])
    expect(ids({ from: '2023-09-20' })).toEqual(['e-plan'])
  })

  it('counts each facet under the other filters only', () => {
    const result = filterEvents(facts, { ...NONE, types: new Set(['arrive'] as const) })
    expect(result.positions).toHaveLength(1)
    expect(result.typeCounts.get('talks')).toBe(1)
    const chen = index.actors.find((a) => a.name === '陈明')!.id
    expect(result.actorCounts.get(chen)).toBe(1)
  })
})

describe('text search', () => {
  const fold = (text: string) => text.replace(/普丁/g, '普京').replace(/會/g, '会')
  const search = buildSearchIndex(index, events, fold)
  const hits = (query: string) =>
    events.filter((_, i) => matchesAny(search.haystacks[i]!, queryVariants(query, search, fold))).map((e) => e.id)

  it('finds sentences and titles through the fold, on both sides', () => {
    expect(hits('會谈')).toEqual(['e-deal', 'e-talks'])
    expect(hits('重建')).toEqual(['e-storm'])
    expect(hits('no such words')).toEqual([])
  })

  it('expands a query naming an actor to the actor’s other spellings', () => {
    const withAlias = { ...index, actors: index.actors.map((a) => (a.name === '林华' ? { ...a, aliases: ['林華生'] } : a)) }
    const aliasSearch = buildSearchIndex(withAlias, events, fold)
    expect(queryVariants('林華生', aliasSearch, fold)).toContain('林华')
  })

  it('finds the other regional spelling of a well-known name, inside a longer query too', () => {
    const scriptOnly = (text: string) => text.replace(/會/g, '会')
    const plain = buildSearchIndex(index, events, scriptOnly)
    expect(queryVariants('普京', plain, scriptOnly)).toContain('普丁')
    expect(queryVariants('普丁', plain, scriptOnly)).toContain('普京')
    expect(queryVariants('普京會见', plain, scriptOnly)).toContain('普丁会见')
  })
})
