/**
 * A fast path for validating large JSON with a zod schema. The page's Content-Security-Policy
 * forbids zod's eval-compiled parsers, and its interpreter spends ~40 ms per 1,000 events. This
 * walks the schema once and builds plain closures for the kinds the data contract uses (object,
 * array, tuple, string with regex, number with bounds, enum, literal, boolean, nullable,
 * optional); any other kind or check is handed to zod itself. The result is zod's output (unknown
 * keys stripped) or FAIL, after which the caller runs zod for its error messages. The schema
 * stays the one definition of what is valid.
 */
import type { z } from 'zod'

export const FAIL: unique symbol = Symbol('invalid')
type Check = (value: unknown) => unknown

interface Def {
  type: string
  checks?: { _zod: { def: CheckDef } }[]
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  items?: z.ZodType[]
  rest?: unknown
  innerType?: z.ZodType
  entries?: Record<string, unknown>
  values?: unknown[]
}

interface CheckDef {
  check: string
  format?: string
  pattern?: RegExp
  value?: unknown
  inclusive?: boolean
  minimum?: number
  maximum?: number
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def

/** Told of each node handed to zod (for tests: the data contract should need none). */
export type OnFallback = (type: string) => void

function viaZod(schema: z.ZodType, onFallback: OnFallback): Check {
  onFallback(defOf(schema).type)
  return (value) => {
    const result = schema.safeParse(value)
    return result.success ? result.data : FAIL
  }
}

type Test = (value: never) => boolean

/** A check of a string, number or array as a predicate; null when it is not one we know. */
function testOf(c: CheckDef): Test | null {
  const bound = typeof c.value === 'number' ? c.value : Number.NaN
  switch (c.check) {
    case 'string_format':
      return c.format === 'regex' && c.pattern instanceof RegExp && !c.pattern.global && !c.pattern.sticky
        ? (v: string) => c.pattern!.test(v)
        : null
    case 'number_format':
      return c.format === 'safeint' ? (v: number) => Number.isSafeInteger(v) : null
    case 'greater_than':
      return Number.isNaN(bound) ? null : c.inclusive ? (v: number) => v >= bound : (v: number) => v > bound
    case 'less_than':
      return Number.isNaN(bound) ? null : c.inclusive ? (v: number) => v <= bound : (v: number) => v < bound
    case 'min_length':
      return typeof c.minimum === 'number' ? (v: { length: number }) => v.length >= c.minimum! : null
    case 'max_length':
      return typeof c.maximum === 'number' ? (v: { length: number }) => v.length <= c.maximum! : null
    default:
      return null
  }
}

/** All checks of a node as one predicate, or null if one is unknown. */
function testsOf(def: Def): ((value: never) => boolean) | null {
  const tests = (def.checks ?? []).map((c) => testOf(c._zod.def))
  if (tests.some((t) => t === null)) return null
  const known = tests as Test[]
  if (known.length === 0) return () => true
  if (known.length === 1) return known[0]!
  return (value) => known.every((t) => t(value))
}

/** Own enumerable keys of an object (JSON.parse makes only those). */
function keyCount(value: object): number {
  let n = 0
  for (const key in value) if (Object.hasOwn(value, key)) n++
  return n
}

/**
 * Valid input that has no unknown keys is returned as is (no copy: a 30 MB index makes garbage
 * enough); otherwise a copy with the known keys, as zod returns.
 */
function objectCheck(def: Def, schema: z.ZodType, onFallback: OnFallback): Check {
  if (!def.shape) return viaZod(schema, onFallback)
  const fields = Object.entries(def.shape).map(([key, field]) => ({
    key,
    optional: defOf(field).type === 'optional',
    check: compile(field, onFallback),
  }))
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAIL
    const input = value as Record<string, unknown>
    let present = 0
    let same = true
    const results = new Array<unknown>(fields.length)
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!
      if (field.optional && !(field.key in input)) continue
      const inner = input[field.key]
      const result = field.check(inner)
      if (result === FAIL) return FAIL
      results[i] = result
      present++
      if (result !== inner || !Object.hasOwn(input, field.key)) same = false
    }
    if (same && keyCount(input) === present) return input
    const out: Record<string, unknown> = {}
    fields.forEach((field, i) => {
      if (!field.optional || field.key in input) out[field.key] = results[i]
    })
    return out
  }
}

