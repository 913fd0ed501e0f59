/** Expands the command line's files and folders into a sorted list of article files. */
import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join, resolve } from 'node:path'

const ARTICLE_EXTENSIONS = new Set(['.md', '.txt', '.html', '.htm', ''])
/** Files that sit beside articles in dumps but are not articles. */
const NOT_ARTICLES = /^(readme|license|changelog|manifest)(\.|$)/i

export interface InputList {
  files: string[]
  /** Arguments that could not be opened, with the reason. */
  missing: { path: string; reason: string }[]
}

/**
 * Folders are walked recursively and only article-like files are kept from them; a file named
 * explicitly is always taken. The list is sorted so that output never depends on readdir order.
 */
export async function collectInputs(args: readonly string[]): Promise<InputList> {
  const files = new Set<string>()
  const missing: InputList['missing'] = []
  for (const arg of args) {
    const path = resolve(arg)
    try {
      const info = await stat(path)
      if (info.isDirectory()) for (const f of await walk(path)) files.add(f)
      else files.add(path)
    } catch (error) {
      missing.push({ path: arg, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error) })
    }
  }
  return { files: [...files].sort(), missing }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const out: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(path)))
    else if (entry.isFile() && isArticleName(entry.name)) out.push(path)
  }
  return out
}

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !NOT_ARTICLES.test(basename(name))
}
