/** Reading and writing civil dates on chrono components. */
import type { ParsingComponents } from 'chrono-node'
import type { CivilDate } from './calendar'

export const dateOf = (c: ParsingComponents): CivilDate => ({
  year: c.get('year') ?? NaN,
  month: c.get('month') ?? NaN,
  day: c.get('day') ?? NaN,
})

/** Writes a whole date as inferred (keeps what the text stated: assign wins over imply). */
export function implyDate(c: ParsingComponents, d: CivilDate): ParsingComponents {
  return c.imply('year', d.year).imply('month', d.month).imply('day', d.day)
}

export function assignDate(c: ParsingComponents, d: CivilDate): ParsingComponents {
  return c.assign('year', d.year).assign('month', d.month).assign('day', d.day)
}

/** Replaces the inferred part of a date (used when a refiner decides better than the parser). */
export function reimplyDate(c: ParsingComponents, d: CivilDate): ParsingComponents {
  for (const key of ['year', 'month', 'day'] as const) {
    if (!c.isCertain(key)) {
      c.delete(key)
      c.imply(key, d[key])
    }
  }
  return c
}
