import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

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
