/**
 * Damaged and hostile files a user may bring: each gives an article or a fatal diagnostic that
 * says why, never an exception, and in time linear in the size of the file.
 */
import { describe, expect, it } from 'vitest'
import { MAX_BYTES, readArticle, type ReadResult } from '../index'
import { fixtureBytes } from './read-fixture'

const utf8 = (s: string) => new TextEncoder().encode(s)
const dw = new TextDecoder().decode(fixtureBytes('dw.md'))
const HEAD = '<!--1602324000000-->\n[虚构标题](https://www.dw.com/zh/x/a-1)\n------\n\n'

const fatalMessage = (r: ReadResult) => {
  expect(r.article).toBeNull()
  const fatal = r.diagnostics.filter((d) => d.fatal)
  expect(fatal).toHaveLength(1)
  return fatal[0]!.message
}

// Large inputs: generous timeouts since test machines may be busy (speed is the bench's business).
describe('hostile input', { timeout: 30_000 }, () => {
  it('refuses an empty file', () => {
    expect(fatalMessage(readArticle('e.md', new Uint8Array()))).toBe('empty file')
  })

  it('refuses a 20 MB file up front, naming its size and the limit', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61)
    expect(fatalMessage(readArticle('big.md', big))).toBe('file too large (20.0 MB, limit 10 MB)')
    expect(MAX_BYTES).toBe(10 * 1024 * 1024)
  })

  it('reads truncated HTML up to where it stops', () => {
    const cut = dw.slice(0, dw.indexOf('当地气象部门') + 8)
    const a = readArticle('cut.md', utf8(cut)).article!
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['caption', 'lead', 'body'])
    expect(a.paragraphs.at(-1)!.text).toBe('当地气象部门预计')
  })

  it('falls back to the file name when the title line is missing, and says so', () => {
    const r = readArticle('/tmp/河流.md', utf8(dw.split('\n').filter((l) => !l.startsWith('[')).join('\n')))
    expect(r.article!.title).toBe('河流')
    expect(r.article!.outlet).toBe('dw')
    expect(r.diagnostics.map((d) => d.rule)).toContain('source/title-fallback')
  })

  it('refuses a file without any date, saying what was looked for', () => {
    const noDate = '[虚构标题](https://www.dw.com/zh/x/a-1)\n------\n<p>虚构的正文。</p>'
    expect(fatalMessage(readArticle('n.md', utf8(noDate)))).toMatch(/^no publication time/)
  })

  it('refuses a file whose markup holds no text', () => {
    expect(fatalMessage(readArticle('m.md', utf8(`${HEAD}<div><img src="x"><script>var a = "正文"</script></div>`)))).toMatch(/^no article text/)
  })

  it('reads CRLF line endings', () => {
    const a = readArticle('crlf.md', utf8(dw.replace(/\n/g, '\r\n'))).article!
    expect(a.title).toBe('虚构河流水位上涨 沿岸城市启动预警')
    expect(a.published).toBe('2020-10-10T08:30:22+00:00')
  })

  it('guesses the outlet of a dump without URL from its date line', () => {
    const r = readArticle('x.md', utf8('<!--1602324000000-->\n[虚构标题]()\n------\n<div>10/10/2020 - 12:00</div><p>虚构的正文。</p>'))
    expect(r.article!.outlet).toBe('rfi')
    expect(r.article!.published).toBe('2020-10-10T12:00:00+02:00')
    expect(r.diagnostics.map((d) => d.rule)).toContain('source/outlet-guessed')
  })

  it.each([
    ['100k nested divs', `${HEAD}${'<div>'.repeat(100_000)}<p>深处的正文。</p>${'</div>'.repeat(100_000)}`],
    ['100k unclosed inline tags', `${HEAD}${'<b><span>'.repeat(50_000)}深处的正文。`],
    ['100k unmatched close tags', `${HEAD}<p>正文。</p>${'</span>'.repeat(100_000)}`],
    ['100k implicitly closed paragraphs', `${HEAD}${'<p>正文。'.repeat(100_000)}`],
    ['a 100k-character line', `${HEAD}<p>${'长'.repeat(100_000)}</p>`],
    ['an unclosed comment', `${HEAD}<p>正文。</p><!--${'x'.repeat(1_000_000)}`],
  ])('survives %s and keeps the text', (_, html) => {
    const r = readArticle('deep.md', utf8(html))
    expect(r.diagnostics.filter((d) => d.fatal)).toEqual([])
    expect(r.article!.paragraphs.map((p) => p.text).join('')).toMatch(/正文|长{100000}/)
  })

  it('keeps every paragraph of 100k implicitly closed ones', () => {
    const r = readArticle('many.md', utf8(`${HEAD}${'<p>正文。'.repeat(100_000)}`))
    expect(r.article!.paragraphs).toHaveLength(100_000)
  })
})
