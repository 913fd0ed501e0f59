/** "last week" / "this week" / "next week": the Monday-Sunday week as an uncertain day range. */
import { addDays } from '../../../calendar'
import { assignDate } from '../../../components'
import { defineParser } from '../../../parser-kit'
import { referenceParts } from '../../../reference'
import { setRule, TAG } from '../../../tags'

const PATTERN = /\b(?<which>last|this|next|past)\s+week\b(?!end)/i

const OFFSET: Record<string, number> = { last: -1, past: -1, this: 0, next: 1 }

export const enWeekParser = defineParser({
  pattern: PATTERN,
  extract: (context, match) => {
    const weeks = OFFSET[(match.groups?.which ?? '').toLowerCase()]
    if (weeks === undefined) return null
    const ref = referenceParts(context)
    const monday = addDays(ref, -((ref.weekday + 6) % 7) + 7 * weeks)
    const result = context.createParsingResult(match.index ?? 0, match[0])
    assignDate(result.start, monday)
    result.end = context.createParsingComponents()
    assignDate(result.end, addDays(monday, 6))
    result.addTag(TAG.granularity + 'day').addTag(TAG.uncertain).addTag(TAG.relative)
    return setRule(result, 'en/week')
  },
})
