/**
 * The view keys of the address bar (how things are shown, not what is shown):
 *   ?articles=a-1,a-2&group=actor&lang=en&tz=viewer
 * Each value is validated on its own; an unreadable one falls back to its default.
 */
export const VIEW_KEYS = { articles: 'articles', group: 'group', lang: 'lang', tz: 'tz' } as const

export const GROUPINGS = ['none', 'actor', 'article', 'outlet'] as const
export type Grouping = (typeof GROUPINGS)[number]
export type Language = 'zh' | 'en'
export type ZoneMode = 'source' | 'viewer'

export interface ViewParams {
  /** Open article panes, in order; null means "the panes of the selected event" (or the default). */
  articles: string[] | null
  group: Grouping
  /** null: chosen from the browser's languages. */
  lang: Language | null
  tz: ZoneMode
}

export const DEFAULT_VIEW: ViewParams = { articles: null, group: 'none', lang: null, tz: 'source' }

const MAX_PANES = 6
const MAX_ID_LENGTH = 128

export function parsePaneIds(value: string | null): string[] | null {
  if (value === null) return null
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0 && id.length <= MAX_ID_LENGTH && /^[\p{L}\p{N}_.:-]+$/u.test(id))
  const unique = [...new Set(ids)].slice(0, MAX_PANES)
  return unique.length > 0 ? unique : null
}

export function parseGrouping(value: string | null): Grouping {
  return (GROUPINGS as readonly string[]).includes(value ?? '') ? (value as Grouping) : 'none'
}

export function parseLanguage(value: string | null): Language | null {
  return value === 'zh' || value === 'en' ? value : null
}

export function parseZoneMode(value: string | null): ZoneMode {
  return value === 'viewer' ? 'viewer' : 'source'
}

export function parseViewParams(params: URLSearchParams): ViewParams {
  return {
    articles: parsePaneIds(params.get(VIEW_KEYS.articles)),
    group: parseGrouping(params.get(VIEW_KEYS.group)),
    lang: parseLanguage(params.get(VIEW_KEYS.lang)),
    tz: parseZoneMode(params.get(VIEW_KEYS.tz)),
  }
}

/** Only values that differ from the defaults are written. */
export function serializeViewParams(view: ViewParams, encode: (value: string) => string): string[] {
  const parts: string[] = []
  if (view.articles && view.articles.length > 0) parts.push(`${VIEW_KEYS.articles}=${view.articles.map(encode).join(',')}`)
  if (view.group !== 'none') parts.push(`${VIEW_KEYS.group}=${view.group}`)
  if (view.lang) parts.push(`${VIEW_KEYS.lang}=${view.lang}`)
  if (view.tz !== 'source') parts.push(`${VIEW_KEYS.tz}=${view.tz}`)
  return parts
}
