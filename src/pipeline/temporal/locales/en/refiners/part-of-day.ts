/**
 * "this morning" / "Monday night": chrono implies an hour for these; we keep the part of day
 * instead (no invented hour), and "3 p.m." stays at hour granularity (chrono states minute 0).
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import type { PartOfDay } from '../../../../../schema'
import { TAG } from '../../../tags'

const PARTS: [RegExp, PartOfDay][] = [
  [/\b(?:dawn|daybreak)\b/i, 'dawn'],
  [/\bmorning\b/i, 'morning'],
  [/\b(?:noon|midday)\b/i, 'noon'],
  [/\bafternoon\b/i, 'afternoon'],
  [/\bevening\b/i, 'evening'],
  [/\b(?:night|midnight|tonight)\b/i, 'night'],
]

export const enPartOfDayRefiner: Refiner = {
  refine: (_context, results) =>
    results.map((result: ParsingResult) => {
      const part = PARTS.find(([pattern]) => pattern.test(result.text))?.[1]
      const statesClock = /\d/.test(result.text.replace(/\b\d{1,2}(?:st|nd|rd|th)?\b(?=\s*(?:[A-Z][a-z]|,))/g, ''))
      if (part && !statesClock) {
        result.start.delete(['hour', 'minute'])
        result.start.addTag(TAG.partOfDay + part).addTag(TAG.granularity + 'part-of-day')
      } else if (result.start.isCertain('minute') && result.start.get('minute') === 0 && !/\d[:.]\d{2}/.test(result.text)) {
        result.start.addTag(TAG.granularity + 'hour')
      }
      return result
    }),
}
