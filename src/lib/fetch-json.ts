import type { z } from 'zod'
import { FAIL, fastParse } from './compiled-check'

export type FetchJsonErrorKind = 'network' | 'http' | 'parse' | 'schema'

/** Every failure names the URL and says what went wrong, so the UI can show it as is. */
export class FetchJsonError extends Error {
  readonly url: string
  readonly kind: FetchJsonErrorKind
  readonly status: number | null

  constructor(url: string, kind: FetchJsonErrorKind, reason: string, status: number | null = null) {
    super(`${url}: ${reason}`)
    this.name = 'FetchJsonError'
    this.url = url
    this.kind = kind
    this.status = status
  }
}

const MAX_ISSUES = 3

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)'
    return `${path}: ${issue.message}`
  })
  const more = issues.length > MAX_ISSUES ? ` (and ${issues.length - MAX_ISSUES} more)` : ''
  return shown.join('; ') + more
}

async function readBody(url: string, response: Response): Promise<string> {
  try {
    return await response.text()
  } catch (error) {
    throw new FetchJsonError(url, 'network', `the response body could not be read (${String(error)})`)
  }
}

function parseJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new FetchJsonError(url, 'parse', `the response is not valid JSON (${detail})`)
  }
}

/**
 * GET a JSON resource and validate it. Throws FetchJsonError on network failure, on a non-2xx
 * status, on a body that is not JSON, and on JSON that does not match the schema.
 */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  init?: RequestInit,
): Promise<z.output<S>> {
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, ...init })
  } catch (error) {
    if (init?.signal?.aborted) throw error
    throw new FetchJsonError(url, 'network', `the request failed (${String(error)})`)
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim()
    throw new FetchJsonError(url, 'http', `the server answered ${status}`, response.status)
  }
  const value = parseJson(url, await readBody(url, response))
  // The fast path accepts exactly what the schema accepts; zod runs only to explain a rejection.
  const checked = fastParse(schema, value)
  if (checked !== FAIL) return checked
  const result = schema.safeParse(value)
  if (!result.success) {
    throw new FetchJsonError(url, 'schema', `unexpected data: ${describeIssues(result.error.issues)}`)
  }
  return result.data
}

/** Only transient failures are worth retrying; a 404 or a wrong schema will not heal by itself. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof FetchJsonError)) return false
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500)
}
