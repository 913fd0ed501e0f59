/** Test helper: reads a fixture written for these tests (invented text in each outlet's markup). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readArticle, type ReadResult } from '../index'

export const FIXTURE_DIR = join(__dirname, 'fixtures')
export const FIXTURES = ['rfi.md', 'rfi-wire.md', 'dw.md', 'voa.md', 'bbc.md', 'rfa.md', 'nyt.md', 'cdt.md', 'plain.html']

export const fixtureBytes = (name: string): Uint8Array => readFileSync(join(FIXTURE_DIR, name))

export function readFixture(name: string): ReadResult {
  return readArticle(name, fixtureBytes(name))
}

export const allText = (r: ReadResult): string => (r.article?.paragraphs ?? []).map((p) => p.text).join('\n')
