/**
 * Copies a set of article files until there are `count` of them in a folder, each copy made a
 * distinct article (its URL gets a `-copyN` suffix) so the ingest's duplicate check keeps them all.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** Works on the raw bytes (latin1 round-trips every byte), so any encoding survives. */
export function makeUnique(bytes: Buffer, copy: number): Buffer {
  const text = bytes.toString('latin1')
  const lines = text.split('\n')
  const link = /^(\[.*\]\(\S+?)(\)\s*)$/.exec(lines[1] ?? '')
  if (link) lines[1] = `${link[1]}-copy${copy}${link[2]}`
  else lines.push(`<p>copy ${copy}</p>`)
  return Buffer.from(lines.join('\n'), 'latin1')
}

export async function replicate(sources: readonly string[], dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const originals = await Promise.all(sources.map(async (path) => ({ name: basename(path), bytes: await readFile(path) })))
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const source = originals[i % originals.length]!
    const path = join(dir, `${String(i).padStart(5, '0')}-${source.name}`)
    await writeFile(path, i < originals.length ? source.bytes : makeUnique(source.bytes, i))
    out.push(path)
  }
  return out
}
