/**
 * Names the segmenter tags (nr, nrt, nrfg person; nt organisation) that no pattern or gazetteer
 * entry covered. Lowest priority: jieba's guesses are often wrong on foreign names.
 */
import { isKnownPlace, lookupActor, placeSuffixes, titleGroup, triggerList } from '../../lexicon'
import { isTranslitChar } from '../../lexicon/translit'
import type { Candidate } from './candidate'
import type { Token } from './segmenter'

const NOT_NAMES = new Set(['班师回', '高度', '安全', '文化', '金正', '华人', '明显', '周日', '周一', '周二', '周三', '周四', '周五', '周六'])

const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温胡赖柯翁洪游詹',
)
const TIME_CHARS = /[年月日周今昨明早晚时]/

/** A plausible person name: a Chinese name with a common surname, or a transliteration. */
function looksLikePerson(word: string): boolean {
  if (TIME_CHARS.test(word)) return false
  if ([...word].every(isTranslitChar)) return true
  return SURNAMES.has(word[0]!) && word.length <= 3
}

function isTriggerWord(word: string): boolean {
  return triggerList().some((t) => !t.word.includes('…') && (word.startsWith(t.word) || word.endsWith(t.word)) && t.word.length >= 2)
}

export function segmenterNames(tokens: readonly Token[], text = ''): Candidate[] {
  const out: Candidate[] = []
  for (const t of tokens) {
    const person = /^(nr|nrt|nrfg)$/.test(t.tag)
    const org = t.tag === 'nt'
    if (!person && !org) continue
    if (t.word.length < 2 || !/^[\u4e00-\u9fff·]+$/.test(t.word) || NOT_NAMES.has(t.word) || titleGroup(t.word)) continue
    if (lookupActor(t.word) || isKnownPlace(t.word) || isTriggerWord(t.word)) continue
    if (person && !looksLikePerson(t.word)) continue
    if (org && t.word.length < 4) continue
    const after = text.slice(t.end)
    if (placeSuffixes().some((s) => after.startsWith(s))) continue
    out.push({ start: t.start, end: t.end, text: t.word, name: t.word, kind: person ? 'person' : 'organization', via: 'segmenter', priority: 2 })
  }
  return out
}
