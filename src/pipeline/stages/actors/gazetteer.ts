/**
 * Gazetteer and institution patterns: longest-match scan of the lexicon's aliases (countries,
 * agencies, institutions, well-known people), and "country + government body" phrases
 * (白俄罗斯内政部, 亚美尼亚武装部队) as organisations.
 */
import { STATE_BODIES, aliasAt, lookupActor } from '../../lexicon'
import { isTranslitChar } from '../../lexicon/translit'
import type { Candidate } from './candidate'

const LATIN = /[A-Za-z]/

/** Every non-overlapping longest gazetteer match (Latin aliases only on word boundaries). */
export function gazetteerMentions(text: string): Candidate[] {
  const out: Candidate[] = []
  let i = 0
  while (i < text.length) {
    const found = aliasAt(text, i)
    const alias = found && latinBounded(text, i, found) && !cutsCourt(text, i, found) ? found : undefined
    if (!alias) {
      i++
      continue
    }
    const e = lookupActor(alias)!
    const priority = e.kind === 'country' ? 3 : 4
    out.push({ start: i, end: i + alias.length, text: alias, name: e.name, kind: e.kind, via: 'gazetteer', priority, country: e.country })
    i += alias.length
  }
  return out
}

/** 最高法 (the Supreme People's Court, abbreviated) is not the start of 最高法院, any country's supreme court. */
function cutsCourt(text: string, i: number, alias: string): boolean {
  return alias.endsWith('法') && text[i + alias.length] === '院'
}

function latinBounded(text: string, i: number, alias: string): boolean {
  if (!LATIN.test(alias)) return true
  return !LATIN.test(text[i - 1] ?? '') && !LATIN.test(text[i + alias.length] ?? '')
}


const bodyAlternation = [...STATE_BODIES].sort((a, b) => b.length - a.length).join('|')
const BODY_AFTER = new RegExp(`^(?:${bodyAlternation})(?![长])`)
/**
 * A sub-body of an international organisation (联合国人权事务处, 欧盟委员会); 署 and 处 end no body
 * in the words 部署 (deploy: 在欧盟部署5G网络) and 好处, 之处, 到处 ….
 */
const SUB_BODY = /^[^\P{Script=Han}的在将于是和与及对向被把了称说表周日月年今昨该这此其]{1,9}?(事务处|委员会|理事会|办公室|秘书处|(?<!部)署|局|(?<![到之好益用相难长短])处|法庭|机构)/u

/** "亚美尼亚国防部": a country mention directly followed by a government body. */
export function institutionMentions(text: string, countries: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of countries) {
    if (c.kind === 'organization') {
      const sub = SUB_BODY.exec(text.slice(c.end))
      if (sub) {
        const end = c.end + sub[0].length
        const surface = text.slice(c.start, end)
        out.push({ start: c.start, end, text: surface, name: surface, kind: 'organization', via: 'pattern:institution', priority: 5, country: c.country })
      }
      continue
    }
    if (c.kind !== 'country') continue
    const rest = text.slice(c.end).replace(/^的/, '')
    const m = BODY_AFTER.exec(rest)
    if (!m) continue
    const end = text.length - rest.length + m[0].length
    const surface = text.slice(c.start, end)
    const name = `${c.name}${m[0].replace(/发言人$/, '')}`
    out.push({ start: c.start, end, text: surface, name, kind: 'organization', via: 'pattern:institution', priority: 5, country: c.name })
  }
  return out
}

/** 驻日美军, 驻韩美军, 驻港部队: forces stationed abroad, named by the place and the force. */
const STATIONED = /驻([\u4e00-\u9fff]{1,4}?)(美军|俄军|英军|法军|部队|联军|维和部队)/g

export function stationedForces(text: string): Candidate[] {
  return [...text.matchAll(STATIONED)].map((m) => {
    const start = m.index
    const end = start + m[0].length
    return { start, end, text: m[0], name: m[0], kind: 'organization' as const, via: 'pattern:stationed', priority: 5 }
  })
}

/** One-character names of countries and regions as two- to four-party phrases use them (中印, 美日韩, 美日印澳). */
const SHORT_COUNTRY: Record<string, string> = {
  中: '中国', 美: '美国', 印: '印度', 日: '日本', 俄: '俄罗斯', 英: '英国', 法: '法国', 德: '德国', 韩: '韩国',
  朝: '朝鲜', 台: '台湾', 澳: '澳大利亚', 加: '加拿大', 菲: '菲律宾', 越: '越南', 梵: '梵蒂冈', 港: '香港', 欧: '欧盟',
}
const SHORT = Object.keys(SHORT_COUNTRY).join('')
const PARTIES = new RegExp(`[${SHORT}]{2,4}(?=(两国|三国|四国|两岸|关系|边界|边境|双方|两方|三方|之间|贸易|会谈|峰会|合作|冲突|对峙|军队|外长|防长|领导人|首脑|元首|双边|联合|周[一二三四五六日]|星期|在|的|已|就|于|\\d|，|。|、))`, 'g')

/**
 * 中印在边界发生冲突, 美日韩三国: two or three one-character country names together, as a phrase
 * of its own, name each country. Not a word they begin (中美洲, 中英文): what follows must be
 * what such phrases go with (两国, 关系, 冲突, 在, 的, punctuation …).
 */
export function partyPairs(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(PARTIES)) {
    const chars = [...m[0]]
    // 施耐德中将: the end of a transliterated name, not a party.
    if (new Set(chars).size !== chars.length || isTranslitChar(text[m.index - 1] ?? '')) continue
    chars.forEach((c, k) => {
      const name = SHORT_COUNTRY[c]!
      const kind = lookupActor(name)?.kind ?? 'country'
      out.push({ start: m.index + k, end: m.index + k + 1, text: c, name, kind, via: 'pattern:party-pair', priority: 3 })
    })
  }
  return out
}
