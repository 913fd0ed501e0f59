/** Merge consecutive results when a predicate on them and the text between says so. */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node'

type ShouldMerge = (between: string, left: ParsingResult, right: ParsingResult, context: ParsingContext) => boolean
type Merge = (between: string, left: ParsingResult, right: ParsingResult) => ParsingResult

export const mergingRefiner = (shouldMerge: ShouldMerge, merge: Merge): Refiner => ({
  refine: (context, results) =>
    results.reduce<ParsingResult[]>((out, right) => {
      const left = out[out.length - 1]
      if (!left) return [right]
      const between = context.text.slice(left.index + left.text.length, right.index)
      if (!shouldMerge(between, left, right, context)) return [...out, right]
      return [...out.slice(0, -1), merge(between, left, right)]
    }, []),
})

export const joinText = (between: string, left: ParsingResult, right: ParsingResult): string =>
  left.text + between + right.text
