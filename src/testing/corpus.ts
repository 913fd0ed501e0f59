/** The shared corpus beside the repository (absent on a user's fresh clone: tests skip then). */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))
export const hasCorpus = (): boolean => existsSync(CORPUS_DIR)

/** Every article file under a folder, recursively (the corpus README excluded). */
export function corpusFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return corpusFiles(path)
    return /\.(md|txt)$/.test(name) && name !== 'README.md' ? [path] : []
  })
}
