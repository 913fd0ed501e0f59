/** Writes a synthetic world to disk: the ready data set (index.json + articles/) and/or dump files. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildDataset, validateDataset } from './dataset'
import { dumpArticle } from './dump'
import { layoutArticle } from './layout'
import { buildWorld, type World } from './world'

export interface WrittenDataset {
  dir: string
  events: number
  articles: number
  actors: number
  bytes: { index: number; bodies: number; largestBody: number }
  problems: string[]
}

export async function writeReadyDataset(dir: string, events: number, seed?: number): Promise<WrittenDataset> {
  const world = buildWorld({ events, ...(seed === undefined ? {} : { seed }) })
  const data = buildDataset(world)
  const problems = validateDataset(data)
  await mkdir(join(dir, 'articles'), { recursive: true })
  const indexText = JSON.stringify(data.index)
  await writeFile(join(dir, 'index.json'), indexText)
  let bodies = 0
  let largestBody = 0
  for (const b of data.bodies) {
    const text = JSON.stringify(b)
    const size = Buffer.byteLength(text)
    bodies += size
    largestBody = Math.max(largestBody, size)
    await writeFile(join(dir, 'articles', `${b.id}.json`), text)
  }
  return {
    dir, events: data.index.events.length, articles: data.index.articles.length, actors: data.index.actors.length,
    bytes: { index: Buffer.byteLength(indexText), bodies, largestBody }, problems,
  }
}

export async function writeDumpFiles(dir: string, world: World): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const files: string[] = []
  for (const article of world.articles) {
    const laid = layoutArticle(world, article)
    const path = join(dir, laid.file)
    await writeFile(path, dumpArticle(laid, article.published.getTime() + 3 * 3_600_000))
    files.push(path)
  }
  return files
}
