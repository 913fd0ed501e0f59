/**
 * English: chrono.en's casual configuration, plus the news-tense weekday refiner ("on Tuesday" in
 * a Sunday report is the Tuesday before, unless the clause says "will") and our filters.
 */
import type { ParsingResult, Refiner } from 'chrono-node'
// The English entry only: the package root also loads its 15 other locales (~200 ms per process and worker).
import * as en from 'chrono-node/en'
import type { ChronoConfiguration as Configuration } from '../../parser-kit'
import { newsTenseWeekdayRefiner } from '../../refiners/news-tense-weekday'
import { validDateFilter } from '../../refiners/valid-date-filter'
import { setRule } from '../../tags'
import { enWeekParser } from './parsers/week'
import { enYearParser } from './parsers/year'
import { enPartOfDayRefiner } from './refiners/part-of-day'

/** Bare numbers and lone words that chrono's casual mode reads as times: "one", "now", "2020s". */
const NOT_A_TIME = /^(?:now|\d{1,2}|one|may|march|sat|sun|second|a minute|the minute|at \d{1,2})$/i

const filterUnlikely: Refiner = {
  refine: (_context, results) => results.filter((r) => !NOT_A_TIME.test(r.text.trim())),
}

/** Names the chrono parser that produced a result, as the audit rule (en/<ParserName>), unless ours did. */
const ruleFromChrono: Refiner = {
  refine: (_context, results) =>
    results.map((r: ParsingResult) => {
      if ([...r.start.tags()].some((t) => t.startsWith('rule:'))) return r
      const parser = [...r.tags()].filter((t) => t.startsWith('parser/')).pop()
      return setRule(r, `en/${parser ? parser.slice('parser/'.length) : 'chrono'}`)
    }),
}

export function createEnConfiguration(): Configuration {
  const base = en.configuration.createCasualConfiguration()
  return {
    parsers: [enWeekParser, ...base.parsers, enYearParser],
    refiners: [...base.refiners, filterUnlikely, ruleFromChrono, newsTenseWeekdayRefiner('en'), enPartOfDayRefiner, validDateFilter],
  }
}

export const createEnChrono = (): en.Chrono => new en.Chrono(createEnConfiguration())
