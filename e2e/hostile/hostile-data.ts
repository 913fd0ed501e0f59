/**
 * Builds the hostile data set the way a user would (article files through the ingest CLI into a
 * folder) and serves it to the page in place of the server's public/data.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { ArticleBody, DataIndex } from '../../src/schema'
import { hostileArticles, type HostileArticle } from './hostile-articles'

const run = promisify(execFile)
const INGEST_LIMIT_MS = 180_000

export interface HostileData {
  input: string
  out: string
  articles: HostileArticle[]
  index: DataIndex
  bodies: Map<string, ArticleBody>
  /** What the ingest command printed on stderr (skipped files, totals). */
  log: string
}

export async function writeArticles(dir: string, articles: readonly HostileArticle[]): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const a of articles) await writeFile(join(dir, a.file), a.content)
}

/** Generates the articles, ingests them with the CLI into a fresh folder and reads the result. */
export async function prepareHostileData(): Promise<HostileData> {
  const root = await mkdtemp(join(tmpdir(), 'hostile-e2e-'))
  const input = join(root, 'articles')
  const out = join(root, 'data')
  const articles = hostileArticles()
  await writeArticles(input, articles)
  const { stderr } = await run('npx', ['tsx', 'src/pipeline/cli/ingest.ts', '--no-cache', '--workers', '0', '--out', out, input], {
    timeout: INGEST_LIMIT_MS,
    maxBuffer: 16 * 1024 * 1024,
  })
  const index = DataIndex.parse(JSON.parse(await readFile(join(out, 'index.json'), 'utf8')))
  const bodies = new Map<string, ArticleBody>()
  for (const a of index.articles) {
    bodies.set(a.id, ArticleBody.parse(JSON.parse(await readFile(join(out, 'articles', `${a.id}.json`), 'utf8'))))
  }
  return { input, out, articles, index, bodies, log: stderr }
}

/** Answers every request under /data/ from `dir` (404 for anything outside it or missing). */
export async function serveData(page: Page, dir: string): Promise<void> {
  const base = resolve(dir)
  await page.route('**/data/**', async (route) => {
    const { pathname } = new URL(route.request().url())
    const relative = decodeURIComponent(pathname.slice(pathname.indexOf('/data/') + '/data/'.length))
    const path = resolve(base, relative)
    if (!path.startsWith(base + sep)) return route.fulfill({ status: 404, body: 'not found' })
    try {
      await route.fulfill({ status: 200, contentType: 'application/json', body: await readFile(path) })
    } catch {
      await route.fulfill({ status: 404, body: 'not found' })
    }
  })
}
