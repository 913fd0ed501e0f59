/**
 * Places the payload corpus into article files in the archive dump format, the way a scraped
 * page would carry them: in the title line, as the source URL on line 2, in image URLs and
 * attributes, as escaped text inside sentences (which must come out as visible text, character
 * for character) and as raw markup (which a reader must drop without running anything).
 * Sentences are shaped like news so that the extractor turns payloads into actors and events.
 */
import { escapeHtml, HOSTILE_URLS, oneLine, PAYLOADS, type Payload } from './payloads'

export interface HostileArticle {
  /** File name inside the generated folder. */
  file: string
  content: string
  /** The title line's text, as the reader must keep it (before white-space normalisation). */
  title: string
  /** Payloads written as escaped text into the body: each must appear literally in a paragraph. */
  textPayloads: Payload[]
  /** The source URL written on line 2. */
  url: string
}

const PER_ARTICLE = 3

/** Sentence shapes that name an actor and report a dated happening; `P` is where the payload goes. */
const SENTENCES = [
  'P总统周一抵达北京，开始为期三天的访问。',
  '外交部长P周二在柏林会见了法国外交部长。',
  'P发言人周三在日内瓦表示，双方将继续谈判。',
  '警方周四在巴黎逮捕了P组织的两名成员。',
]

const pad = (n: number) => String(n).padStart(2, '0')

function sentence(shape: number, payload: Payload): string {
  return SENTENCES[shape % SENTENCES.length]!.replace('P', escapeHtml(payload.text))
}

function articleFor(group: readonly Payload[], index: number): HostileArticle {
  const [a, b, c] = [group[0]!, group[1] ?? group[0]!, group[2] ?? group[0]!]
  const day = 1 + (index % 27)
  const date = `${pad(day)}/10/2020`
  const epoch = Date.UTC(2020, 9, day, 12)
  const url = HOSTILE_URLS[index] ?? `https://www.rfi.fr/cn/hostile/202010${pad(day)}-payload-${index}`
  const title = `${oneLine(a.text)} 外长抵达邻国首都 ${index}`
  const raw = group.map((p) => p.text).join('')
  const html = [
    `<div>${date} - 10:30</div>`,
    `<img src="javascript:window.__xss=1" onerror="window.__xss=1" alt="${escapeHtml(a.text)}">`,
    `<p><strong>${sentence(index, a)}</strong></p>`,
    '<div class="t-content__body">',
    `<p>${sentence(index + 1, b)}</p>`,
    `<figure><img src="x" onerror="alert(1)"><figcaption>图为${escapeHtml(c.text)}资料照片。</figcaption></figure>`,
    `<p>${sentence(index + 2, c)}双方周五签署了合作协议。</p>`,
    `<p><a href="javascript:window.__xss=1">相关报道</a>：第${index}号测试稿件。</p>`,
    // Raw markup last: an unclosed <svg> or <noscript> may swallow what follows it.
    `<p>${raw}</p>`,
    '</div>',
  ].join('')
  const content = `<!--${epoch}-->\n[${title}](${url})\n------\n\n${html}\n`
  return { file: `hostile-${pad(index)}.md`, content, title, textPayloads: [a, b, c], url }
}

/** The whole payload corpus, PER_ARTICLE payloads per article, every payload in at least one. */
export function hostileArticles(payloads: readonly Payload[] = PAYLOADS): HostileArticle[] {
  const out: HostileArticle[] = []
  for (let i = 0; i * PER_ARTICLE < payloads.length; i++) {
    out.push(articleFor(payloads.slice(i * PER_ARTICLE, (i + 1) * PER_ARTICLE), i))
  }
  return out
}
