import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../index'

const SEED = join(__dirname, '../../../../data/articles/000_ce24b0c64041951c.txt')

describe('the bundled seed article (RFI dump)', () => {
  const r = readArticle(SEED, readFileSync(SEED))
  const a = r.article!

  it('reads without any diagnostic', () => {
    expect(r.diagnostics).toEqual([])
  })

  it('is RFI, published 17 Sep 2023 13:30 Paris summer time', () => {
    expect(a.outlet).toBe('rfi')
    expect(a.published).toBe('2023-09-17T13:30:00+02:00')
    expect(a.timeZone).toBe('Europe/Paris')
    expect(a.publishedFrom).toBe('body')
    expect(a.language).toBe('zh-Hans')
  })

  it('starts with the lead, followed by body paragraphs only', () => {
    expect(a.paragraphs[0]!.kind).toBe('lead')
    expect(a.paragraphs[0]!.text.startsWith('朝鲜领袖金正恩')).toBe(true)
    expect(a.paragraphs.slice(1).every((p) => p.kind === 'body')).toBe(true)
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(8)
  })

  it('has no share-link text and no padding spaces', () => {
    for (const p of a.paragraphs) {
      expect(p.text).not.toMatch(/分享|facebook|whatsapp|twitter|https?:/i)
      expect(p.text).toBe(p.text.trim())
    }
  })
})
