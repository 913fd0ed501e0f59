import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../schema'
import { filterArticles, indexArticles, sortArticles, visibleRange } from '../utils/article-list'

const article = (id: string, title: string, published: string): ArticleSummary => ({
  id, title, published, url: null, outlet: 'example', timeZone: 'Asia/Shanghai', file: `${id}.txt`, eventCount: 1,
})
const listed = indexArticles([
  article('a', '海港市风暴后重建', '2023-09-17T13:30:00+08:00'),
  article('b', 'Storm Hits Harbour', '2023-09-18T01:00:00+02:00'),
  article('c', '陈明访问海港市', '2023-09-16T08:00:00+08:00'),
  article('d', 'Broken date', 'not a date'),
])

describe('article list', () => {
  it('sorts by publication instant (offsets honoured), unreadable times last', () => {
    expect(sortArticles(listed, 'newest').map((l) => l.article.id)).toEqual(['b', 'a', 'c', 'd'])
    expect(sortArticles(listed, 'oldest').map((l) => l.article.id)).toEqual(['c', 'a', 'b', 'd'])
  })
  it('finds titles by substring, case-insensitively', () => {
    expect(filterArticles(listed, '海港市').map((l) => l.article.id)).toEqual(['a', 'c'])
    expect(filterArticles(listed, 'storm').map((l) => l.article.id)).toEqual(['b'])
    expect(filterArticles(listed, '  ')).toHaveLength(4)
  })
  it('renders only the rows in view', () => {
    expect(visibleRange(0, 300, 50, 1000, 0)).toEqual({ first: 0, last: 6 })
    expect(visibleRange(5000, 300, 50, 1000, 2)).toEqual({ first: 98, last: 108 })
    expect(visibleRange(0, 300, 50, 3)).toEqual({ first: 0, last: 3 })
  })
})
