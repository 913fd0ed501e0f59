/**
 * A seeded corpus of article files for fuzzing ingest: good articles invented here in the dump
 * format (three outlets' date lines), mixed with files that must be refused (empty, binary,
 * no title, no date, no text, too large, duplicates) and files that are merely odd (other
 * encodings, truncated or mutated bytes, deep nesting, 100k-character lines), which may be read
 * or refused but never crash or stall a run. No corpus article is copied.
 */
import iconv from 'iconv-lite'
import { pick, seededRandom, type Random } from '../../../testing/random'

export { seededRandom, type Random }

/** good: must be read. bad: must be refused, by name, with a reason. odd: either, never a crash. */
export type Expectation = 'good' | 'bad' | 'odd'

export interface FuzzFile {
  /** Relative path in the generated folder (sub-folders mix the layout). */
  name: string
  bytes: Uint8Array
  expect: Expectation
  /** What was done to it, for the figures. */
  kind: string
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const utf8 = (text: string) => new TextEncoder().encode(text)

const COUNTRIES = ['法国', '德国', '日本', '韩国', '印度', '巴西', '埃及', '越南', '泰国', '瑞典', '挪威', '智利']
const CITIES = ['巴黎', '柏林', '东京', '首尔', '新德里', '巴西利亚', '开罗', '河内', '曼谷', '斯德哥尔摩', '奥斯陆', '圣地亚哥']
const ROLES = ['外交部长', '总统', '总理', '国防部长', '卫生部长', '贸易代表']
const DOINGS = [
  ['抵达', '开始为期两天的访问'],
  ['会见了', '的议会领袖'],
  ['在记者会上表示', '将继续推动谈判'],
  ['宣布', '新的援助计划'],
]
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']
const RFC_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const RFC_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

interface Story {
  title: string
  paragraphs: string[]
  day: number
}

/** An invented news story: a country's official does something somewhere on a weekday. */
function story(random: Random, n: number): Story {
  const [c1, c2] = [pick(random, COUNTRIES), pick(random, COUNTRIES)]
  const city = pick(random, CITIES)
  const role = pick(random, ROLES)
  const [verb, rest] = pick(random, DOINGS)
  const day = 1 + Math.floor(random() * 27)
  const lead = `${c1}${role}${pick(random, WEEKDAYS)}在${city}${verb}${c2}${rest}。`
  const body = [
    `据当地媒体报道，双方在${day}日举行了会谈，讨论了贸易与安全问题。`,
    `${c2}方面表示，欢迎${c1}代表团的到访，希望在下个月签署合作协议。`,
    `分析人士认为，这是两国关系的重要一步。本报第${n}号测试稿件。`,
  ]
  return { title: `测试新闻${n}：${c1}${role}在${city}${verb}`, paragraphs: [lead, ...body.slice(0, 1 + Math.floor(random() * 3))], day }
}

/** The same story in one of three outlets' dump formats (date line, URL host). */
function dumpOf(random: Random, s: Story, n: number): string {
  const epoch = Date.UTC(2020, 9, s.day, 12, 0, 0)
  const hour = 6 + Math.floor(random() * 14)
  const outlet = pick(random, ['rfi', 'voa', 'dw'] as const)
  const paras = s.paragraphs.map((p, i) => (i === 0 && outlet === 'rfi' ? `<p><strong>${p}</strong></p>` : `<p>${p}</p>`)).join('')
  if (outlet === 'rfi') {
    const url = `https://www.rfi.fr/cn/fuzz/202010${pad(s.day)}-story-${n}`
    return `<!--${epoch}-->\n[${s.title}](${url})\n------\n\n<div>${pad(s.day)}/10/2020 - ${pad(hour)}:30</div>${paras}\n`
  }
  if (outlet === 'voa') {
    const weekday = RFC_DAYS[new Date(epoch).getUTCDay()]
    const url = `https://www.voachinese.com/a/fuzz-story-${n}/58${pad(n, 5)}.html`
    return `<!--${epoch}-->\n[${s.title}](${url})\n------\n\n<div><i>${weekday}, ${pad(s.day)} ${RFC_MONTHS[9]} 2020 ${pad(hour)}:21:41 GMT</i></div>${paras}\n`
  }
  const url = `https://www.dw.com/zh/fuzz-story-${n}/a-55${pad(n, 6)}`
  return `<!--${epoch}-->\n[${s.title}](${url})\n------\n\n<div><i>[测试作者]<br>2020-10-${pad(s.day)}T${pad(hour)}:30:22.292Z</i></div>${paras}\n`
}

/** `count` good articles, the same for the same seed. */
export function goodFiles(count: number, seed: number): FuzzFile[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, n) => {
    const text = dumpOf(random, story(random, n), n)
    return { name: `${pick(random, ['a', 'b', 'b/c'])}/good-${pad(n, 4)}.md`, bytes: utf8(text), expect: 'good' as const, kind: 'good' }
  })
}

