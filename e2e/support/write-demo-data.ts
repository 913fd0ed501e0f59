/**
 * Writes the invented fixture data set to public/data (git-ignored), for working on the app
 * before or without the ingest pipeline: `npx tsx e2e/support/write-demo-data.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeDataSet } from '../../src/testing/fixtures'

const out = join(process.cwd(), 'public', 'data')
const { index, bodies } = makeDataSet()
mkdirSync(join(out, 'articles'), { recursive: true })
writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2))
for (const body of bodies) writeFileSync(join(out, 'articles', `${body.id}.json`), JSON.stringify(body, null, 2))
console.log(`wrote ${index.events.length} events, ${bodies.length} articles to ${out}`)
