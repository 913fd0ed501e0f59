/**
 * Wire copy opens with a dateline, （法新社华盛顿10日电）, that says on which day the story was
 * filed; its 今天 / 昨天 / 周五 count from that day, not from the (often later) publication.
 */
import type { ArticleDoc, Timex } from '../../doc'
import { isoDate, isoDateTime, localParts } from '../../temporal/calendar'

/** Only the opening of an article can carry its dateline. */
export const OPENING_PARAGRAPHS = 2
const FOLLOWED_BY_DATELINE = /^\s*电/

export interface Reference {
  instant: string
  timeZone: string
}

/** The dateline day as a reference (noon of that day), when it differs from the publication day. */
export function datelineReference(doc: ArticleDoc, timexes: readonly Timex[], publication: Reference): Reference | null {
  const dateline = timexes.find(
    (t) =>
      t.paragraph < OPENING_PARAGRAPHS &&
      t.time.granularity === 'day' &&
      t.time.end === null &&
      FOLLOWED_BY_DATELINE.test(doc.article.paragraphs[t.paragraph]?.text.slice(t.end, t.end + 2) ?? ''),
  )
  if (!dateline) return null
  const published = new Date(publication.instant)
  if (Number.isNaN(published.getTime()) || dateline.time.start === isoDate(localParts(published, publication.timeZone))) return null
  const [year, month, day] = dateline.time.start.split('-').map(Number) as [number, number, number]
  return { instant: isoDateTime({ year, month, day }, 12, 0, publication.timeZone), timeZone: publication.timeZone }
}
