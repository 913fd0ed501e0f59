/**
 * Every article of the shared corpus (../shared/corpus, absent in a fresh clone: then skipped)
 * must read without a fatal diagnostic, with a title, a publication date that agrees with the
 * file's own date line or URL, body text, and none of the known boilerplate left.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../index'
import { corpusFiles, hasCorpus } from '../../../testing/corpus'

const present = hasCorpus()
const files = present ? corpusFiles() : []

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: string | number) => String(n).padStart(2, '0')

/** The calendar date the file itself states (date line, or URL), found independently of the reader. */
function statedDate(raw: string): string | null {
  const url = /^\[.*\]\((\S+)\)$/m.exec(raw)?.[1] ?? ''
  let m = /<div>(\d{2})\/(\d{2})\/(\d{4}) - \d{2}:\d{2}<\/div>/.exec(raw)
  if (m) return `${m[3]}-${m[2]}-${m[1]}`
  m = /<i>[^<]*<br>(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}:\d{2}/.exec(raw)
  if (m) return m[1]!
  m = /<i>[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) \d{2}:\d{2}:\d{2} GMT<\/i>/.exec(raw)
  if (m) return `${m[3]}-${two(MONTHS.indexOf(m[2]!) + 1)}-${m[1]}`
  m = /<time dateTime="(\d{4}-\d{2}-\d{2})"/.exec(raw)
  if (m) return m[1]!
  m = /-(\d{2})(\d{2})(\d{4})\d{6}\.html$/.exec(url)
  if (m) return `${m[3]}-${m[1]}-${m[2]}`
  m = /\/(\d{4})\/(\d{2})\//.exec(url)
  if (m) return `${m[1]}-${m[2]}`
  return null
}

/** Text that must never reach a paragraph. */
const BOILERPLATE = [
  /获取更多RSS/, /feedx\./, /图像来源/, /相关图集/, /^[(（]德国之声中文网[)）]/, /©/, /版权声明/, /^分享\s*:?$/,
  /你的器材不支持/, /责编/, /网编/, /点击查看本文英文版/, /^Posted by/, /Twitter 帖子/, /对本文有报道贡献/, /多媒体播放器/,
]

describe.skipIf(!present)('shared corpus', () => {
  const results = files.map((f) => ({ file: f, raw: readFileSync(f, 'utf8'), r: readArticle(f, readFileSync(f)) }))

  it('has the files', () => {
    expect(files.length).toBeGreaterThanOrEqual(100)
    const from = (k: string) => results.filter((x) => x.r.article?.publishedFrom === k).length
    console.info(`corpus: ${results.length} files; publication time from body ${from('body')}, URL ${from('url')}, archive ${from('archive')}`)
  })

  it.each(files)('%s', (file) => {
    const { raw, r } = results.find((x) => x.file === file)!
    expect(r.diagnostics.filter((d) => d.fatal)).toEqual([])
    const a = r.article!
    expect(a.title.length).toBeGreaterThan(0)
    const stated = statedDate(raw)
    if (stated) expect(a.published.startsWith(stated)).toBe(true)
    else {
      // The file states no date at all: the archive time is all there is, and a diagnostic says so.
      expect(a.publishedFrom).toBe('archive')
      expect(r.diagnostics.map((d) => d.rule)).toContain('source/published-fallback')
    }
    expect(a.paragraphs.filter((p) => p.kind === 'body' || p.kind === 'lead').length).toBeGreaterThanOrEqual(1)
    expect(a.paragraphs.filter((p) => p.kind === 'lead')).toHaveLength(1)
    for (const p of a.paragraphs) {
      for (const re of BOILERPLATE) expect(p.text, `${re} in paragraph`).not.toMatch(re)
      expect(p.text).not.toMatch(/[\u00a0\u200b\u200c\u200d\ufeff]| {2}/)
    }
  })
})
