/**
 * A calendar date and the weekday that names it are one expression: 10月15日周四晚, 10月15日（周四）,
 * 周二（9月29日）. The date decides the day (a future date keeps its future weekday); the
 * weekday's part of day or clock time is kept.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node'
import { hasTag, partOfDayOf, TAG } from '../tags'
import { addTime } from './merge-date-time'

const DATE_FIRST = /^\s*[（(]?\s*$/
const WEEKDAY_FIRST = /^\s*[（(]\s*$/
const CLOSING = /^\s*[）)]/

const isDate = (r: ParsingResult): boolean => !r.end && r.start.isCertain('month') && r.start.isCertain('day')
const isBareWeekday = (c: ParsingComponents): boolean => hasTag(c, TAG.bareWeekday) && !c.isCertain('day')

function names(between: string, left: ParsingResult, right: ParsingResult): boolean {
  if (left.end || right.end) return false
  if (isDate(left) && isBareWeekday(right.start)) return DATE_FIRST.test(between)
  return isBareWeekday(left.start) && isDate(right) && WEEKDAY_FIRST.test(between)
}

/** The date result, widened over the weekday (and a closing parenthesis opened between them). */
function merge(text: string, left: ParsingResult, right: ParsingResult): ParsingResult {
  const [date, weekday] = isDate(left) ? [left, right] : [right, left]
  if (weekday.start.isCertain('hour') || partOfDayOf(weekday.start)) addTime(date.start, weekday.start)
  const end = right.index + right.text.length
  const closing = /[（(]/.test(text.slice(left.index, right.index)) ? text.slice(end).match(CLOSING)?.[0] ?? '' : ''
  date.text = text.slice(left.index, end + closing.length)
  date.index = left.index
  return date
}

export const mergeDateWeekdayRefiner: Refiner = {
  refine: (context, results) =>
    results.reduce<ParsingResult[]>((out, right) => {
      const left = out[out.length - 1]
      if (!left || !names(context.text.slice(left.index + left.text.length, right.index), left, right)) return [...out, right]
      return [...out.slice(0, -1), merge(context.text, left, right)]
    }, []),
}
