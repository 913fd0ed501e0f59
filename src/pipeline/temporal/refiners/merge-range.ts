/**
 * Two expressions joined by a range connector become one range (10月30日至11月2日, 2019年至2020年,
 * 周一至周五, Monday to Friday). The second side borrows the year/month the first one states; the
 * choice refiners later place it on or after the first.
 */
import type { ParsingResult } from 'chrono-node'
import { hasTag, TAG } from '../tags'
import { joinText, mergingRefiner } from './merging'

const mergeable = (r: ParsingResult): boolean => !r.end && !hasTag(r, TAG.uncertain)

export const mergeRangeRefiner = (connector: RegExp) =>
  mergingRefiner(
    (between, left, right) => connector.test(between) && mergeable(left) && mergeable(right),
    (between, left, right) => {
      for (const key of ['year', 'month'] as const) {
        if (left.start.isCertain(key) && !right.start.isCertain(key) && !hasTag(right.start, TAG.relative)) {
          right.start.imply(key, left.start.get(key)!)
        }
      }
      left.end = right.start
      left.text = joinText(between, left, right)
      return left
    },
  )
