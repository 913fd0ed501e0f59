/**
 * Characters used to transliterate foreign names into Chinese (奥列格, 科耶米亚科, 姆纳察卡尼扬).
 * A run of them next to a "·" or a Latin gloss is a name; a character outside the set (州长, 还,
 * 称) ends it. General phonetic knowledge, not a list of names.
 */
const TRANSLIT =
  '阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查察达戴丹道德登迪蒂丁杜顿多厄恩尔法范菲费芬弗' +
  '福伏富盖甘冈戈格哥古瓜圭哈海汉豪赫黑亨胡华霍基吉加贾杰捷金津卡凯坎康考柯科可克肯库夸奎拉莱赖兰' +
  '朗劳勒雷蕾里利莉丽连林琳琼留柳卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米密敏明莫墨姆穆纳娜奈内妮尼宁纽努' +
  '诺帕潘庞佩彭皮珀普齐奇恰乔切钦琴丘萨塞赛桑瑟森沙莎舍申什施史斯松苏索塔泰坦汤特滕提图托瓦万旺威' +
  '韦维温文沃乌伍西希锡夏谢辛欣休雅亚扬杨耶伊因英尤约泽扎詹兹佐茨娃丝黛薇芙尹欧奥尔廷翁' +
  '列涅夫契柯瑞霍赖罗耶捷谢廖科佳娅琪卓蒂葛贡怀惠默沁吕茹缪钦迭季舍斯卓得霍德'

const set = new Set(TRANSLIT)

export function isTranslitChar(ch: string): boolean {
  return set.has(ch)
}
