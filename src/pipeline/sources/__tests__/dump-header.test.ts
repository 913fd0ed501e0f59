import { describe, expect, it } from 'vitest'
import { parseDumpHeader, parseTitleLink } from '../dump-header'

describe('dump header', () => {
  it('splits archive time, title, url and HTML', () => {
    const h = parseDumpHeader('<!--1602324000000-->\n[标题](https://x.org/a)\n------\n\n<p>正文</p>')
    expect(h).toEqual({ archivedMs: 1602324000000, title: '标题', url: 'https://x.org/a', html: '\n<p>正文</p>', isDump: true })
  })

  it('keeps brackets inside the title', () => {
    expect(parseTitleLink('[【视频】标题[二]](https://x.org/a)')).toEqual({ title: '【视频】标题[二]', url: 'https://x.org/a' })
  })

  it('tolerates missing lines and treats a plain page as HTML', () => {
    expect(parseDumpHeader('[标题](https://x.org/a)\n<p>正文</p>')).toMatchObject({ archivedMs: null, title: '标题', html: '<p>正文</p>' })
    expect(parseDumpHeader('<!--1602324000000-->\n<p>正文</p>')).toMatchObject({ title: null, url: null, html: '<p>正文</p>' })
    expect(parseDumpHeader('<html><p>正文</p></html>')).toMatchObject({ isDump: false, html: '<html><p>正文</p></html>' })
  })

  it('gives a null url for a link that is not http(s)', () => {
    expect(parseTitleLink('[标题](javascript:alert(1))')).toEqual({ title: '标题', url: null })
  })
})
