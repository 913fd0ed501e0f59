import { describe, expect, it } from 'vitest'
import { rowsInView, scrollToShow } from '../utils/window-rows'

describe('windowing', () => {
  it('renders only the rows in view plus the overscan', () => {
    expect(rowsInView(0, 400, 40, 50_000, 5)).toEqual({ first: 0, last: 15 })
    expect(rowsInView(40_000, 400, 40, 50_000, 5)).toEqual({ first: 995, last: 1015 })
    expect(rowsInView(0, 400, 40, 3, 5)).toEqual({ first: 0, last: 2 })
    expect(rowsInView(0, 400, 40, 0)).toEqual({ first: 0, last: -1 })
  })

  it('scrolls only when the row is not fully visible, centring it', () => {
    expect(scrollToShow(2, 0, 400, 40)).toBeNull()
    expect(scrollToShow(100, 0, 400, 40)).toBe(4000 - 180)
    expect(scrollToShow(0, 500, 400, 40)).toBe(0)
  })
})
