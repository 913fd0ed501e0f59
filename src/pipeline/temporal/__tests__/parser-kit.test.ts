/** anyPattern: the prefilter that lets parseTimes skip texts no parser could match. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { corpusFiles, hasCorpus } from '../../../testing/corpus'
import { readArticle } from '../../sources'
import { createZhChrono, zhCouldMatch } from '../locales/zh/configuration'
import { normalizeZh } from '../locales/zh/hant-table'
import { anyPattern, defineParser } from '../parser-kit'

const parser = (pattern: RegExp) => defineParser({ pattern, extract: () => null })

describe('anyPattern', () => {
  it('matches exactly where one of the patterns does, named groups and all', () => {
    const any = anyPattern([parser(/(?<n>\d+)日/), parser(/(?<n>本|上)周(?<w>[一二])/), parser(/(?<=在)当天/)])!
    expect(any).not.toBeNull()
    for (const text of ['12日', '上周二', '在当天', '他在12日说']) expect(any.test(text), text).toBe(true)
    for (const text of ['日', '本周三', '当天', '下周一', '']) expect(any.test(text), text).toBe(false)
  })
  it('declines patterns it cannot join faithfully', () => {
    expect(anyPattern([parser(/a/), parser(/b/i)])).toBeNull()
    expect(anyPattern([parser(/(a)\1/)])).toBeNull()
    expect(anyPattern([parser(/(?<x>a)\k<x>/)])).toBeNull()
  })
  it('lets no Chinese expression through unparsed', () => {
    const could = zhCouldMatch()!
    for (const text of ['周五', '10月12日', '昨天', '当晚', '三年前', '上午9时', '近日']) expect(could.test(normalizeZh(text)), text).toBe(true)
    expect(could.test('外长拉夫罗夫会见了代表团')).toBe(false)
  })
})


describe.skipIf(!hasCorpus())('zhCouldMatch over the shared corpus', () => {
  it('only turns away paragraphs in which chrono finds nothing', () => {
    const chrono = createZhChrono()
    let skipped = 0
    for (const path of corpusFiles()) {
      const article = readArticle(path, readFileSync(path)).article
      if (!article || article.language === 'en') continue
      for (const p of article.paragraphs) {
        const input = normalizeZh(p.text)
        if (zhCouldMatch()!.test(input)) continue
        skipped++
        expect(chrono.parse(input, { instant: new Date(article.published), timezone: 0 }), p.text).toEqual([])
      }
    }
    expect(skipped).toBeGreaterThan(0)
  })
})