function arrayCheck(def: Def, schema: z.ZodType, tests: (value: never) => boolean, onFallback: OnFallback): Check {
  if (!def.element) return viaZod(schema, onFallback)
  const element = compile(def.element, onFallback)
  return (value) => {
    if (!Array.isArray(value) || !tests(value as never)) return FAIL
    let out: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const result = element(item)
      if (result === FAIL) return FAIL
      if (result !== item && out === null) out = value.slice(0, i)
      if (out !== null) out.push(result)
    }
    return out ?? value
  }
}

function tupleCheck(def: Def, schema: z.ZodType, onFallback: OnFallback): Check {
  const items = def.items ?? []
  if ((def.rest !== null && def.rest !== undefined) || items.some((item) => defOf(item).type === 'optional')) return viaZod(schema, onFallback)
  const checks = items.map((item) => compile(item, onFallback))
  return (value) => {
    if (!Array.isArray(value) || value.length !== checks.length) return FAIL
    const out = checks.map((check, i) => check(value[i]))
    if (out.includes(FAIL)) return FAIL
    return out.every((v, i) => v === value[i]) ? value : out
  }
}

function primitive(test: (value: unknown) => boolean, tests: (value: never) => boolean): Check {
  return (value) => (test(value) && tests(value as never) ? value : FAIL)
}

/** The definition fields each kind may have for the fast path; any other (a format, coercion, default…) goes to zod. */
const KNOWN_FIELDS: Record<string, readonly string[]> = {
  string: ['checks'], number: ['checks'], boolean: [], enum: ['entries'], literal: ['values'],
  object: ['shape'], array: ['element', 'checks'], tuple: ['items', 'rest'], nullable: ['innerType'], optional: ['innerType'],
}

function plain(def: Def): boolean {
  const known = KNOWN_FIELDS[def.type]
  return known !== undefined && Object.keys(def).every((key) => key === 'type' || known.includes(key))
}

/** The fast check for a schema (built once per schema object by the caller). */
export function compile(schema: z.ZodType, onFallback: OnFallback = () => undefined): Check {
  const def = defOf(schema)
  const tests = plain(def) ? testsOf(def) : null
  if (!tests) return viaZod(schema, onFallback)
  const wrapped = (inner: z.ZodType | undefined, accept: unknown): Check => {
    if (!inner) return viaZod(schema, onFallback)
    const check = compile(inner, onFallback)
    return (value) => (value === accept ? value : check(value))
  }
  switch (def.type) {
    case 'string':
      return primitive((v) => typeof v === 'string', tests)
    case 'number':
      return primitive((v) => typeof v === 'number' && Number.isFinite(v), tests)
    case 'boolean':
      return primitive((v) => typeof v === 'boolean', tests)
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}))
      return primitive((v) => allowed.has(v), tests)
    }
    case 'literal': {
      const allowed = new Set(def.values ?? [])
      return primitive((v) => allowed.has(v), tests)
    }
    case 'object':
      return objectCheck(def, schema, onFallback)
    case 'array':
      return arrayCheck(def, schema, tests, onFallback)
    case 'tuple':
      return tupleCheck(def, schema, onFallback)
    case 'nullable':
      return wrapped(def.innerType, null)
    case 'optional':
      return wrapped(def.innerType, undefined)
    default:
      return viaZod(schema, onFallback)
  }
}

const compiled = new WeakMap<z.ZodType, Check>()

/** zod's output for a valid value, FAIL otherwise; the closures are built on first use of a schema. */
export function fastParse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | typeof FAIL {
  let check = compiled.get(schema)
  if (!check) {
    check = compile(schema)
    compiled.set(schema, check)
  }
  return check(value) as z.output<S> | typeof FAIL
}
