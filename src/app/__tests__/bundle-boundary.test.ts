import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The browser bundle must never pull in the Node pipeline: everything under app/, features/ and
 * lib/, and everything reachable from main.tsx, may import only browser-safe modules.
 */
const SRC = resolve(import.meta.dirname, '../..')
const ROOTS = ['app', 'features', 'lib']
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g
const NODE_ONLY = /^(node:|fs$|path$|child_process$|worker_threads$|@node-rs\/|chardet$|iconv-lite$|htmlparser2$|chrono-node$|opencc-js$)/

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return /\.tsx?$/.test(path) ? [path] : []
  return readdirSync(path).flatMap((name) => (name === '__tests__' ? [] : sourceFiles(join(path, name))))
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null
}

/** Files reachable from the entry through relative imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
      const target = resolveLocal(file, spec)
      if (target && /\.tsx?$/.test(target)) queue.push(target)
    }
  }
  return [...seen]
}

function violations(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((spec) => {
        const target = spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec
        return target.startsWith('pipeline') || NODE_ONLY.test(spec)
      })
      .map((spec) => `${relative(SRC, file)} imports ${spec}`),
  )
}

describe('the browser bundle', () => {
  const owned = ROOTS.flatMap((root) => sourceFiles(join(SRC, root)))
  const bundled = reachable(join(SRC, 'main.tsx'))

  it('is found by the scan', () => {
    expect(owned.length).toBeGreaterThan(10)
    expect(bundled.map((f) => relative(SRC, f))).toContain(join('features', 'timeline', 'hooks', 'use-timeline.ts'))
  })

  it('never imports the Node pipeline or Node-only packages', () => {
    expect(violations([...new Set([...owned, ...bundled])])).toEqual([])
  })

  it('would report such an import', () => {
    const line = "import { run } from '../../pipeline/run'"
    expect([...line.matchAll(IMPORT)].map((m) => m[1])).toEqual(['../../pipeline/run'])
  })
})
