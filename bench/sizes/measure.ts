/** Sizes: the JavaScript a first visit loads (gzip), and the data set's bytes per event. */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { row, type Row } from '../lib/report'
import { kb, round } from '../lib/stats'
import type { WrittenDataset } from '../synth/write'

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length

/** Scripts and module preloads referenced by index.html: what loads before anything is shown. */
export function initialAssets(html: string): { js: string[]; css: string[] } {
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\//, ''))
  return {
    js: [...new Set([...attr(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)])],
    css: attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
  }
}

export async function bundleRows(dist: string): Promise<Row[]> {
  const { js, css } = initialAssets(await readFile(join(dist, 'index.html'), 'utf8'))
  const size = async (files: string[]) => {
    const bytes = await Promise.all(files.map((f) => readFile(join(dist, f))))
    return { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gz(b), 0) }
  }
  const initialJs = await size(js)
  const initialCss = await size(css)
  const allJs = await size((await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`))
  const S = 'Sizes'
  return [
    row(S, `initial JS (${js.length} file${js.length === 1 ? '' : 's'}), gzip -9`, `${kb(initialJs.gzip)} (${kb(initialJs.raw)} raw)`, '≤ 300 KB gzip', initialJs.gzip <= 300 * 1024),
    row(S, 'initial CSS, gzip -9', `${kb(initialCss.gzip)} (${kb(initialCss.raw)} raw)`),
    row(S, 'all JS chunks, gzip -9', `${kb(allJs.gzip)}`),
  ]
}

export async function dataRows(sets: readonly WrittenDataset[]): Promise<Row[]> {
  const rows: Row[] = []
  for (const set of sets) {
    const index = await readFile(join(set.dir, 'index.json'))
    const total = set.bytes.index + set.bytes.bodies
    const largest = Math.max(set.bytes.index, set.bytes.largestBody)
    rows.push(
      row('Sizes', `data, ${set.events} events (${set.articles} articles, ${set.actors} actors)`,
        `index ${round(set.bytes.index / set.events)} B/event (${round(gz(index) / set.events)} B gzip), all files ${round(total / set.events)} B/event; largest file index.json ${kb(largest)} (${kb(gz(index))} gzip)`),
    )
  }
  return rows
}
