/**
 * The one place that declares what the address bar holds, how each value is read and how the
 * state is written back. Values are flat and readable:
 *   ?event=e-abc&actors=金正恩,普京&start=2023-09-10&end=2023-09-20
 * Parsing never fails: a value that cannot be read falls back to its default.
 */
import { DEFAULT_FILTERS, parseFilterParams, serializeFilterParams, type FilterParams } from './filter-params'
import { DEFAULT_VIEW, parseViewParams, serializeViewParams, type ViewParams } from './view-params'

export const URL_KEYS = {
  event: 'event',
  article: 'article',
  actors: 'actors',
  start: 'start',
  end: 'end',
} as const

export interface TimeWindow {
  start: Date
  end: Date
}

export interface UrlState {
  /** Selected event id as written (may be an alias, or unknown until checked against the data). */
  event: string | null
  /** Article shown in the pane when no event is selected. */
  article: string | null
  /** Checked actors (names or ids); null means no filter (every actor checked), [] means none. */
  actors: string[] | null
  /** Visible window of the timeline; null means "fit all events". */
  window: TimeWindow | null
  /** Event filters (filter-params.ts); absent means the defaults. */
  filters?: FilterParams
  /** View keys (view-params.ts): open panes, grouping, language, time zone; absent means the defaults. */
  view?: ViewParams
}

export const DEFAULT_URL_STATE: UrlState = { event: null, article: null, actors: null, window: null, filters: DEFAULT_FILTERS, view: DEFAULT_VIEW }

const MAX_ID_LENGTH = 128
const MAX_ACTORS_LENGTH = 4000
const MAX_ACTORS = 200
const MIN_YEAR = 1000
const MAX_YEAR = 9999
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?Z?$/

export function parseId(value: string | null): string | null {
  const trimmed = value?.trim() ?? ''
  if (trimmed.length === 0 || trimmed.length > MAX_ID_LENGTH) return null
  return /^[\p{L}\p{N}_.:-]+$/u.test(trimmed) ? trimmed : null
}

export function parseActors(value: string | null): string[] | null {
  if (value === null) return null
  if (value.trim() === '') return []
  const names = value
    .slice(0, MAX_ACTORS_LENGTH)
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= MAX_ID_LENGTH)
  const unique = [...new Set(names)].slice(0, MAX_ACTORS)
  return unique.length > 0 ? unique : null
}

/** A calendar date or date-time, read as UTC; anything else (or an impossible date) is null. */
export function parseDate(value: string | null): Date | null {
  const match = DATE_PATTERN.exec(value?.trim() ?? '')
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) return null
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day, hour, minute, second))
  const roundTrips =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month ?? 1) - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute
  return roundTrips ? date : null
}

export function parseWindow(start: string | null, end: string | null): TimeWindow | null {
  const from = parseDate(start)
  const to = parseDate(end)
  if (!from || !to || from.getTime() >= to.getTime()) return null
  return { start: from, end: to }
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  return {
    event: parseId(params.get(URL_KEYS.event)),
    article: parseId(params.get(URL_KEYS.article)),
    actors: parseActors(params.get(URL_KEYS.actors)),
    window: parseWindow(params.get(URL_KEYS.start), params.get(URL_KEYS.end)),
    filters: parseFilterParams(params),
    view: parseViewParams(params),
  }
}

const MINUTE = 60_000

/** Minute precision; midnight UTC is written as a bare date. */
export function formatDate(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / MINUTE) * MINUTE)
  const iso = rounded.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16)
}

/** Percent-encode only what must be: CJK names and commas between them stay readable. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':')
}

function encodeList(values: readonly string[]): string {
  return values.map((value) => encodeURIComponent(value)).join(',')
}

export function serializeUrlState(state: UrlState): string {
  const parts: string[] = []
  if (state.event) parts.push(`${URL_KEYS.event}=${encodeValue(state.event)}`)
  if (state.article && !state.event) parts.push(`${URL_KEYS.article}=${encodeValue(state.article)}`)
  if (state.actors) parts.push(`${URL_KEYS.actors}=${encodeList(state.actors)}`)
  if (state.window) {
    parts.push(`${URL_KEYS.start}=${encodeValue(formatDate(state.window.start))}`)
    parts.push(`${URL_KEYS.end}=${encodeValue(formatDate(state.window.end))}`)
  }
  if (state.filters) parts.push(...serializeFilterParams(state.filters, encodeValue))
  if (state.view) parts.push(...serializeViewParams(state.view, encodeValue))
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

export function sameWindow(a: TimeWindow | null, b: TimeWindow | null, toleranceMs = MINUTE): boolean {
  if (a === null || b === null) return a === b
  return (
    Math.abs(a.start.getTime() - b.start.getTime()) <= toleranceMs &&
    Math.abs(a.end.getTime() - b.end.getTime()) <= toleranceMs
  )
}
