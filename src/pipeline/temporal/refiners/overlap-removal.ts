/** Of overlapping results keep the longer one (the earlier on a tie), as chrono's own refiner does. */
import type { ParsingResult, Refiner } from 'chrono-node'

export const overlapRemovalRefiner: Refiner = {
  refine: (_context, results) =>
    results.reduce<ParsingResult[]>((kept, result) => {
      const last = kept[kept.length - 1]
      if (!last || result.index >= last.index + last.text.length) return [...kept, result]
      return result.text.length > last.text.length ? [...kept.slice(0, -1), result] : kept
    }, []),
}
