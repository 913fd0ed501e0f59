/**
 * 集会下午举行，两点钟开始: a clock hour with no part of day of its own (1-11) after an afternoon,
 * evening or night of the same day in the text is an hour of that part (14:00), not of the small
 * hours. Runs after the anchor refiner, which gives the clock time its day.
 */
import type { Refiner } from 'chrono-node'
import type { PartOfDay } from '../../../schema'
import { dateOf } from '../components'
import { partOfDayOf, ruleOf, setRule } from '../tags'

/** Parts of day whose clock hours 1-11 are afternoon or evening hours (a night's 1-4 are after midnight). */
const LATER_PARTS: readonly PartOfDay[] = ['afternoon', 'evening', 'night']

export const clockAfterPartOfDayRefiner = (clockRule: string): Refiner => ({
  refine: (_context, results) => {
    let last: { part: PartOfDay; day: string } | null = null
    for (const result of results) {
      const day = JSON.stringify(dateOf(result.start))
      const part = partOfDayOf(result.start)
      if (part) {
        last = { part, day }
        continue
      }
      const hour = result.start.get('hour')
      if (!last || last.day !== day || !ruleOf(result.start).startsWith(clockRule) || hour === null) continue
      if (hour < 1 || hour > 11 || !LATER_PARTS.includes(last.part) || (last.part === 'night' && hour < 5)) continue
      result.start.assign('hour', hour + 12)
      setRule(result, `${ruleOf(result.start)}-${last.part}`)
    }
    return results
  },
})
