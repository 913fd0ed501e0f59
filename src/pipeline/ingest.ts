/**
 * Ingest: files and folders in, a data set out. Reads every file (each failure is reported with
 * the file and the reason, and the rest go on), processes the new ones (cached results for
 * unchanged files), drops duplicate articles, merges across articles and writes the data set.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { buildDataset, type Dataset } from './dataset/build'
import { writeDataset, type WriteReport } from './dataset/write'
import type { ArticleDoc, Diagnostic } from './doc'
import { collectInputs } from './files'
import { processAll, type Task } from './pool'
import type { ResultCache } from './cache'
import type { ArticleResult } from './run'

/** Larger files are not articles; refusing them early keeps memory bounded. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024

export interface IngestOptions {
  workers: number
  timeoutMs: number
  cache: ResultCache | null
}

export interface IngestOutcome {
  files: number
  docs: ArticleDoc[]
  /** One entry per skipped file, with its fatal diagnostic. */
  skipped: Diagnostic[]
  /** Non-fatal diagnostics of the articles that were read. */
  warnings: Diagnostic[]
  cached: number
}

export async function readAndProcess(args: readonly string[], options: IngestOptions): Promise<IngestOutcome> {
  const { files, missing } = await collectInputs(args)
  const skipped: Diagnostic[] = missing.map((m) => skip(m.path, 'input/missing', m.reason))
  const results = new Map<string, ArticleResult>()
  const todo: Task[] = []
  let cached = 0
  for (const path of files) {
    const bytes = await readBytes(path)
    if (typeof bytes === 'string') {
      skipped.push(skip(path, 'input/unreadable', bytes))
      continue
    }
    const hit = await options.cache?.get(bytes)
    if (hit) {
      results.set(path, { ...hit, path })
      cached++
    } else todo.push({ path, bytes })
  }
  const fresh = await processAll(todo, options)
  for (const [i, result] of fresh.entries()) {
    results.set(todo[i]!.path, result)
    await options.cache?.set(todo[i]!.bytes, result)
  }

  const docs: ArticleDoc[] = []
  const warnings: Diagnostic[] = []
  const seen = new Map<string, string>()
  for (const path of files) {
    const result = results.get(path)
    if (!result) continue
    if (!result.doc) {
      skipped.push(result.diagnostics.find((d) => d.fatal) ?? skip(path, 'pipeline/unknown', 'skipped'))
      continue
    }
    const doc = { ...result.doc, path, file: basename(path), diagnostics: result.doc.diagnostics.map((d) => ({ ...d, source: path })) }
    const first = seen.get(doc.id)
    if (first) {
      skipped.push(skip(path, 'input/duplicate', `same article as ${first} (same URL or same text); kept the first`))
      continue
    }
    seen.set(doc.id, path)
    docs.push(doc)
    warnings.push(...doc.diagnostics.filter((d) => !d.fatal))
  }
  return { files: files.length + missing.length, docs, skipped, warnings, cached }
}

export async function ingest(args: readonly string[], out: string, options: IngestOptions): Promise<IngestOutcome & { dataset: Dataset; written: WriteReport | null }> {
  const outcome = await readAndProcess(args, options)
  const dataset = buildDataset(outcome.docs)
  // With nothing read, keep whatever data set was there rather than replace it with an empty one.
  const written = outcome.docs.length > 0 ? await writeDataset(out, dataset) : null
  return { ...outcome, dataset, written }
}

async function readBytes(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path)
    if (info.size > MAX_FILE_BYTES) return `file too large (${(info.size / 1048576).toFixed(1)} MB, limit ${MAX_FILE_BYTES / 1048576} MB)`
    return new Uint8Array(await readFile(path))
  } catch (error) {
    return `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
  }
}

function skip(source: string, rule: string, message: string): Diagnostic {
  return { rule, source, message, fatal: true }
}
