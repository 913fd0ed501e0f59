import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ArticleDoc } from '../../../doc'
import { readArticle } from '../../../sources'
import { segmentStage } from '../../segment'
import { temporalStage } from '..'

const SEED = fileURLToPath(new URL('../../../../../data/articles/000_ce24b0c64041951c.txt', import.meta.url))

function seedDoc(): ArticleDoc {
  const { article } = readArticle(SEED, readFileSync(SEED))
  if (!article) throw new Error('seed article unreadable')
  const doc: ArticleDoc = {
    path: SEED, file: 'seed.txt', id: 'seed', article,
    sentences: [], timexes: [], mentions: [], events: [], diagnostics: [],
  }
  return temporalStage(segmentStage(doc))
}

describe('temporal stage on the seed article (RFI, Sunday 2023-09-17, Paris)', () => {
  const doc = seedDoc()
  const byText = (text: string) => doc.timexes.find((t) => t.text === text)

  it('resolves 今天, 周日早些时候 and 本周二 against the publication', () => {
    expect(byText('今天')?.time.start).toBe('2023-09-17')
    expect(byText('周日早些时候')?.time).toMatchObject({ start: '2023-09-17', granularity: 'day', uncertain: false })
    expect(byText('本周二')?.time.start).toBe('2023-09-12')
  })

  it('gives paragraph offsets that point at the expression', () => {
    for (const t of doc.timexes) {
      expect(doc.article.paragraphs[t.paragraph]!.text.slice(t.start, t.end)).toBe(t.text)
      const sentence = doc.sentences.find((s) => s.paragraph === t.paragraph && s.index === t.sentence)!
      expect(t.start).toBeGreaterThanOrEqual(sentence.start)
      expect(t.end).toBeLessThanOrEqual(sentence.end)
    }
  })

  it('records the publication as reference and does not touch the input doc', () => {
    expect(new Set(doc.timexes.map((t) => t.time.audit.reference))).toEqual(new Set([doc.article.published]))
    const input = segmentStage({ ...doc, timexes: [] })
    temporalStage(input)
    expect(input.timexes).toEqual([])
  })

  it('finds no date in the counts of the seed (五架, 250公里)', () => {
    expect(doc.timexes.map((t) => t.text).filter((t) => /架|公里/.test(t))).toEqual([])
  })
})
