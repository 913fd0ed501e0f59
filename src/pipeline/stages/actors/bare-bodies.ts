/**
 * Bodies an article names without their country (警方在铜锣湾拘捕62人, 当局周二宣布): in a report
 * they are the police, authorities, government, army, state council / department (国务院), a
 * ministry (司法部, 外交部, 商务部, 教育部 …) or a chamber (参议院, 众议院) of the place the article
 * is about, the country or region it mentions most, unless the sentence has named another one
 * before the body. They become that place's body (香港 + 警方 → 香港警方), with the same canonical
 * id as where the country is written out.
 */
import type { ActorMention, Token } from '../../doc'
import { canonicalActor } from './canonical'

const BARE_BODY = /(警方|警察|当局|政府|军方|国务院|司法部|卫生部|外交部|国防部|商务部|教育部|劳工部|财政部|内政部|国土安全部|能源部|农业部|交通部|法务部|移民署|刑事警察局|参议院|众议院)/g
/** A place, a determiner or another body right before it names a different body (青岛市政府, 该国政府, 这届政府). */
const QUALIFIED_BEFORE = /([\u4e00-\u9fff]{0,2}(省|市|州|县|区|国|届|邦|地方|联邦|临时|过渡|流亡|前|新|该|这|其|两|各|多|反|亲)|的)$/
/** Police officers (警察局, 警察们) and government posts (政府官员) are other words. */
const NOT_BODY_AFTER = /^(局|厅|署|们|长|官员|部门|机构|人员|工作|首脑|高层|总部|大楼|大厦|议员)/
/** Bodies only some places have: in an article about Taiwan, 国务院 is Washington's or Beijing's, not Taipei's. */
const ONLY_OF: Record<string, readonly string[]> = {
  国务院: ['中国', '美国'],
  法务部: ['台湾', '日本', '韩国'],
  移民署: ['台湾'],
  刑事警察局: ['台湾'],
}
/**
 * Places whose parliament has no chamber called 参议院 / 众议院 (全国人大, 立法院, 国家杜马, 下议院,
 * 联邦议院 …): there a bare chamber is Congress's, as Chinese-language news means by it.
 */
const NO_CHAMBERS = new Set(['中国', '台湾', '香港', '澳门', '朝鲜', '韩国', '俄罗斯', '英国', '德国', '越南', '新加坡', '伊朗', '以色列', '印度', '土耳其', '白俄罗斯', '乌克兰'])
const CHAMBERS = new Set(['参议院', '众议院'])
/** A place must be mentioned this often to be the one an article is about. */
const MIN_PLACE_MENTIONS = 2

/** The country or region the article mentions most (first mentioned on a tie), if it is clear. */
export function dominantPlace(mentions: readonly ActorMention[]): { id: string; name: string } | null {
  const counts = new Map<string, { name: string; n: number; first: number }>()
  mentions.forEach((m, i) => {
    if (m.kind !== 'country') return
    const c = counts.get(m.actorId) ?? { name: m.name, n: 0, first: i }
    c.n++
    counts.set(m.actorId, c)
  })
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0]
  return best && best[1].n >= MIN_PLACE_MENTIONS ? { id: best[0], name: best[1].name } : null
}

/** A unit's head word (服务队, 新闻处, 应急小组). */
const UNIT_HEAD = /(队|处|署|局|中心|委员会|办公室|小组)$/

/** 政府/n 飞行/v 服务队/n: the body word opens the name of one of its units, which is another body. */
function opensLongerName(tokens: readonly Token[], end: number): boolean {
  let at = end
  for (let n = 0; n < 2; n++) {
    const t = tokens.find((x) => x.start === at)
    if (!t || !/^(n|vn|v|nz)$/.test(t.tag) || !/^[\u4e00-\u9fff]+$/.test(t.word)) return false
    if (t.tag === 'n' && UNIT_HEAD.test(t.word)) return true
    at = t.end
  }
  return false
}

/**
 * Mentions for the bare bodies of one sentence. `text` is the sentence (Simplified); `taken` are
 * the spans (sentence offsets) existing mentions already cover; `tokens` are the sentence's.
 */
export function bareBodies(
  text: string,
  taken: readonly [number, number][],
  place: { name: string },
  tokens: readonly Token[] = [],
  /** The country the sentence names last before an offset (美国当地媒体报道，警方…): its body, not the article's place's. */
  countryBefore: (at: number) => { name: string } | undefined = () => undefined,
): { start: number; end: number; body: string; actor: ReturnType<typeof canonicalActor> }[] {
  const out: { start: number; end: number; body: string; actor: ReturnType<typeof canonicalActor> }[] = []
  for (const m of text.matchAll(BARE_BODY)) {
    const start = m.index
    const end = start + m[0].length
    // A name right before it (俄罗斯外交部, 加拿大司法部) already says whose body it is.
    if (taken.some(([s, e]) => (s < end && start < e) || e === start)) continue
    if (QUALIFIED_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || NOT_BODY_AFTER.test(text.slice(end))) continue
    // A place the segmenter knows right before it (德里/ns 警方) says whose body it is.
    if (tokens.some((t) => t.end === start && t.tag === 'ns')) continue
    if (opensLongerName(tokens, end)) continue
    const body = m[0] === '警察' ? '警方' : m[0]
    const own = countryBefore(start) ?? place
    if (ONLY_OF[body] && !ONLY_OF[body]!.includes(own.name)) continue
    const of = CHAMBERS.has(body) && NO_CHAMBERS.has(own.name) ? '美国' : own.name
    out.push({ start, end, body: m[0], actor: canonicalActor(`${of}${body}`, 'organization') })
  }
  return out
}
