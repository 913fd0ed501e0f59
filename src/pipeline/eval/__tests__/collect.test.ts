import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { goldArticles } from '../collect'
import { anchoredIn } from '../score'

describe('anchoredIn', () => {
  it('holds when the sentence contains an anchor or an anchor the sentence, spaces and quotes aside', () => {
    expect(anchoredIn('外长拉夫罗夫周二“抵达”北京。', ['拉夫罗夫周二抵达'])).toBe(true)
    expect(anchoredIn('抵达北京', ['外长拉夫罗夫周二抵达北京。'])).toBe(true)
    expect(anchoredIn('外长拉夫罗夫周二抵达 北京。', ['抵达北京'])).toBe(true)
    expect(anchoredIn('外长拉夫罗夫周二离开北京。', ['抵达北京'])).toBe(false)
    expect(anchoredIn('  ', ['抵达北京'])).toBe(false)
  })
})

describe('goldArticles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const gold = (file: string) => JSON.stringify({ file, published: '2024-03-08T12:00:00+01:00', events: [], actors: [] })
  mkdirSync(join(dir, 'gold'))
  mkdirSync(join(dir, 'corpus', 'rfi'), { recursive: true })
  writeFileSync(join(dir, 'corpus', 'rfi', 'a.md'), 'text')
  writeFileSync(join(dir, 'gold', 'a.json'), gold('rfi/a.md'))
  writeFileSync(join(dir, 'gold', 'missing.json'), gold('rfi/missing.md'))
  writeFileSync(join(dir, 'gold', 'broken.json'), '{"file": 3}')

  it('pairs each valid gold file with its article and reports, by file and reason, each one left out', async () => {
    const reports: string[] = []
    const found = await goldArticles(join(dir, 'gold'), join(dir, 'corpus'), (m) => reports.push(m))
    expect(found.map((g) => g.article)).toEqual([join(dir, 'corpus', 'rfi', 'a.md')])
    expect(reports).toHaveLength(2)
    expect(reports.find((r) => r.includes('broken.json'))).toMatch(/file/)
    expect(reports.find((r) => r.includes('missing.json'))).toMatch(/rfi\/missing\.md not found/)
  })
})
