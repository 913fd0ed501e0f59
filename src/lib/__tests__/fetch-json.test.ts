import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { FetchJsonError, fetchJson, isRetryable } from '../fetch-json'

const Versioned = z.object({ schemaVersion: z.literal(1), name: z.string() })
const URL = '/data/index.json'

function respondWith(body: string, init: ResponseInit = { status: 200 }): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)))
}

async function failure(promise: Promise<unknown>): Promise<FetchJsonError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(FetchJsonError)
  return error as FetchJsonError
}

afterEach(() => vi.unstubAllGlobals())

describe('fetchJson', () => {
  it('returns validated data', async () => {
    respondWith('{"schemaVersion":1,"name":"ok"}')
    await expect(fetchJson(URL, Versioned)).resolves.toEqual({ schemaVersion: 1, name: 'ok' })
  })

  it('throws on a non-ok status, naming the URL and the status', async () => {
    respondWith('not here', { status: 404, statusText: 'Not Found' })
    const error = await failure(fetchJson(URL, Versioned))
    expect(error.kind).toBe('http')
    expect(error.message).toContain(URL)
    expect(error.message).toContain('404')
    expect(isRetryable(error)).toBe(false)
  })

  it('throws on a body that is not JSON (an HTML fallback page, a truncated file)', async () => {
    for (const body of ['<!doctype html><p>hi</p>', '{"schemaVersion":1,"na']) {
      respondWith(body)
      const error = await failure(fetchJson(URL, Versioned))
      expect(error.kind).toBe('parse')
      expect(error.message).toMatch(/not valid JSON/)
      expect(error.message).toContain(URL)
    }
  })

  it('throws on a wrong schemaVersion, naming the field', async () => {
    respondWith('{"schemaVersion":2,"name":"x"}')
    const error = await failure(fetchJson(URL, Versioned))
    expect(error.kind).toBe('schema')
    expect(error.message).toContain('schemaVersion')
    expect(error.message).toContain(URL)
  })

  it('reports a network failure as retryable', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    const error = await failure(fetchJson(URL, Versioned))
    expect(error.kind).toBe('network')
    expect(isRetryable(error)).toBe(true)
  })
})
