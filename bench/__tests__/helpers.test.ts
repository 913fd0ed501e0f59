import { describe, expect, it } from 'vitest'
import { chunkOf, summarize } from '../app/profile'
import { makeUnique } from '../ingest/replicate'
import { percentile } from '../lib/stats'
import { initialAssets } from '../sizes/measure'

describe('bench helpers', () => {
  it('makes a copy a distinct article by changing only its URL line', () => {
    const original = Buffer.from('<!--1-->\n[标题](https://www.rfi.fr/cn/a/20230917-x)\n------\n\n<p>正文</p>\n')
    const copy = makeUnique(original, 7).toString('utf8')
    expect(copy.split('\n')[1]).toBe('[标题](https://www.rfi.fr/cn/a/20230917-x-copy7)')
    expect(copy.replace('-copy7', '')).toBe(original.toString('utf8'))
  })

  it('takes the nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(values, 50)).toBe(50)
    expect(percentile(values, 95)).toBe(95)
    expect(percentile([3, 1, 2], 100)).toBe(3)
  })

  it('counts the entry script and module preloads as initial JS, not lazy chunks', () => {
    const html = '<script type="module" crossorigin src="/assets/index-AbCdEf12.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-XyZ12345.js"><link rel="stylesheet" href="/assets/index-Q1w2e3r4.css">'
    expect(initialAssets(html)).toEqual({ js: ['assets/index-AbCdEf12.js', 'assets/vendor-XyZ12345.js'], css: ['assets/index-Q1w2e3r4.css'] })
  })

  it('attributes profile samples to chunks and functions, ignoring idle time', () => {
    expect(chunkOf('http://127.0.0.1:5/assets/vis-timeline-Cehe7tbP.js')).toBe('vis-timeline')
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 })
    const summary = summarize({
      nodes: [{ id: 1, callFrame: frame('(idle)', '') }, { id: 2, callFrame: frame('redraw', '/assets/vis-timeline-Cehe7tbP.js') }, { id: 3, callFrame: frame('render', '/assets/index-AbCdEf12.js') }],
      samples: [1, 2, 2, 3],
      timeDeltas: [5000, 3000, 3000, 2000],
    })
    expect(summary.totalMs).toBe(8)
    expect(summary.byChunk).toEqual([['vis-timeline', 6], ['index', 2]])
    expect(summary.byFunction[0]).toEqual(['redraw [vis-timeline]', 6])
  })
})
