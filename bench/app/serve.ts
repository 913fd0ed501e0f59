/**
 * A static server for the benchmarks: the built app from `dist`, the data set under test at
 * /data/, the bare baseline page at /bare/ and vis-timeline's standalone build at /vendor/.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const VENDOR: Record<string, string> = {
  '/vendor/vis-timeline.js': join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
  '/vendor/vis-timeline.css': join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
}
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
}

export interface BenchServer {
  origin: string
  close: () => Promise<void>
}

/** Resolves a URL path under a root folder; null when it would leave it. */
function under(root: string, path: string): string | null {
  const full = resolve(root, `.${normalize(decodeURIComponent(path))}`)
  return full.startsWith(resolve(root)) ? full : null
}

function target(dist: string, dataDir: () => string, pathname: string): { file: string | null; fallback: boolean } {
  if (VENDOR[pathname]) return { file: VENDOR[pathname]!, fallback: false }
  if (pathname.startsWith('/data/')) return { file: under(dataDir(), pathname.slice('/data'.length)), fallback: false }
  if (pathname === '/bare/' || pathname === '/bare') return { file: join(ROOT, 'bench/bare/index.html'), fallback: false }
  if (pathname.startsWith('/bare/')) return { file: under(join(ROOT, 'bench/bare'), pathname.slice('/bare'.length)), fallback: false }
  return { file: under(dist, pathname === '/' ? '/index.html' : pathname), fallback: true }
}

/** `dataDir` is read on every request, so the harness can switch data sets between page loads. */
export async function startServer(dist: string, dataDir: () => string): Promise<BenchServer> {
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    const { file, fallback } = target(dist, dataDir, pathname)
    const found = file ? await stat(file).then((s) => (s.isFile() ? file : null), () => null) : null
    const chosen = found ?? (fallback ? join(dist, 'index.html') : null)
    if (!chosen) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(chosen)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(chosen).pipe(res)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) }
}
