import { describe, expect, it } from 'vitest'
import { processArticle } from '../run'

/**
 * An invented NYT Chinese translation: its date line is Monday 2020-10-12 11:54 in Beijing, and
 * its footer links the English original of Saturday 2020-10-10 in New York.
 */
function translation(body: string, englishUrl: string | null): string {
  const footer = englishUrl ? `<p>翻译：某某<br/><a href="${englishUrl}">点击查看本文英文版。</a></p>` : ''
  return [
    '<!--1602478000000-->',
    '[虚构国总统访问边境](https://cn.nytimes.com/world/20201012/fictional-visit/)',
    '------',
    '',
    `<div><i>JANE DOE<br>2020-10-12 11:54:49</i></div>${body}${footer}`,
  ].join('\n')
}

const BODY = '<p>虚构国总统周日访问了边境城市。</p><p>外长昨天会见了邻国大使。</p><p>议会通过了一项新的移民法案。</p>'

function eventsOf(page: string) {
  const { doc } = processArticle('nyt/1.md', new TextEncoder().encode(page))
  const paragraphs = doc!.article.paragraphs
  return Object.fromEntries(doc!.events.map((e) => [paragraphs[e.sentences[0]!.paragraph]!.text, e.time]))
}

describe('a translation is read from the day its original came out', () => {
  it('周日 and 昨天 count back from the original (Saturday in New York), not the translation (Monday)', () => {
    const times = eventsOf(translation(BODY, 'https://www.nytimes.com/2020/10/10/world/x.html'))
    expect(times['虚构国总统周日访问了边境城市。']?.start).toBe('2020-10-04')
    expect(times['外长昨天会见了邻国大使。']?.start).toBe('2020-10-09')
    expect(times['虚构国总统周日访问了边境城市。']?.timeZone).toBe('America/New_York')
  })

  it('an untimed happening ends no later than the original', () => {
    const times = eventsOf(translation(BODY, 'https://www.nytimes.com/2020/10/10/world/x.html'))
    const bill = times['议会通过了一项新的移民法案。']!
    expect((bill.end ?? bill.start).slice(0, 10) <= '2020-10-10').toBe(true)
  })

  it('without a link to an original, the day of the translation is the reference', () => {
    const times = eventsOf(translation(BODY, null))
    expect(times['虚构国总统周日访问了边境城市。']?.start).toBe('2020-10-11')
    expect(times['外长昨天会见了邻国大使。']?.start).toBe('2020-10-11')
  })

  it("an editor's note (（…——编注）) is read from the translation's day, the text around it from the original's", () => {
    const body = '<p>外长周日会见了邻国大使。（周一，总统宣布了新的移民法案——编注。）</p>'
    const { doc } = processArticle('nyt/1.md', new TextEncoder().encode(translation(body, 'https://www.nytimes.com/2020/10/10/world/x.html')))
    const day = (text: string) => doc!.timexes.find((t) => t.text === text)?.time.start
    expect(day('周一')).toBe('2020-10-12')
    expect(day('周日')).toBe('2020-10-04')
  })

  it('上周六 is the translator\'s when, read from the translation (Monday), it falls on or before the original\'s day', () => {
    const body = '<p>家属上周六举行了记者会。</p>'
    expect(eventsOf(translation(body, 'https://www.nytimes.com/2020/10/10/world/x.html'))['家属上周六举行了记者会。']?.start).toBe('2020-10-10')
    // The original came out on Friday: a Saturday after it cannot be meant; the original's last week stands.
    expect(eventsOf(translation(body, 'https://www.nytimes.com/2020/10/09/world/x.html'))['家属上周六举行了记者会。']?.start).toBe('2020-10-03')
  })
})