/** scale shrinks the pathological sizes (nesting depth, line length) for quick in-process runs. */
type Maker = (random: Random, n: number, good: readonly FuzzFile[], scale: number) => Omit<FuzzFile, 'name'> & { ext?: string }

/** A fresh story (not one of the good files, so reading it changes nothing of theirs). */
const fresh = (random: Random, n: number) => dumpOf(random, story(random, 10_000 + n), 10_000 + n)

const MAKERS: Record<string, Maker> = {
  empty: () => ({ bytes: new Uint8Array(0), expect: 'bad', kind: 'empty' }),
  whitespace: () => ({ bytes: utf8(' \n\t\r\n   \n'), expect: 'bad', kind: 'whitespace' }),
  binary: (random) => ({
    bytes: Uint8Array.from({ length: 64 + Math.floor(random() * 4096) }, (_, i) => (i % 7 === 0 ? 0 : Math.floor(random() * 256))),
    expect: 'bad',
    kind: 'binary',
  }),
  // The readers fall back to the file name for a title, so this one may be read.
  'no-title': (random, n) => ({
    bytes: utf8(fresh(random, n).split('\n').filter((_, i) => i !== 1).join('\n')),
    expect: 'odd',
    kind: 'no-title',
  }),
  'no-date': (random, n) => {
    const s = story(random, 20_000 + n)
    const html = s.paragraphs.map((p) => `<p>${p}</p>`).join('')
    return { bytes: utf8(`[${s.title}](https://www.rfi.fr/cn/fuzz/undated-${n})\n------\n\n${html}\n`), expect: 'bad', kind: 'no-date' }
  },
  'no-body': (random, n) => ({
    bytes: utf8(fresh(random, n).split('\n').slice(0, 4).join('\n')),
    expect: 'bad',
    kind: 'no-body',
  }),
  'markup-only': () => ({ bytes: utf8('<div><span></span><script>var a = 1</script><style>p{}</style></div>'), expect: 'bad', kind: 'markup-only' }),
  duplicate: (random, _n, good) => ({ bytes: pick(random, good).bytes, expect: 'bad', kind: 'duplicate' }),
  gbk: (random, n) => ({ bytes: new Uint8Array(iconv.encode(fresh(random, n), 'gbk')), expect: 'odd', kind: 'gbk' }),
  big5: (random, n) => ({ bytes: new Uint8Array(iconv.encode(fresh(random, n), 'big5')), expect: 'odd', kind: 'big5' }),
  'utf16-bom': (random, n) => ({ bytes: new Uint8Array(iconv.encode(fresh(random, n), 'utf16le', { addBOM: true })), expect: 'odd', kind: 'utf16-bom' }),
  truncated: (random, n) => {
    const bytes = utf8(fresh(random, n))
    return { bytes: bytes.slice(0, Math.floor(random() * bytes.length)), expect: 'odd', kind: 'truncated' }
  },
  'cut-tags': (random, n) => ({
    bytes: utf8(fresh(random, n).replace(/<\/?(p|div|strong|i)>/g, () => pick(random, ['<', '</', '<p', '<div class="', '']))),
    expect: 'odd',
    kind: 'cut-tags',
  }),
  'flipped-bytes': (random, n) => {
    const bytes = utf8(fresh(random, n))
    for (let i = 0; i < 1 + bytes.length / 50; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256)
    return { bytes, expect: 'odd', kind: 'flipped-bytes' }
  },
  'deep-nesting': (random, n, _good, scale) => {
    const depth = Math.round((20_000 + Math.floor(random() * 80_000)) * scale)
    const [head, html] = splitHeader(fresh(random, n))
    return { bytes: utf8(`${head}${'<div>'.repeat(depth)}${html}${'</div>'.repeat(depth)}`), expect: 'odd', kind: 'deep-nesting' }
  },
  'unclosed-nesting': (random, n, _good, scale) => {
    const [head, html] = splitHeader(fresh(random, n))
    return { bytes: utf8(`${head}${'<span><b><i>'.repeat(Math.round(30_000 * scale))}${html}`), expect: 'odd', kind: 'unclosed-nesting' }
  },
  'long-line': (random, n, _good, scale) => {
    const [head, html] = splitHeader(fresh(random, n))
    const filler = '很长的句子没有标点'.repeat(12_000).slice(0, Math.round(100_000 * scale))
    return { bytes: utf8(`${head}${html.trimEnd()}<p>${filler}</p>\n`), expect: 'odd', kind: 'long-line' }
  },
  'long-title': (random, n, _good, scale) => {
    const lines = fresh(random, n).split('\n')
    lines[1] = `[${'标题'.repeat(Math.round(50_000 * scale))}](https://www.rfi.fr/cn/fuzz/long-${n})`
    return { bytes: utf8(lines.join('\n')), expect: 'odd', kind: 'long-title' }
  },
  'crlf-nul': (random, n) => ({ bytes: utf8(fresh(random, n).replace(/\n/g, '\r\n').replace(/。/g, '。\u0000')), expect: 'odd', kind: 'crlf-nul' }),
  'plain-html': (random, n) => {
    const s = story(random, 30_000 + n)
    const page = `<html><head><title>${s.title}</title><meta property="article:published_time" content="2020-10-${pad(s.day)}T08:00:00Z"></head><body><h1>${s.title}</h1>${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`
    return { bytes: utf8(page), expect: 'odd', kind: 'plain-html', ext: '.html' }
  },
}

