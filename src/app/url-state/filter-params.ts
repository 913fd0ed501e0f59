/**
 * The filter keys of the address bar, flat and readable:
 *   ?actorMode=all&types=arrive,visit&outlets=rfi,dw&from=2020-10-01&to=2020-10-31&q=普京
 * Each value is validated on its own; an unreadable one falls back to its default (no filter).
 * Outlets are checked against the data later (the URL layer does not know the data set).
 */
import { EVENT_TYPES, type EventType } from '../../schema'

export const FILTER_KEYS = {
  actorMode: 'actorMode',
  types: 'types',
  outlets: 'outlets',
  from: 'from',
  to: 'to',
  q: 'q',
} as const

export type ActorMode = 'any' | 'all'

export interface FilterParams {
  /** Whether an event needs any or all of the checked actors. */
  actorMode: ActorMode
  /** Event types shown; null means every type. */
  types: EventType[] | null
  /** Outlets shown; null means every outlet. */
  outlets: string[] | null
  /** Calendar days (YYYY-MM-DD), inclusive; null means open-ended. */
  from: string | null
  to: string | null
  /** Free text searched in sentences, titles and actor names; '' means no search. */
  q: string
}

export const DEFAULT_FILTERS: FilterParams = { actorMode: 'any', types: null, outlets: null, from: null, to: null, q: '' }

const MAX_QUERY = 200
const MAX_OUTLETS = 50
const MAX_OUTLET_LENGTH = 64
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

export function parseActorMode(value: string | null): ActorMode {
  return value === 'all' ? 'all' : 'any'
}

export function parseTypes(value: string | null): EventType[] | null {
  if (value === null) return null
  const known = new Set<string>(EVENT_TYPES)
  const types = [...new Set(value.split(',').map((t) => t.trim()))].filter((t): t is EventType => known.has(t))
  return types.length > 0 ? EVENT_TYPES.filter((t) => types.includes(t)) : null
}

export function parseOutlets(value: string | null): string[] | null {
  if (value === null) return null
  const outlets = value
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0 && o.length <= MAX_OUTLET_LENGTH && /^[\p{L}\p{N}_.-]+$/u.test(o))
  const unique = [...new Set(outlets)].slice(0, MAX_OUTLETS)
  return unique.length > 0 ? unique : null
}

/** A real calendar day written YYYY-MM-DD, else null. */
export function parseDay(value: string | null): string | null {
  const match = DAY.exec(value?.trim() ?? '')
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  const real = year >= 1000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real ? match[0] : null
}

export function parseQuery(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY)
}

export function parseFilterParams(params: URLSearchParams): FilterParams {
  const from = parseDay(params.get(FILTER_KEYS.from))
  const to = parseDay(params.get(FILTER_KEYS.to))
  const inverted = from !== null && to !== null && from > to
  return {
    actorMode: parseActorMode(params.get(FILTER_KEYS.actorMode)),
    types: parseTypes(params.get(FILTER_KEYS.types)),
    outlets: parseOutlets(params.get(FILTER_KEYS.outlets)),
    from: inverted ? null : from,
    to: inverted ? null : to,
    q: parseQuery(params.get(FILTER_KEYS.q)),
  }
}

/** `key=value` parts for the non-default filters, in a fixed order. */
export function serializeFilterParams(filters: FilterParams, encode: (value: string) => string): string[] {
  const parts: string[] = []
  if (filters.actorMode === 'all') parts.push(`${FILTER_KEYS.actorMode}=all`)
  if (filters.types && filters.types.length > 0) parts.push(`${FILTER_KEYS.types}=${filters.types.join(',')}`)
  if (filters.outlets && filters.outlets.length > 0) {
    parts.push(`${FILTER_KEYS.outlets}=${filters.outlets.map(encodeURIComponent).join(',')}`)
  }
  if (filters.from) parts.push(`${FILTER_KEYS.from}=${filters.from}`)
  if (filters.to) parts.push(`${FILTER_KEYS.to}=${filters.to}`)
  if (filters.q) parts.push(`${FILTER_KEYS.q}=${encode(filters.q)}`)
  return parts
}

export function hasFilters(filters: FilterParams): boolean {
  return serializeFilterParams(filters, (v) => v).length > 0
}
