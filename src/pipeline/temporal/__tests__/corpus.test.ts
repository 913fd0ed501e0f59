/**
 * Runs parseTimes over every sentence of ../shared/corpus (skipped when absent): every result
 * must be schema-valid, point at its text, and carry a rule; the real articles must yield dates.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EventTime } from '../../../schema'
import { readArticle } from '../../sources'
import { splitSentences } from '../../stages/segment'
import { parseTimes } from '..'

const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url))

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(md|txt)$/.test(name) && name !== 'README.md' ? [path] : []
  })

describe.skipIf(!existsSync(CORPUS))('parseTimes over the shared corpus', () => {
  it('produces schema-valid, correctly placed times for every article', () => {
    let found = 0
    for (const path of files(CORPUS)) {
      const article = readArticle(path, readFileSync(path)).article
      if (!article) continue
      const ref = { instant: article.published, timeZone: article.timeZone }
      article.paragraphs.forEach((p, i) => {
        for (const s of splitSentences(p.text, i)) {
          for (const t of parseTimes(s.text, ref, article.language)) {
            found++
            expect(EventTime.safeParse(t.time).success, `${path}: ${t.text}`).toBe(true)
            expect(s.text.slice(t.start, t.end)).toBe(t.text)
            expect(t.time.audit.rule).toMatch(/^(zh|en)\//)
            if (t.time.end) expect(t.time.end >= t.time.start, `${path}: ${t.text}`).toBe(true)
          }
        }
      })
    }
    expect(found).toBeGreaterThan(500)
  }, 60_000)
})
