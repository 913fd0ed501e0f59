import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '../../../app/i18n/messages'
import { makeDataSet } from '../../../testing/fixtures'
import { ActorFilter } from '../components/actor-filter'
import { isEventVisible, resolveActorSelection, selectionToNames } from '../utils/actor-selection'

afterEach(cleanup)

describe('ActorFilter', () => {
  it('shows one labelled checkbox per actor with its event count', () => {
    const { index } = makeDataSet()
    render(<ActorFilter actors={index.actors} selection={null} onChange={vi.fn()} labels={MESSAGES.en.actors} />)
    const filter = screen.getByTestId('actor-filter')
    expect(within(filter).getAllByRole('checkbox')).toHaveLength(index.actors.length)
    for (const actor of index.actors) {
      const box = within(filter).getByLabelText(actor.name) as HTMLInputElement
      expect(box.checked).toBe(true)
      expect(box.closest('li')?.textContent).toContain(String(actor.eventCount))
    }
  })

  it('unchecking an actor reports a selection without it', () => {
    const { index } = makeDataSet()
    const onChange = vi.fn()
    render(<ActorFilter actors={index.actors} selection={null} onChange={onChange} labels={MESSAGES.en.actors} />)
    fireEvent.click(screen.getByLabelText('陈明'))
    const next = onChange.mock.calls[0]![0] as Set<string>
    expect([...next].sort()).toEqual(['act-harbour', 'act-lin'])
  })
})

describe('actor selection', () => {
  const { index } = makeDataSet()
  it('resolves names and ids, drops unknown ones, and treats "all" or "only unknown" as no filter', () => {
    expect(resolveActorSelection(['陈明', 'act-lin', 'nobody'], index.actors)).toEqual(new Set(['act-chen', 'act-lin']))
    expect(resolveActorSelection(['nobody'], index.actors)).toBeNull()
    expect(resolveActorSelection(['陈明', '林华', '海港市政府'], index.actors)).toBeNull()
    expect(resolveActorSelection([], index.actors)).toEqual(new Set())
  })
  it('writes ids for names that are shared or contain a comma, and reads them back', () => {
    const actors = [
      ...index.actors,
      { id: 'act-chen-2', name: '陈明', kind: 'person' as const, aliases: [], eventCount: 0 },
      { id: 'act-comma', name: 'Smith, John', kind: 'person' as const, aliases: [], eventCount: 0 },
    ]
    const selection = new Set(['act-chen-2', 'act-comma', 'act-lin'])
    const names = selectionToNames(selection, actors)
    expect(names).toEqual(['林华', 'act-chen-2', 'act-comma'])
    expect(resolveActorSelection(names, actors)).toEqual(selection)
  })
  it('hides events none of whose actors is checked', () => {
    const onlyHarbour = new Set(['act-harbour'])
    const shown = index.events.filter((e) => isEventVisible(e, onlyHarbour)).map((e) => e.id)
    expect(shown).toEqual(['e-plan'])
    expect(selectionToNames(onlyHarbour, index.actors)).toEqual(['海港市政府'])
  })
})
