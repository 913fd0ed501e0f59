import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeBytes, readArticle } from '../index'

const HANS = '虚构城市的冬季灯会周一开幕，市长宣布灯会将延长开放至二月底。据主办方介绍，今年的灯会共展出三百组彩灯，其中一半由当地学生设计。'
const HANT = '虛構城市的冬季燈會週一開幕，市長宣布燈會將延長開放至二月底。據主辦方介紹，今年的燈會共展出三百組彩燈，其中一半由當地學生設計。'
const dump = (title: string, body: string) =>
  `<!--1705320000000-->\n[${title}](https://www.rfi.fr/cn/20240115-x)\n------\n\n<div>15/01/2024 - 09:45</div><p>${body}</p>`

const decoded = (bytes: Uint8Array) => {
  const d = decodeBytes(bytes)
  if (!d.ok) throw new Error(d.reason)
  return d.text
}

describe('decodeBytes', () => {
  it('decodes UTF-8 and strips the BOM', () => {
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(HANS)]))).toBe(HANS)
  })

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decoded(iconv.encode(HANS, 'utf-16le', { addBOM: true }))).toBe(HANS)
    expect(decoded(new Uint8Array([0xfe, 0xff, ...iconv.encode(HANT, 'utf-16be')]))).toBe(HANT)
  })

  it('detects and decodes GBK and GB18030', () => {
    expect(decoded(iconv.encode(HANS, 'gbk'))).toBe(HANS)
    expect(decoded(iconv.encode(HANS, 'gb18030'))).toBe(HANS)
  })

  it('detects and decodes Big5', () => {
    expect(decoded(iconv.encode(HANT, 'big5'))).toBe(HANT)
  })

  it('refuses binary content instead of producing mojibake', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    expect(decodeBytes(png)).toEqual({ ok: false, reason: expect.stringMatching(/^binary file/) })
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 1 + (i % 7) : 0x41))
    expect(decodeBytes(controls)).toEqual({ ok: false, reason: expect.stringMatching(/^binary file/) })
  })

  it('refuses bytes that are neither UTF-8 nor a Chinese legacy encoding', () => {
    const latin = iconv.encode('Ça déçoit énormément à l’époque où ça coûte très cher. '.repeat(5), 'latin1')
    expect(decodeBytes(latin)).toEqual({ ok: false, reason: expect.stringMatching(/^undecodable text encoding/) })
  })
})

describe('readArticle on legacy encodings', () => {
  it('reads a GBK dump into the same paragraphs as its UTF-8 original', () => {
    const utf8 = readArticle('a.md', new TextEncoder().encode(dump('虚构标题', HANS)))
    const gbk = readArticle('a.md', iconv.encode(dump('虚构标题', HANS), 'gbk'))
    expect(gbk.article).toEqual(utf8.article)
    expect(gbk.article!.paragraphs[0]!.text).toBe(HANS)
  })

  it('reads a Big5 dump and detects Traditional script', () => {
    const r = readArticle('a.md', iconv.encode(dump('虛構標題', HANT), 'big5'))
    expect(r.article!.title).toBe('虛構標題')
    expect(r.article!.paragraphs[0]!.text).toBe(HANT)
    expect(r.article!.language).toBe('zh-Hant')
  })

  it('gives a fatal diagnostic naming the reason for binary input', () => {
    const r = readArticle('x.bin', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]))
    expect(r.article).toBeNull()
    expect(r.diagnostics).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/^binary file/) })])
  })
})
