import { describe, expect, it } from 'vitest'
import { readArticle } from '../index'
import { allText, fixtureBytes, readFixture } from './read-fixture'
import { bbcPageTime } from '../outlets/bbc'

const kinds = (name: string) => readFixture(name).article!.paragraphs.map((p) => p.kind)

describe('RFI reader', () => {
  const r = readFixture('rfi.md')
  const a = r.article!

  it('reads title, url and outlet from the dump header', () => {
    expect(a.title).toBe('虚构城市举办灯会 市长宣布延长开放时间')
    expect(a.url).toBe('https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20240115-%E8%99%9A%E6%9E%84')
    expect(a.outlet).toBe('rfi')
  })

  it('reads the date line as Paris winter time (CET, +01:00)', () => {
    expect(a.published).toBe('2024-01-15T09:45:00+01:00')
    expect(a.timeZone).toBe('Europe/Paris')
    expect(a.publishedFrom).toBe('body')
  })

  it('puts the bold lead first, then the body, with trailing spaces trimmed', () => {
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body', 'body'])
    expect(a.paragraphs[0]!.text).toBe('虚构城市的冬季灯会周一开幕，市长李明宣布灯会将延长开放至二月底。')
  })

  it('drops the share bar, promos and empty paragraphs', () => {
    const text = allText(r)
    for (const gone of ['分享', 'Facebook', 'Twitter', '订阅', '下载法广']) expect(text).not.toContain(gone)
    expect(a.paragraphs.every((p) => p.text.trim() !== '')).toBe(true)
  })
})

describe('RFI wire brief', () => {
  const r = readFixture('rfi-wire.md')
  const a = r.article!

  it('uses summer time (CEST, +02:00) for a July date and strips the site name from the title', () => {
    expect(a.published).toBe('2024-07-03T11:05:00+02:00')
    expect(a.title).toBe('虚构港口迎来首艘货轮')
  })

  it('makes the first paragraph the lead, collapses indentation and drops the AFP copyright and credit', () => {
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body'])
    expect(a.paragraphs[0]!.text).toBe('（法新社虚构港3日电） 虚构港今天迎来首艘远洋货轮，港务局表示这是港口扩建后的第一次停靠。')
    expect(a.paragraphs[1]!.text).toBe('港务局长王强说，港口明年将再开两条航线。')
    expect(allText(r)).not.toContain('AFP')
  })
})

describe('DW reader', () => {
  const r = readFixture('dw.md')
  const a = r.article!

  it('reads the ISO UTC line and presents it in UTC', () => {
    expect(a.outlet).toBe('dw')
    expect(a.published).toBe('2020-10-10T08:30:22+00:00')
    expect(a.timeZone).toBe('UTC')
  })

  it('keeps the caption, strips the （德国之声中文网） marker from the lead, marks the bold subhead', () => {
    expect(kinds('dw.md')).toEqual(['caption', 'lead', 'body', 'subhead', 'body'])
    expect(a.paragraphs[1]!.text).toBe('虚构河的水位周六超过警戒线，沿岸三座城市启动了洪水预警。')
  })

  it('drops byline, agency line, copyright and the photo gallery', () => {
    const text = allText(r)
    for (const gone of ['德国之声中文网', '综合报道', '法新社、路透社', '版权声明', '相关图集', '1998年的洪水']) {
      expect(text).not.toContain(gone)
    }
  })
})

describe('VOA reader', () => {
  const r = readFixture('voa.md')
  const a = r.article!

  it('reads the RFC 1123 GMT line and presents it in UTC', () => {
    expect(a.outlet).toBe('voa')
    expect(a.published).toBe('2020-10-11T14:21:41+00:00')
    expect(a.timeZone).toBe('UTC')
  })

  it('keeps the picture caption and paragraphs, drops the video caption repeating the title and the feed footer', () => {
    expect(kinds('voa.md')).toEqual(['caption', 'lead', 'body'])
    expect(a.paragraphs[0]!.text).toBe('选民在投票站外排队。')
    expect(allText(r)).not.toMatch(/RSS|feedx/)
  })
})

describe('BBC reader', () => {
  const r = readFixture('bbc.md')
  const a = r.article!

  it('counts "43 分钟前" back from the archive time (10:53 UTC) and keeps it out of the text', () => {
    expect(a.outlet).toBe('bbc')
    expect(a.published).toBe('2020-10-12T11:10:00+01:00')
    expect(a.timeZone).toBe('Europe/London')
    expect(allText(r)).not.toContain('分钟前')
  })

  it('reads a printed clock time as GMT, presented in London time', () => {
    expect(bbcPageTime({ datetime: '2020-10-02', text: '2020年10月2日凌晨5点08分' }, null)?.iso).toBe('2020-10-02T06:08:00+01:00')
    expect(bbcPageTime({ datetime: '2020-12-02', text: '2020年12月2日晚上9点30分' }, null)?.iso).toBe('2020-12-02T21:30:00+00:00')
  })

  it('falls back to the date (noon London) when the text cannot be placed on it', () => {
    const archived = Date.UTC(2020, 9, 12, 0, 30)
    // 3 hours before 00:30 UTC is the day before the element's date: not trusted.
    expect(bbcPageTime({ datetime: '2020-10-12', text: '3 小时前' }, archived)).toBeNull()
    expect(bbcPageTime({ datetime: '2020-10-12', text: '3 小时前' }, null)).toBeNull()
    expect(bbcPageTime({ datetime: '2020-10-06', text: '2020年10月6日' }, archived)).toBeNull()
    expect(bbcPageTime({ datetime: '2020-10-12', text: '最近更新： 22 分钟前' }, archived)).toBeNull()
    expect(bbcPageTime({ datetime: '2020-10-12', text: '20 分钟前' }, archived)?.iso).toBe('2020-10-12T01:10:00+01:00')
  })

  it('keeps the image caption, the bold lead, the h2 subhead and the body', () => {
    expect(a.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['caption', '研究人员在森林里采集样本'],
      ['lead', '虚构大学的研究人员说，他们在南部森林发现了一种从未记录过的甲虫。'],
      ['body', '这种甲虫体长只有两毫米，背部有蓝色花纹。'],
      ['subhead', '下一步是什么？'],
      ['body', '研究团队计划明年再次进入森林调查。'],
    ])
  })

  it('drops image credits, related links, the video placeholder and its title, and ads', () => {
    const text = allText(r)
    for (const gone of ['图像来源', 'Getty', '相关报道', '多媒体', '虚构视频', '广告']) expect(text).not.toContain(gone)
  })
})

