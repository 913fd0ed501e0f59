/**
 * Runs parseTimes over every sentence of ../shared/corpus (skipped when absent): every result
 * must be schema-valid, point at its text, and carry a rule; the real articles must yield dates.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { corpusFiles, hasCorpus } from '../../../testing/corpus'
import { EventTime } from '../../../schema'
import { readArticle } from '../../sources'
import { splitSentences } from '../../stages/segment'
import { parseTimes } from '..'


describe.skipIf(!hasCorpus())('parseTimes over the shared corpus', () => {
  it('produces schema-valid, correctly placed times for every article', () => {
    let found = 0
    for (const path of corpusFiles()) {
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
