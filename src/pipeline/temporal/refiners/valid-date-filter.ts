/** Drops results that name no real day (2月30日) and range ends that fall before their start. */
import type { ParsingResult, Refiner } from 'chrono-node'
import { diffDays, isValidDate } from '../calendar'
import { dateOf } from '../components'

export const validDateFilter: Refiner = {
  refine: (_context, results) =>
    results
      .filter((r) => isValidDate(dateOf(r.start)))
      .map((r: ParsingResult) => {
        if (r.end && (!isValidDate(dateOf(r.end)) || diffDays(dateOf(r.start), dateOf(r.end)) < 0)) r.end = undefined
        return r
      }),
}
