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
  '列涅夫契柯瑞霍赖罗耶捷谢廖科佳娅琪卓蒂葛贡怀惠默沁吕茹缪钦迭季舍斯卓得霍德李朴崔简珍耐当肖若翰汀根隆摩南唐烈' +
  // Turkic and Central Asian names (吐尔逊, 艾尔汗), -son endings (杰斐逊, 哈德逊), 露易丝; not 别 (更别提).
  '吐逊汗露易'

const set = new Set(TRANSLIT)

export function isTranslitChar(ch: string): boolean {
  return set.has(ch)
}

const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温赖柯翁洪游詹袁华伍庄欧阮蔺尚鲍葛单闵冉祝左包童牛易艾柳舒耿倪聂殷季鲁俞岳乔齐施邢裴焦苗靳宁骆蒲甘褚凌成康毕房屈项祁柴滕车翟谷虞蓝卜纪阎涂应荣章戚隋岑甄麦饶邝冼鄢巫练佘栾晏湛谌宫牟樊庞钮封匡姬盛连蒙梅' +
    // Less common surnames news still meets (颜, 储, 符, 卓, 霍 …).
    '颜储符卓窦区续管霍景郎裘缪贝臧谈茅席娄刁宗宣郁杭吉荀惠芮仇厉戎祖束幸韶屠胥闻劳桑桂濮寿燕冀瞿慕茹戈庾弘寇禄阙蔚巩晁敖辛阚鞠巢荆竺权逯盖桓卞楼柏丛邬亓佟晋仝揭喻迟' +
    // Rare surnames whose character opens few other words (奚, 穆, 栗, 禹 …).
    '奚申穆冷米苟仲池栗粟郜帅廉禹狄邸雍辜邰嵇昝檀扈麻',
)

/** A common Chinese surname (for names the segmenter does not tag). */
export function isSurname(ch: string): boolean {
  return SURNAMES.has(ch)
}