describe('RFA reader', () => {
  const r = readFixture('rfa.md')
  const a = r.article!

  it('takes the time from the URL stamp in Washington time, with a non-fatal diagnostic', () => {
    expect(a.outlet).toBe('rfa')
    expect(a.published).toBe('2020-10-09T13:42:31-04:00')
    expect(a.timeZone).toBe('America/New_York')
    expect(a.publishedFrom).toBe('url')
    expect(r.diagnostics).toEqual([expect.objectContaining({ rule: 'source/published-fallback', fatal: false })])
  })

  it('splits <br><br> paragraphs, keeps the caption, drops related links and the reporter line', () => {
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body', 'caption', 'body'])
    const text = allText(r)
    for (const gone of ['去年扩张计划', '责编', '网编', '自由亚洲电台记者']) expect(text).not.toContain(gone)
  })

  it('detects the Simplified body despite a Traditional title', () => {
    expect(a.language).toBe('zh-Hans')
  })
})

describe('NYT reader', () => {
  const r = readFixture('nyt.md')
  const a = r.article!

  it('reads the zone-less line as Beijing time', () => {
    expect(a.outlet).toBe('nyt')
    expect(a.published).toBe('2020-10-12T11:54:49+08:00')
    expect(a.timeZone).toBe('Asia/Shanghai')
  })

  it('drops the byline and the bio/translator/English-version footer', () => {
    expect(kinds('nyt.md')).toEqual(['caption', 'lead', 'body'])
    const text = allText(r)
    for (const gone of ['JANE DOE', '文化记者', '翻译', '英文版']) expect(text).not.toContain(gone)
  })

  it('takes the day the English original came out from the footer link, as a New York day', () => {
    expect(a.original).toEqual({ url: 'https://www.nytimes.com/2020/10/10/x.html', day: '2020-10-10', timeZone: 'America/New_York' })
  })

  it('takes no original from a link that is not a dated NYT page, is later than the translation or over a year older', () => {
    const linking = (href: string) => {
      const page = new TextDecoder().decode(fixtureBytes('nyt.md')).replace('https://www.nytimes.com/2020/10/10/x.html', href)
      return readArticle('nyt.md', new TextEncoder().encode(page)).article!
    }
    for (const href of ['https://example.com/2020/10/10/x.html', 'https://www.nytimes.com/x.html', 'https://www.nytimes.com/2020/10/13/x.html', 'https://www.nytimes.com/2019/10/10/x.html', 'not a url']) {
      expect(linking(href).original, href).toBeNull()
    }
    expect(linking('https://www.nytimes.com/interactive/2020/10/09/x.html').original?.day).toBe('2020-10-09')
  })
})

describe('CDT reader', () => {
  const r = readFixture('cdt.md')
  const a = r.article!

  it('falls back to the archive time, presented in Los Angeles time, and says so', () => {
    expect(a.outlet).toBe('cdt')
    expect(a.publishedFrom).toBe('archive')
    expect(a.published).toBe('2020-09-30T17:06:41-07:00')
    expect(a.timeZone).toBe('America/Los_Angeles')
    expect(r.diagnostics[0]!.message).toMatch(/archive time/)
  })

  it('keeps the WordPress caption and drops the credit line and video title', () => {
    expect(kinds('cdt.md')).toEqual(['caption', 'lead', 'body'])
    const text = allText(r)
    for (const gone of ['责编', '虚构视频']) expect(text).not.toContain(gone)
  })
})

describe('plain HTML page', () => {
  const r = readFixture('plain.html')
  const a = r.article!

  it('takes title and published time from the page metadata', () => {
    expect(a.title).toBe('虛構市議會通過新預算')
    expect(a.url).toBeNull()
    expect(a.outlet).toBe('unknown')
    expect(a.published).toBe('2024-03-05T18:20:00+08:00')
    expect(a.publishedFrom).toBe('body')
  })

  it('reads the article body without navigation, share bar or footer, and detects Traditional script', () => {
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['lead', 'caption', 'body'])
    const text = allText(r)
    for (const gone of ['首頁', '熱門文章', '延伸閱讀', '分享', '©', '虛構日報']) expect(text).not.toContain(gone)
    expect(a.language).toBe('zh-Hant')
  })
})
