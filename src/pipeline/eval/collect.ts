import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { GoldFile } from './gold'

/** Every *.json under a folder (or the file itself), sorted. */
export async function collectGold(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null)
  if (!info) return []
  if (!info.isDirectory()) return [path]
  const out: string[] = []
  for (const e of await readdir(path, { withFileTypes: true })) {
    const child = join(path, e.name)
    if (e.isDirectory()) out.push(...(await collectGold(child)))
    else if (e.name.endsWith('.json')) out.push(child)
  }
  return out.sort()
}

export interface GoldArticle {
  path: string
  gold: GoldFile
  /** Where its article was found. */
  article: string
}

/**
 * The valid gold files under `dir` with their articles, looked up as `corpus/<file>`, then
 * data/articles/<basename>. Every file left out is reported with the reason.
 */
export async function goldArticles(dir: string, corpus: string, report: (message: string) => void): Promise<GoldArticle[]> {
  const out: GoldArticle[] = []
  for (const path of await collectGold(dir)) {
    const parsed = GoldFile.safeParse(JSON.parse(await readFile(path, 'utf8').catch(() => 'null')))
    if (!parsed.success) {
      report(`skipped gold ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
      continue
    }
    const candidates = [join(corpus, parsed.data.file), join('data/articles', basename(parsed.data.file))]
    const article = candidates.find((c) => existsSync(c))
    if (!article) report(`skipped gold ${path}: article ${parsed.data.file} not found (looked in ${candidates.join(', ')})`)
    else out.push({ path, gold: parsed.data, article })
  }
  return out
}
