/** "in 2019" / "since 1991" / "by 2025": a bare year after a preposition (chrono's casual mode skips them). */
import { defineParser } from '../../../parser-kit'
import { setRule } from '../../../tags'

const PATTERN = /\b(?:in|since|by|until|during|before|after|from)\s+(?<year>1[5-9]\d\d|20\d\d)\b(?![-–/.,]?\d)/i

export const enYearParser = defineParser({
  pattern: PATTERN,
  extract: (context, match) => {
    const year = Number(match.groups?.year)
    // The preposition stays in the text: chrono's unlikely-format filter drops a bare number.
    const result = context.createParsingResult(match.index ?? 0, match[0])
    result.start.assign('year', year).imply('month', 1).imply('day', 1)
    return setRule(result, 'en/year')
  },
})
