/**
 * Titles that introduce a named person ("外长拉夫罗夫") or stand for one ("这位总统"). `group`
 * joins titles that coreference treats as the same role (领袖 = 领导人 = 最高领导人).
 * Longer titles first is not required: the matcher takes the longest.
 */
export interface TitleEntry {
  title: string
  group: string
}

const groups: Record<string, readonly string[]> = {
  leader: ['领导人', '领袖', '最高领导人', '国家元首', '元首'],
  president: ['总统', '国家主席', '主席', '副总统', '当选总统', '候选人', '总统候选人'],
  premier: ['总理', '首相', '副总理', '副首相'],
  foreign: ['外长', '外交部长', '外交部部长', '国务卿', '副国务卿', '外相', '外交大臣'],
  defense: ['国防部长', '防长', '国防部部长', '防卫大臣', '防卫相'],
  minister: ['官房长官', '内阁官房长官', '部长', '大臣', '内政部长', '卫生部长', '财长', '财政部长', '司法部长', '商务部长'],
  governor: ['州长', '省长', '市长', '总督', '行政长官', '特首'],
  spokesperson: ['发言人', '新闻秘书', '新闻发言人'],
  ambassador: ['大使', '特使', '公使'],
  lawmaker: ['议员', '参议员', '众议员', '议长', '众议院议长', '立法会议员'],
  military: ['将军', '司令', '总司令', '参谋长', '指挥官', '上将', '中将', '少将', '准将', '大校', '上校', '中校', '少校', '上尉', '中尉', '少尉', '警监', '总警监', '警司', '高级警司', '总警司'],
  official: ['官员', '顾问', '秘书长', '总干事', '主任', '局长', '署长', '检察长', '检察总长', '检察官', '法官', '大法官', '首席大法官', '主教', '教宗', '处长', '厅长', '司长', '院长', '校长', '会长', '警务处处长', '外交官'],
  party: ['总书记', '党主席', '党魁', '反对派领袖', '反对派领导人'],
  person: ['先生', '女士', '夫人', '第一夫人', '医生', '医师', '商人', '企业家', '大亨', '公民', '人质', '嫌疑人', '嫌犯', '疑犯', '名将', '选手', '球员', '运动员', '歌手', '演员', '导演', '牧师', '神父', '教练', '博士', '教授', '律师', '记者', '总编辑', '主编', '总裁', '首席执行官', '首席财务官', '财务长', '执行长', '董事长', '创始人', '主持人', '活动人士', '维权人士', '人士', '作家', '艺术家', '学者', '分析师', '研究员'],
}

export const TITLES: readonly TitleEntry[] = Object.entries(groups).flatMap(([group, titles]) =>
  titles.map((title) => ({ title, group })),
)
