/**
 * Stable ids: a pure function of the input, so the same article gives the same article and event
 * ids on every ingest and deep links survive a re-ingest. Nothing here depends on other articles
 * or on the order files are read in.
 */
import { createHash } from 'node:crypto'

function digest(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('base64url').replace(/[-_]/g, '').slice(0, length)
}

/** An article is identified by its canonical URL when it has one, else by its text. */
export function articleId(url: string | null, title: string, bodyText: string): string {
  const key = url ? canonicalUrl(url) : `${title}\n${bodyText}`
  return `a-${digest(key)}`
}

/** Event ids hash the article id with what identifies the happening inside it. */
export function eventId(articleIdValue: string, parts: readonly (string | number)[]): string {
  return `e-${digest([articleIdValue, ...parts].join('\u0000'))}`
}

function canonicalUrl(url: string): string {
  try {
    const u = new URL(url)
    u.hash = ''
    return `${u.host.replace(/^www\./, '')}${decodeURIComponent(u.pathname).replace(/\/$/, '')}`
  } catch {
    return url.trim()
  }
}
