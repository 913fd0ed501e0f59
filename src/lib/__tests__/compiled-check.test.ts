import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ArticleBody, DataIndex } from '../../schema'
import { makeDataSet } from '../../testing/fixtures'
import { compile, FAIL, fastParse } from '../compiled-check'

const { index, bodies } = makeDataSet()

/** Every path to a value inside a JSON value. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))]
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))]
  return [at]
}

function withValue(root: unknown, path: (string | number)[], replace: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  replace(parent, path.at(-1)!)
  return copy
}

const WRONG: unknown[] = [null, -1, 1.5, 2, Number.POSITIVE_INFINITY, '', 'x', '2024-13', true, [], {}, [1, 2, 3]]

/** The fast path agrees with zod: same verdict, and on success the same output. */
function expectAgreement(schema: z.ZodType, value: unknown): void {
  const zod = schema.safeParse(value)
  const fast = fastParse(schema, value)
  if (zod.success) expect(fast).toStrictEqual(zod.data)
  else expect(fast).toBe(FAIL)
}

describe('fastParse', () => {
  it('returns what zod returns for valid data, unknown keys stripped', () => {
    const extra = { ...index, extra: '<script>', events: index.events.map((e) => ({ ...e, note: 1 })) }
    expect(fastParse(DataIndex, extra)).toStrictEqual(DataIndex.parse(extra))
    expect(fastParse(DataIndex, extra)).not.toHaveProperty('extra')
  })

  it('rejects every wrong value, missing key and wrong type that zod rejects, and only those', () => {
    const all = paths(index).filter((p) => p.length > 0)
    for (const path of all) {
      for (const wrong of WRONG) expectAgreement(DataIndex, withValue(index, path, (parent, key) => (parent[key] = wrong)))
      expectAgreement(DataIndex, withValue(index, path, (parent, key) => delete parent[key]))
    }
  }, 60_000)

  it('agrees with zod on article bodies too', () => {
    for (const body of bodies) {
      expectAgreement(ArticleBody, body)
      for (const path of paths(body).filter((p) => p.length > 0).slice(0, 40)) {
        for (const wrong of WRONG) expectAgreement(ArticleBody, withValue(body, path, (parent, key) => (parent[key] = wrong)))
      }
    }
  })

  it('checks the whole data contract itself, without handing any part to zod', () => {
    const handed: string[] = []
    compile(DataIndex, (type) => handed.push(type))
    compile(ArticleBody, (type) => handed.push(type))
    expect(handed).toEqual([])
  })

  it('hands kinds it does not know to zod', () => {
    const Odd = z.object({ when: z.iso.datetime(), n: z.number().multipleOf(5), tags: z.array(z.string()).length(2) })
    expectAgreement(Odd, { when: '2024-01-01T00:00:00Z', n: 10, tags: ['a', 'b'] })
    expectAgreement(Odd, { when: 'yesterday', n: 10, tags: ['a', 'b'] })
    expectAgreement(Odd, { when: '2024-01-01T00:00:00Z', n: 7, tags: ['a', 'b'] })
    expectAgreement(Odd, { when: '2024-01-01T00:00:00Z', n: 10, tags: ['a'] })
  })
})