const PATHOLOGICAL = new Set(['deep-nesting', 'unclosed-nesting', 'long-line', 'long-title'])
const FULL_SIZE_MONSTERS = 2

function splitHeader(dump: string): [string, string] {
  const at = dump.indexOf('------\n\n') + '------\n\n'.length
  return [dump.slice(0, at), dump.slice(at)]
}

/** The one 20 MB file of a run: too large to be an article. */
export function hugeFile(): FuzzFile {
  const chunk = '<p>这是一个非常大的文件中的一段文字。</p>'
  const bytes = utf8(`<!--1602500000000-->\n[巨大的文件](https://www.rfi.fr/cn/fuzz/huge)\n------\n\n${chunk.repeat(Math.ceil((20 * 1024 * 1024) / utf8(chunk).length))}`)
  return { name: 'z/huge/huge.md', bytes, expect: 'bad', kind: 'too-large' }
}

/**
 * `count` files: about a third good, the rest malformed in turn by every maker. The others sit
 * under z/ so that they sort after the good files: a duplicate is then the copy refused.
 */
export function fuzzCorpus(count: number, seed: number, options: { huge?: boolean; scale?: number } = {}): FuzzFile[] {
  const scale = options.scale ?? 1
  const random = seededRandom(seed ^ 0x5eed)
  const goodCount = Math.max(2, Math.round(count / 3))
  const good = goodFiles(goodCount, seed)
  const makers = Object.entries(MAKERS)
  const others: FuzzFile[] = []
  const seen = new Map<string, number>()
  const total = count - goodCount - (options.huge ? 1 : 0)
  for (let n = 0; n < total; n++) {
    const [name, make] = makers[n % makers.length]!
    // Full-size monsters cost seconds each: a few per run show the limits, the rest are small.
    const times = seen.get(name) ?? 0
    seen.set(name, times + 1)
    const size = PATHOLOGICAL.has(name) && times >= FULL_SIZE_MONSTERS ? scale * 0.02 : scale
    const { ext = '.md', ...file } = make(random, n, good, size)
    others.push({ ...file, name: `z/${pick(random, ['a', 'b', 'x/y'])}/${name}-${pad(n, 4)}${ext}` })
  }
  return [...good, ...others, ...(options.huge ? [hugeFile()] : [])]
}
