/**
 * What chrono's components cannot hold (rule name, part of day, uncertainty, pending
 * resolutions) travels on results as tags. A tag set keeps insertion order, so the last
 * `rule:` tag is the rule that decided the value.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node'
import type { Granularity, PartOfDay } from '../../schema'

export const TAG = {
  rule: 'rule:',
  partOfDay: 'pod:',
  granularity: 'gran:',
  uncertain: 'uncertain',
  /** A bare weekday (周五, Friday) still to be placed in news tense. */
  bareWeekday: 'weekday:bare',
  /** 当天 / 次日: days relative to a preceding date in the text (tag value = offset). */
  anchorDay: 'anchor-day:',
  /** 今天 / 昨天 / 明天: days from the publication day (tag value = offset), or, inside a quote, from the day it was said. */
  deicticDay: 'deictic-day:',
  /** 同年 / 次年: years relative to a preceding year in the text. */
  anchorYear: 'anchor-year:',
  /** A bare day (12日) whose month is still to be chosen. */
  bareDay: 'day:bare',
  /** Qualifies the date before it without changing it (早些时候 after 周日). */
  sameDayQualifier: 'qualifier:same-day',
  /** Value computed from the reference: year/month choice refiners leave it alone. */
  relative: 'relative',
} as const

type Tagged = ParsingResult | ParsingComponents

export const lastTagValue = (target: Tagged, prefix: string): string | undefined =>
  [...target.tags()].filter((t) => t.startsWith(prefix)).pop()?.slice(prefix.length)

export const hasTag = (target: Tagged, tag: string): boolean => target.tags().has(tag)

export const ruleOf = (target: Tagged): string => lastTagValue(target, TAG.rule) ?? 'chrono'

export const setRule = (result: ParsingResult, rule: string): ParsingResult => result.addTag(TAG.rule + rule)

export const partOfDayOf = (target: Tagged): PartOfDay | undefined =>
  lastTagValue(target, TAG.partOfDay) as PartOfDay | undefined

export const granularityOverride = (target: Tagged): Granularity | undefined =>
  lastTagValue(target, TAG.granularity) as Granularity | undefined
