/** The bare baseline for ingest: read each file and parse its HTML with htmlparser2, nothing else. */
import { readFile } from 'node:fs/promises'
import { parseDocument } from 'htmlparser2'

export async function parseOnly(files: readonly string[]): Promise<number> {
  let nodes = 0
  const decoder = new TextDecoder('utf-8')
  for (const path of files) {
    const doc = parseDocument(decoder.decode(await readFile(path)))
    nodes += doc.children.length
  }
  return nodes
}
