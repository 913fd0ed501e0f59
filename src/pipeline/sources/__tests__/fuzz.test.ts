/**
 * Fuzz: mutations of the fixtures and of generated junk must never throw, must finish within a
 * generous time bound, and must give either an article with paragraphs or a fatal diagnostic
 * with a message. FUZZ_COUNT sets the number of cases (300 by default; the full run uses 1000+),
 * FUZZ_SEED the seed, so any failure can be replayed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readArticle } from '../index'
import { FIXTURES, fixtureBytes } from './read-fixture'
import { pick, seededRandom, type Random } from '../../../testing/random'

const COUNT = Number(process.env.FUZZ_COUNT ?? 300)
const SEED = Number(process.env.FUZZ_SEED ?? 20240115)
/**
 * Per-file bound, generous: readArticle takes a few ms on a real article and under 300 ms on the
 * worst mutation here. Measured as CPU time of this process (not wall time), after a warm-up, so
 * a machine loaded by other work does not fail the test.
 */
const BOUND_MS = 2000

type Rng = Random
const rng = seededRandom
const int = (r: Rng, n: number) => Math.floor(r() * n)

const SEED_ARTICLE = readFileSync(join(__dirname, '../../../../data/articles/000_ce24b0c64041951c.txt'))
// Plain Uint8Array copies: Buffer#slice is a view, and a mutation must never alter a base.
const BASES: Uint8Array[] = [...FIXTURES.map(fixtureBytes), SEED_ARTICLE].map((b) => Uint8Array.from(b))
const TAGS = ['div', 'p', 'span', 'b', 'i', 'table', 'li', 'a', 'small', 'strong', 'h2', 'script', 'time']
const CJK = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'

function randomText(r: Rng, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += r() < 0.08 ? '，' : r() < 0.05 ? '。' : CJK[int(r, CJK.length)]
  return s
}

function junkHtml(r: Rng): string {
  const parts: string[] = []
  const n = 1 + int(r, 200)
  for (let i = 0; i < n; i++) {
    const t = pick(r, TAGS)
    const roll = r()
    if (roll < 0.3) parts.push(`<${t}${r() < 0.3 ? ' class="x y"' : ''}>`)
    else if (roll < 0.5) parts.push(`</${t}>`)
    else if (roll < 0.6) parts.push(pick(r, ['<br>', '<hr/>', '<img src=x>', '&nbsp;', '&#x200b;', '<!--', '-->', '<', '>', '"', '&']))
    else parts.push(randomText(r, int(r, 80)))
  }
  return parts.join('')
}

const header = (r: Rng) =>
  pick(r, [
    '<!--1602324000000-->\n[虚构标题](https://www.dw.com/zh/x/a-1)\n------\n\n',
    '<!--1602324000000-->\n[虚构标题](https://www.rfi.fr/cn/20201010-x)\n------\n\n<div>10/10/2020 - 12:00</div>',
    '<!--1602324000000-->\n',
    '[虚构标题](not a url)\n------\n',
    '',
  ])

const utf8 = (s: string) => new TextEncoder().encode(s)
const text = (b: Uint8Array) => new TextDecoder().decode(b)

/** Each mutation takes bytes and returns new bytes. */
const MUTATIONS: [string, (r: Rng, b: Uint8Array) => Uint8Array][] = [
  ['truncate', (r, b) => b.slice(0, int(r, b.length + 1))],
  ['flip bytes', (r, b) => {
    const c = b.slice()
    for (let k = 1 + int(r, 5); k > 0; k--) if (c.length) c[int(r, c.length)] = int(r, 256)
    return c
  }],
  ['nested tags', (r, b) => {
    const s = text(b)
    const at = int(r, s.length + 1)
    const tag = pick(r, TAGS)
    const depth = pick(r, [10, 500, 5000, 50000])
    const closed = r() < 0.5 ? `</${tag}>`.repeat(depth) : ''
    return utf8(s.slice(0, at) + `<${tag}>`.repeat(depth) + randomText(r, 30) + closed + s.slice(at))
  }],
  ['drop lines', (r, b) => utf8(text(b).split('\n').filter(() => r() > 0.4).join('\n'))],
  ['huge line', (r, b) => {
    const s = text(b)
    const at = int(r, s.length + 1)
    return utf8(s.slice(0, at) + (r() < 0.5 ? randomText(r, 100000) : 'x'.repeat(200000)) + s.slice(at))
  }],
  ['re-encode', (r, b) => {
    const enc = pick(r, ['gbk', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'latin1'])
    const out = iconv.encode(text(b), enc, { addBOM: enc.startsWith('utf-16') && r() < 0.8 })
    return new Uint8Array(out)
  }],
  ['splice junk', (r, b) => {
    const s = text(b)
    const at = int(r, s.length + 1)
    return utf8(s.slice(0, at) + junkHtml(r) + s.slice(at))
  }],
  ['random bytes', (r) => new Uint8Array(int(r, 5000)).map(() => int(r, 256))],
  ['junk document', (r) => utf8(header(r) + junkHtml(r))],
]

interface Case {
  id: number
  label: string
  bytes: Uint8Array
}

function makeCase(id: number): Case {
  const r = rng(SEED + id * 7919)
  let bytes = r() < 0.8 ? pick(r, BASES) : utf8(header(r) + junkHtml(r))
  const names: string[] = []
  for (let k = 1 + int(r, 3); k > 0; k--) {
    const [name, mutate] = pick(r, MUTATIONS)
    names.push(name)
    bytes = mutate(r, bytes)
  }
  return { id, label: names.join(' + '), bytes }
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/

const fatalOf = (r: ReturnType<typeof readArticle>) => r.diagnostics.filter((d) => d.fatal)

const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

describe(`readArticle fuzz (${COUNT} cases, seed ${SEED})`, () => {
  const stats = { slowest: 0, slowestLabel: '', articles: 0, fatal: 0, reasons: new Map<string, number>() }
  beforeAll(() => {
    for (const b of BASES) readArticle('warm-up', b)
  })
  afterAll(() => {
    const reasons = [...stats.reasons].map(([k, n]) => `${k} ${n}`).join(', ')
    console.info(`fuzz: ${stats.articles} articles, ${stats.fatal} fatal (${reasons}); slowest ${stats.slowest.toFixed(0)} ms CPU (${stats.slowestLabel})`)
  })

  it.each(Array.from({ length: COUNT }, (_, i) => i))('case %i', (id) => {
    const c = makeCase(id)
    const t0 = cpuMs()
    const r = readArticle(`fuzz-${id}.md`, c.bytes)
    const ms = cpuMs() - t0
    if (ms > stats.slowest) Object.assign(stats, { slowest: ms, slowestLabel: c.label })
    if (r.article) stats.articles++
    else stats.fatal++
    for (const d of fatalOf(r)) stats.reasons.set(d.rule, (stats.reasons.get(d.rule) ?? 0) + 1)
    expect(ms, `${c.label}: ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS)
    const fatal = r.diagnostics.filter((d) => d.fatal)
    expect(r.diagnostics.every((d) => d.message.length > 0 && d.rule.length > 0)).toBe(true)
    if (r.article === null) {
      expect(fatal.length, c.label).toBe(1)
    } else {
      expect(fatal, c.label).toEqual([])
      expect(r.article.paragraphs.length, c.label).toBeGreaterThanOrEqual(1)
      expect(r.article.published, c.label).toMatch(ISO)
      expect(r.article.title.length).toBeGreaterThan(0)
      for (const p of r.article.paragraphs) {
        expect(p.text).toBe(p.text.trim())
        expect(p.text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/)
      }
    }
  }, 20_000)
})
