/**
 * Event triggers: words (Simplified) that report a happening, with the event type they give and
 * how strongly they signal a real, reportable event (0..1). "A…B" means both parts in order in
 * the same clause (收到…礼物); the event sits at A. Statements are weaker than actions: news is
 * full of people saying things, and only named speakers make a statement an event.
 */
import type { EventType } from '../../schema'

export interface TriggerEntry {
  word: string
  type: EventType
  strength: number
}

const table: Record<EventType, readonly (string | [string, number])[]> = {
  arrive: ['抵达', '到达', '飞抵', '来到', '降落', '踏上', ['到访', 0.7], '入境', '登陆'],
  depart: ['离开', '启程', '返回', '班师回', '离境', '动身', '返抵', '回国', '飞离', '结束…访问', '结束…访', '访问结束'],
  travel: ['前往', '驶向', '出访', '赶赴', '飞往', '出行', '途经', ['赴', 0.6]],
  visit: ['访问', '参观', '视察', '出席', '参加', '考察', '探视', '探望', '巡视', '观看', '造访', '拜访', '走访', ['访', 0.5]],
  meet: ['会见', '会晤', '会面', '接见', '见面', '接受…邀请', '邀请', '通电话', '通话', '共进晚餐', '握手', '举行峰会', '峰会'],
  talks: ['召开…会议', '紧急召开', '会谈', '谈判', '磋商', '协商', '对话', '斡旋', '调停', '商讨', '举行会议', '开会'],
  agreement: ['签署', '签订', '达成…协议', '达成…共识', '达成…停火', '达成', '同意', '批准', '缔结'],
  gift: ['赠送', '收到…礼物', '获赠', '送给', '赠予', '捐赠', '提供', '援助', '礼物'],
  statement: [
    ['表示', 0.5], ['说', 0.45], ['称', 0.45], ['宣布', 0.65], ['指出', 0.45], ['强调', 0.45],
    ['透露', 0.5], ['声称', 0.45], ['宣称', 0.45], ['呼吁', 0.5], ['承诺', 0.55], ['保证', 0.5],
    ['表达', 0.45], ['描述', 0.4], ['证实', 0.55], ['否认', 0.55], ['重申', 0.45], ['发表…声明', 0.6],
    ['发表…讲话', 0.6], ['发表…演讲', 0.6], ['发表', 0.45], ['声明', 0.5], ['回应', 0.5], ['告诉', 0.45],
    ['要求', 0.45], ['敦促', 0.5], ['批评', 0.5], ['认为', 0.35], ['写道', 0.45], ['发推', 0.5],
    ['推文', 0.45], ['报称', 0.4], ['确认', 0.5], ['拒绝', 0.5], ['反对', 0.4], ['支持', 0.35],
    ['欢迎', 0.45], ['称赞', 0.45], ['赞扬', 0.45], ['发表声明', 0.6], ['祝贺', 0.5], ['感谢', 0.45], ['担忧', 0.35], ['担心', 0.3], ['表态', 0.5],
  ],
  accusation: ['指责', '谴责', '指控', '控告', '抨击', '怪罪', '归咎', '互相指责', '相互指责', '指称'],
  warning: ['警告', '威胁', '警示', '告诫'],
  attack: ['袭击', '轰炸', '炮击', '攻击', '空袭', '射击', '击中', '击落', '开火', '发射', '爆炸', '枪击', '刺杀', '炸死', '遭到…轰炸', '遭到…炮击', '打死', '打伤', '殴打', '痛打', '暗杀', '冲突'],
  military: ['阅兵', '举行…阅兵', '展示…导弹', '试射…导弹', '战斗', '交火', '军演', '演习', '演示', '部署', '进攻', '反攻', '占领', '收复', '撤军', '增兵', '动员', '入侵', '试射', '巡航'],
  ceasefire: ['同意…停火', '停火', '休战', '停战'],
  protest: ['抗议', '示威', '游行', '集会', '上街', '罢工', '静坐', '请愿'],
  arrest: ['逮捕', '拘留', '拘捕', '被捕', '羁押', '扣押', '抓捕', '抓获', '关押', '监禁', '拘禁', '带走', '驱散'],
  court: ['判处', '起诉', '审判', '判决', '宣判', '开庭', '受审', '上诉', '裁决', '裁定', '驳回', '提起诉讼', '诉讼'],
  election: ['当选', '选举', '大选', '胜选', '连任', '竞选', '初选', '败选', '辩论'],
  vote: ['投票', '表决', '公投', '全民公决'],
  appointment: ['开除', '撤职', '免职', '任命', '提名', '就任', '辞职', '下台', '宣誓就职', '就职', '罢免', '解职', '撤换', '卸任', '上任'],
  death: ['死亡', '遇难', '去世', '逝世', '身亡', '丧生', '罹难', '病逝', '遇害', '殉职', '丧命'],
  disaster: ['地震', '洪水', '台风', '飓风', '海啸', '火灾', '山火', '泥石流', '坠毁', '坠机', '事故', '暴雨'],
  health: ['确诊', '住院', '出院', '感染', '检测呈阳性', '阳性', '隔离', '治疗', '接种', '入院', '康复'],
  release: ['释放', '获释', '保释', '放人', '假释', '特赦', '赦免'],
  sanction: ['制裁', '禁令', '封锁', '禁运', '列入…黑名单', '黑名单', '冻结…资产'],
  trade: ['关税', '贸易协议', '出口', '进口', '贸易'],
  other: ['密谋', '绑架', '启动', '成立', '宣布…成立', '关闭', '撤离', '疏散', '救援', '搜救', '封城', '谈话', '交谈', '获奖', '颁发', '授予'],
}

export const TRIGGERS: readonly TriggerEntry[] = Object.entries(table).flatMap(([type, words]) =>
  words.map((w) => {
    const [word, strength] = typeof w === 'string' ? [w, defaultStrength(type as EventType)] : w
    return { word, type: type as EventType, strength }
  }),
)

function defaultStrength(type: EventType): number {
  if (type === 'statement') return 0.45
  if (type === 'trade' || type === 'other') return 0.5
  return 0.75
}

/** Trigger words also segmented as words, so token boundaries respect them. */
export function triggerWords(): string[] {
  return TRIGGERS.flatMap((t) => t.word.split('…')).filter((w) => w.length > 1)
}
