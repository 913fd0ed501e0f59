/**
 * Word lists for synthetic articles: general knowledge (countries, organisations, cities, titles)
 * and invented person names built from common surnames and given-name characters. No text of
 * any real article.
 */
import type { ActorKind, EventType } from '../../src/schema'

export const COUNTRIES = [
  '中国', '美国', '俄罗斯', '日本', '韩国', '朝鲜', '法国', '德国', '英国', '印度', '伊朗', '以色列',
  '乌克兰', '土耳其', '巴西', '加拿大', '澳大利亚', '意大利', '西班牙', '波兰', '越南', '泰国',
  '印度尼西亚', '菲律宾', '埃及', '沙特阿拉伯', '南非', '墨西哥', '阿根廷', '巴基斯坦', '白俄罗斯',
  '叙利亚', '伊拉克', '阿富汗', '缅甸', '新加坡', '马来西亚', '瑞士', '瑞典', '荷兰',
] as const

export const ORGANIZATIONS = [
  '联合国', '欧盟', '北约', '世界卫生组织', '世界贸易组织', '国际货币基金组织', '东盟', '非洲联盟',
  '红十字国际委员会', '国际原子能机构', '七国集团', '二十国集团', '上海合作组织', '世界银行',
  '联合国安理会', '欧洲议会', '阿拉伯联盟', '石油输出国组织', '国际刑事法院', '联合国难民署',
] as const

export const CITIES = [
  '北京', '上海', '香港', '台北', '莫斯科', '华盛顿', '纽约', '东京', '首尔', '平壤', '巴黎', '柏林',
  '伦敦', '罗马', '马德里', '布鲁塞尔', '日内瓦', '维也纳', '新德里', '德黑兰', '基辅', '明斯克',
  '安卡拉', '开罗', '利雅得', '河内', '曼谷', '雅加达', '马尼拉', '新加坡', '悉尼', '渥太华',
  '墨西哥城', '布宜诺斯艾利斯', '约翰内斯堡', '伊斯兰堡', '喀布尔', '巴格达', '大马士革', '仰光',
] as const

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国志红文海波宁春晓东林峰云飞德荣晨凯浩然宇佳欣怡思瑞博睿泽'

export const TITLES = ['总统', '总理', '外交部长', '国防部长', '发言人', '议长', '大使', '主席', '秘书长', '特使'] as const

/** The i-th invented person name: surname + one or two given-name characters, unique per i. */
export function personName(i: number): string {
  const surname = SURNAMES[i % SURNAMES.length]!
  const a = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!
  const b = GIVEN[(i * 7 + 3) % GIVEN.length]!
  return i % 3 === 0 ? `${surname}${a}` : `${surname}${a}${b}`
}

export interface ActorSpec {
  id: string
  name: string
  kind: ActorKind
  /** How a sentence introduces the actor ("外交部长王伟" or just the name). */
  mention: string
}

/** A sentence template: {a} first actor, {b} second actor, {p} place, {t} time expression. */
export interface Template {
  type: EventType
  text: string
  actors: 0 | 1 | 2
}

export const TEMPLATES: readonly Template[] = [
  { type: 'arrive', text: '{a}{t}抵达{p}。', actors: 1 },
  { type: 'arrive', text: '{a}{t}乘专机抵达{p}，开始为期三天的访问。', actors: 1 },
  { type: 'depart', text: '{a}{t}离开{p}。', actors: 1 },
  { type: 'visit', text: '{a}{t}访问了{p}。', actors: 1 },
  { type: 'meet', text: '{a}{t}在{p}会见了{b}。', actors: 2 },
  { type: 'talks', text: '{a}与{b}{t}在{p}举行会谈。', actors: 2 },
  { type: 'agreement', text: '{a}与{b}{t}签署了一项合作协议。', actors: 2 },
  { type: 'statement', text: '{a}{t}表示，双方关系将继续发展。', actors: 1 },
  { type: 'statement', text: '{a}{t}在{p}发表讲话。', actors: 1 },
  { type: 'warning', text: '{a}{t}警告{b}不要采取进一步行动。', actors: 2 },
  { type: 'accusation', text: '{a}{t}指责{b}违反了国际法。', actors: 2 },
  { type: 'sanction', text: '{a}{t}宣布对{b}实施新的制裁。', actors: 2 },
  { type: 'protest', text: '数千人{t}在{p}举行抗议活动。', actors: 0 },
  { type: 'attack', text: '{p}{t}发生袭击事件，造成多人伤亡。', actors: 0 },
  { type: 'disaster', text: '{p}{t}发生强烈地震。', actors: 0 },
  { type: 'military', text: '{a}{t}举行了大规模军事演习。', actors: 1 },
  { type: 'trade', text: '{a}与{b}{t}宣布扩大双边贸易。', actors: 2 },
  { type: 'appointment', text: '{a}{t}任命了新的驻{p}大使。', actors: 1 },
  { type: 'ceasefire', text: '{a}与{b}{t}同意停火。', actors: 2 },
  { type: 'court', text: '{p}法院{t}对此案作出判决。', actors: 0 },
]

/** Sentences without events, so articles have the background text real ones have. */
export const FILLERS = [
  '分析人士认为，这一局势仍有很大的不确定性。',
  '外界普遍关注此事的后续发展。',
  '双方在多个问题上仍然存在分歧。',
  '此前，有关方面曾多次呼吁保持克制。',
  '当地媒体对此进行了广泛报道。',
  '这是近年来双方最高级别的接触。',
  '观察人士指出，经济因素在其中起着重要作用。',
  '有关细节尚未对外公布。',
] as const

export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const
