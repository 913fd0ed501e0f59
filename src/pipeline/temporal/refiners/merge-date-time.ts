/**
 * A date followed by a time of that date becomes one expression: 12日凌晨, 周五上午, 10日0点,
 * 今天下午3点, 今晚8点, 12日当地时间下午; and a same-day qualifier only qualifies: 周日早些时候 =
 * that Sunday, 今年早些时候 = this year (uncertain).
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node'
import { granularityOf } from '../granularity'
import { hasTag, partOfDayOf, TAG } from '../tags'
import { joinText, mergingRefiner } from './merging'

const BETWEEN = /^\s*(?:的|当地时间|北京时间|,)?\s*$/
const LATE_PARTS = ['afternoon', 'evening', 'night']

const isTimeOnly = (c: ParsingComponents): boolean =>
  (c.isCertain('hour') || partOfDayOf(c) !== undefined) &&
  !(['year', 'month', 'day', 'weekday'] as const).some((k) => c.isCertain(k)) &&
  !hasTag(c, TAG.relative)

export function addTime(left: ParsingComponents, right: ParsingComponents): void {
  const leftPart = partOfDayOf(left)
  const hour = right.get('hour')
  if (right.isCertain('hour') && hour !== null) {
    const late = !partOfDayOf(right) && leftPart && LATE_PARTS.includes(leftPart) && hour < 12 && hour >= 5
    left.assign('hour', late ? hour + 12 : hour)
    if (right.isCertain('minute')) left.assign('minute', right.get('minute')!)
    else left.imply('minute', 0)
  }
  const part = partOfDayOf(right)
  if (part) left.addTag(TAG.partOfDay + part)
  left.addTag(TAG.granularity + granularityOf(right))
}

function shouldMerge(between: string, left: ParsingResult, right: ParsingResult): boolean {
  if (!BETWEEN.test(between) || left.end || hasTag(left, TAG.uncertain)) return false
  const granularity = granularityOf(left.start)
  if (hasTag(right, TAG.sameDayQualifier)) return ['day', 'month', 'year'].includes(granularity)
  if (granularity !== 'day' && granularity !== 'part-of-day') return false
  // 今晚 + 8点 merges; 今晚 + 夜间 does not.
  return !right.end && isTimeOnly(right.start) && !(partOfDayOf(left.start) && !right.start.isCertain('hour'))
}

export const mergeDateTimeRefiner = mergingRefiner(shouldMerge, (between, left, right) => {
  if (!hasTag(right, TAG.sameDayQualifier)) addTime(left.start, right.start)
  else if (granularityOf(left.start) !== 'day') left.addTag(TAG.uncertain)
  left.text = joinText(between, left, right)
  return left
})
