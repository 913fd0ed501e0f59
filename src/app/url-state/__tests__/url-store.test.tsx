import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useUrlState } from '../url-store'

beforeEach(() => window.history.replaceState(null, '', '/'))
afterEach(cleanup)

describe('useUrlState', () => {
  it('pushes a selection (new history entry) and replaces filters (no new entry)', () => {
    const { result } = renderHook(() => useUrlState())
    const start = window.history.length
    act(() => result.current[1]({ event: 'e-1' }, 'push'))
    expect(window.location.search).toBe('?event=e-1')
    expect(window.history.length).toBe(start + 1)
    expect(result.current[0].event).toBe('e-1')

    act(() => result.current[1]({ actors: ['甲', '乙'] }, 'replace'))
    expect(window.history.length).toBe(start + 1)
    expect(result.current[0]).toMatchObject({ event: 'e-1', actors: ['甲', '乙'] })
  })

  it('follows the address on popstate (Back/Forward) without keeping its own copy', () => {
    const { result } = renderHook(() => useUrlState())
    act(() => {
      window.history.replaceState(null, '', '/?event=e-2&start=2023-09-01&end=2023-09-02')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(result.current[0].event).toBe('e-2')
    expect(result.current[0].window?.start.toISOString()).toBe('2023-09-01T00:00:00.000Z')
  })

  it('does not add a history entry when nothing changes', () => {
    const { result } = renderHook(() => useUrlState())
    act(() => result.current[1]({ event: 'e-3' }, 'push'))
    const length = window.history.length
    act(() => result.current[1]({ event: 'e-3' }, 'push'))
    expect(window.history.length).toBe(length)
  })
})
