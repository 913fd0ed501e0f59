/**
 * What a fuzz run must show, whichever way ingest ran (CLI child process or in-process): good
 * files read, bad files refused by name with a reason, odd files either way; and the output of
 * the run byte-identical to a run on just the files it read.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import type { FuzzFile } from './fuzz-corpus'

export interface Refusal {
  /** Path relative to the corpus folder. */
  name: string
  message: string
}

export async function writeCorpus(dir: string, files: readonly FuzzFile[]): Promise<void> {
  for (const file of files) {
    const path = join(dir, file.name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, file.bytes)
  }
}

/** Readable problems; [] when every file was treated as its expectation says. */
export function checkRefusals(files: readonly FuzzFile[], refused: readonly Refusal[]): string[] {
  const byName = new Map(refused.map((r) => [r.name, r]))
  const known = new Set(files.map((f) => f.name))
  const problems: string[] = []
  for (const file of files) {
    const refusal = byName.get(file.name)
    if (file.expect === 'good' && refusal) problems.push(`${file.name} (good) was refused: ${refusal.message}`)
    if (file.expect === 'bad' && !refusal) problems.push(`${file.name} (${file.kind}) was read, expected a refusal`)
    if (refusal && refusal.message.trim().length < 5) problems.push(`${file.name} (${file.kind}) refused without a reason`)
  }
  for (const r of refused) if (!known.has(r.name)) problems.push(`refusal of an unknown file ${r.name}: ${r.message}`)
  return problems
}

/** Files the run read: every file minus those it refused. */
export function readFiles(files: readonly FuzzFile[], refused: readonly Refusal[]): FuzzFile[] {
  const names = new Set(refused.map((r) => r.name))
  return files.filter((f) => !names.has(f.name))
}

/** A refusal's message without its particulars (sizes, names, numbers), to count reasons. */
export function reasonOf(message: string): string {
  return message.replace(/\([^)]*\)/g, '').replace(/same article as .*/, 'same article as another file').replace(/\d+/g, 'N').trim()
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}

/** Relative path -> bytes of every file under dir. */
export async function treeBytes(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) await walk(path)
      else out.set(relative(dir, path), await readFile(path))
    }
  }
  await walk(dir)
  return out
}

/** Differences between two output folders, as readable lines; [] when byte-identical. */
export async function compareTrees(a: string, b: string): Promise<string[]> {
  const [left, right] = [await treeBytes(a), await treeBytes(b)]
  const names = [...new Set([...left.keys(), ...right.keys()])].sort()
  return names.flatMap((name) => {
    const [x, y] = [left.get(name), right.get(name)]
    if (!x) return [`${name} only in ${b}`]
    if (!y) return [`${name} only in ${a}`]
    return x.equals(y) ? [] : [`${name} differs`]
  })
}
