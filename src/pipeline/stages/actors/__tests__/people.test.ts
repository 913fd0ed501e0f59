import { describe, expect, it } from 'vitest'
import { resolveArticle, type Located } from '../coref'
import { sentenceCandidates } from '../sentence'

const people = (s: string) => sentenceCandidates(s).filter((c) => c.kind === 'person' && !c.coref).map((c) => c.name)
const corefs = (s: string) => sentenceCandidates(s).filter((c) => c.coref).map((c) => c.text)

function article(sentences: string[]) {
  const located: Located[] = sentences.flatMap((s, order) => sentenceCandidates(s).map((c) => ({ ...c, paragraph: 0, sentence: order, order })))
  return resolveArticle(located).map((r) => `${r.text}=${r.actorId}`)
}

describe('dotted names', () => {
  it('cuts a run of dotted names at a phrase between two dots', () => {
    expect(people('发言人安娜·科瓦奇和总统顾问彼得·伊万诺维奇出席了会议')).toEqual(['安娜·科瓦奇', '彼得·伊万诺维奇'])
  })
  it('ends before a title the run of transliteration characters took the first character of (康利博士, 法奈尔海军上校)', () => {
    expect(people('医生肖恩·康利博士周五表示')).toEqual(['肖恩·康利'])
    expect(people('情报部主管詹姆斯·法奈尔海军上校说')).toEqual(['詹姆斯·法奈尔'])
  })
  it('takes 露易丝 whole', () => {
    expect(people('美国诗人露易丝·格吕克获得诺贝尔文学奖')).toEqual(['露易丝·格吕克'])
  })
  it('takes a first name the segmenter keeps whole even with a rare character', () => {
    expect(people('名单上的第一人是亚当·史密斯')).toContain('亚当·史密斯')
    expect(people('球队医师肖恩·韦伯说')).toContain('肖恩·韦伯')
  })
  it('keeps initials inside a name and stops at the title after it', () => {
    expect(people('记者简·H·沃森报道')).toContain('简·H·沃森')
    expect(people('局长乔·帕克总警监在声明中说')).toContain('乔·帕克')
  })
  it('keeps the whole surname when the segmenter splits it before a weekday (…·摩根斯坦星期三)', () => {
    expect(people('发言人凯文·摩根斯坦星期三对记者说')).toEqual(['凯文·摩根斯坦'])
    expect(people('顾问安娜·唐纳森周四说')).toEqual(['安娜·唐纳森'])
  })
  it('a full stop between two transliteration characters joins a name (古兹拉.艾尔汗, 劳丽塔．布鲁威特), as some outlets write it', () => {
    expect(people('一个叫古兹拉.艾尔汗的女子说')).toEqual(['古兹拉·艾尔汗'])
    expect(people('表亲劳丽塔．布鲁威特告诉记者')).toEqual(['劳丽塔·布鲁威特'])
    expect(people('当地人吐尔逊.哈比被关押')).toEqual(['吐尔逊·哈比'])
  })
  it('a full stop after other words ends a sentence (透明度.他说)', () => {
    expect(people('这关乎美国的透明度.他说情况严重')).toEqual([])
  })
})

describe('names after a title', () => {
  it('takes a surname and a given name the segmenter calls a verb', () => {
    expect(people('交通局局长陈肇明透露，政府将扩建码头')).toContain('陈肇明')
  })
  it('takes the name after a (deputy) director (副总监)', () => {
    expect(people('该机构副总监阿瑞洛说')).toContain('阿瑞洛')
  })
  it('takes the name after a permanent representative to the UN', () => {
    expect(people('中国常驻联合国代表李明远周二表示')).toContain('李明远')
  })
  it('takes names with less common surnames', () => {
    expect(people('被告的律师尚明远周三表示')).toContain('尚明远')
  })
  it('does not read the word after "name + title" as another name', () => {
    expect(people('马克龙总统向默克尔总理道谢')).toEqual(['马克龙', '默克尔'])
  })
  it('does not take a second title as a name, nor the first as a person', () => {
    expect(people('总统顾问彼得·伊万诺维奇说')).toEqual(['彼得·伊万诺维奇'])
    expect(corefs('总统顾问彼得·伊万诺维奇说')).toEqual([])
  })
})

describe('places the segmenter calls people', () => {
  it('skips a name right after 来自 or a state', () => {
    expect(people('三名选手来自特拉华，另一人住在俄亥俄州克利夫兰')).toEqual([])
  })
})

describe('short names and pronouns', () => {
  it('keeps a known person apart from a relative who shares the surname', () => {
    expect(article(['第一夫人梅兰尼娅·特朗普周五参观了画展。', '特朗普随后抵达。'])).toContain('特朗普=特朗普')
  })
  it('still maps a short unknown name to the full name', () => {
    expect(article(['部长彼得·伊万诺维奇抵达。', '伊万诺维奇随后离开。'])).toContain('伊万诺维奇=彼得·伊万诺维奇')
  })
  it('resolves 她 to the last woman, not the last man', () => {
    expect(article(['州长惠特默周一参观了工厂。', '总统特朗普后来称赞了她。'])).toContain('她=惠特默')
    expect(article(['记者彼得·伊万诺维奇采访了玛丽娅·彼得罗娃。', '她表示满意。'])).toContain('她=玛丽娅·彼得罗娃')
  })
  it('resolves 他 past a woman to the last man', () => {
    expect(article(['彼得·伊万诺维奇会见了玛丽娅·彼得罗娃。', '他表示满意。'])).toContain('他=彼得·伊万诺维奇')
  })
  it('never resolves a pronoun to an organisation', () => {
    expect(article(['脸书（Facebook）周一删除了帖子。', '他随后离开。']).filter((r) => r.startsWith('他='))).toEqual([])
  })
})

describe('names with a Latin gloss', () => {
  it('takes the whole transliteration before a two-word gloss, not the part the segmenter tags', () => {
    expect(people('港务局总监拉特克里夫（Simon Ratcliffe）周五说')).toContain('拉特克里夫')
  })
  it('takes a Chinese name of three characters before a romanised gloss', () => {
    expect(people('环保组织成员何在思(Lily Ho)出现在码头')).toContain('何在思')
  })
  it('does not take a place, a work, a product or a one-word brand for a person', () => {
    expect(people('球队前往缅因州的山佛市（Sanford）比赛')).toEqual([])
    expect(people('乐团演奏了“晨曦（Aube Claire）”等曲目')).toEqual([])
    expect(people('病人服用了一种叫瑞德西韦(remdesivir)的药')).toEqual([])
    expect(people('学生们常用脸书（Facebook）联络')).toEqual([])
  })
  it('still takes the name before a gloss after a rank', () => {
    expect(people('白宫医生韦伯中校（Sean Webber）发表声明')).toContain('韦伯')
  })
})

describe('Chinese names the segmenter splits', () => {
  it('joins a surname token and a given-name token', () => {
    expect(sentenceCandidates('冯崇义认为，码头应当扩建').map((c) => c.name)).toContain('冯崇义')
  })
  it('takes the name right before a title', () => {
    expect(people('学院的海洋生物专家冯崇义教授表示')).toContain('冯崇义')
  })
  it('does not take a word like 华裔 or a known institution before a title', () => {
    expect(people('加拿大籍华裔作家杨明达获奖')).toEqual(['杨明达'])
    expect(people('白宫发言人安娜·韦伯说，白宫正在准备晚宴')).toEqual(['安娜·韦伯'])
  })
})

describe('an office of a country that names nobody', () => {
  it('lets the country take part through its unnamed office holder', () => {
    expect(article(['边境事件后，吉尔吉斯斯坦和塔吉克斯坦外长通了电话。'])).toContain('塔吉克斯坦外长=塔吉克斯坦')
  })
  it('gives the title to every country listed before it (日本、澳大利亚和印度外长)', () => {
    const resolved = article(['日本外相茂木敏充周二抵达东京。', '澳大利亚外长佩恩也抵达东京。', '国务卿蓬佩奥与日本、澳大利亚和印度外长举行了会谈。'])
    expect(resolved).toContain('日本=茂木敏充')
    expect(resolved).toContain('澳大利亚=佩恩')
    expect(resolved).toContain('印度外长=印度')
    expect(article(['边境事件后，吉尔吉斯斯坦和塔吉克斯坦外长通了电话。'])).toContain('吉尔吉斯斯坦=吉尔吉斯斯坦')
  })
  it('resolves a surname and an honorific (窦先生) to the person named in full with that surname, else keeps it as named', () => {
    expect(article(['她的丈夫窦家明（音）当时在店里。', '窦先生已于今年3月被拘留。'])).toContain('窦先生=窦家明')
    expect(article(['王先生周一表示反对。'])).toContain('王先生=王先生')
  })
  it('a surname the segmenter reads as an adverb (曾/d 小姐) where no subject stands before it', () => {
    expect(article(['高雄的曾小姐今年31岁。'])).toContain('曾小姐=曾小姐')
    expect(article(['曾小姐听到消息后哭了。'])).toContain('曾小姐=曾小姐')
    expect(article(['他曾先生产后销售。']).filter((r) => r.includes('先生'))).toEqual([])
  })
  it('not to a person of the other gender, nor as a surname inside a word (老先生, 向女士们)', () => {
    expect(article(['歌手李娜周一出席。', '李先生说，他很高兴。'])).not.toContain('李先生=李娜')
    expect(article(['一位老先生周一出席。']).filter((r) => r.startsWith('老先生'))).toEqual([])
    expect(article(['他向女士们致敬。']).filter((r) => r.includes('女士'))).toEqual([])
  })
  it('still resolves the office to the person when the article names them', () => {
    expect(article(['印度外长苏杰生周一抵达。', '印度外长随后离开。'])).toContain('印度外长=苏杰生')
  })
  it('does not turn a private role into the country', () => {
    expect(article(['一名加拿大律师周五表示不满。']).filter((r) => r.endsWith('=加拿大') && !r.startsWith('加拿大='))).toEqual([])
  })
})

describe('words that introduce a person and foreign words cut in two', () => {
  it('takes the name after 公民, 人质 or 名将', () => {
    expect(people('一名澳大利亚公民林晓雯被捕')).toContain('林晓雯')
    expect(people('获释的法国人质贝尔纳（Anne Bernard）抵达巴黎')).toContain('贝尔纳')
  })
  it('does not take the end of a longer transliteration for a name, nor a dotted name past its end', () => {
    expect(people('她此前在廷巴克图（Timbuktu）教书')).toEqual([])
    expect(people('名叫玛丽亚·施密特的德国教师曾在廷巴克图（Timbuktu）工作')).toEqual(['玛丽亚·施密特'])
  })
})

describe('Chinese names the segmenter does not know', () => {
  it('takes an interview answer\'s label as a name, even when the segmenter cuts it (欧泓/x 奕/zg：)', () => {
    expect(people('欧泓奕：首先，我认为这是个好消息')).toContain('欧泓奕')
  })
  it('takes no people or caste before 女子 / 族 for a person (达利特女子)', () => {
    expect(people('一名19岁的达利特女子被轮奸')).toEqual([])
  })
  it('takes no unit after a number for a name (102克拉)', () => {
    expect(people('一颗重达102克拉的白色巨钻周一拍卖')).toEqual([])
  })
  it('takes no common word, title or name-and-verb before a colon as a label', () => {
    expect(people('石油：价格上涨')).toEqual([])
    expect(people('记者：你好')).toEqual([])
    expect(people('杜纳说：“这很好。”')).not.toContain('杜纳说')
  })
  it('takes an untagged word of a surname and two characters', () => {
    expect(people('林振华向记者表示，他不会离开')).toContain('林振华')
  })
  it('takes a two-character surname with its given name (欧阳/ns 娜娜/nrt), not the given name alone', () => {
    expect(people('台湾艺人欧阳娜娜周二表示感谢')).toEqual(['欧阳娜娜'])
  })
  it('takes a two-character one only before a speech verb or preposition', () => {
    expect(people('徐岚在会后表示')).toContain('徐岚')
    expect(people('有超过万人参加了集会')).toEqual([])
  })
  it('takes the surname 周, and a name before 从 / 跟 (周伟从武汉出发), but not a weekday', () => {
    expect(people('9月30日晚，周伟从武汉驾车出发')).toContain('周伟')
    expect(people('周末从武汉驾车出发')).toEqual([])
  })
  it('does not take common words the segmenter tags as names', () => {
    expect(people('韩朝两国今天同意重启会谈')).toEqual([])
    expect(people('市民向获奖者送上祝福')).toEqual([])
  })
})

describe('a second name in brackets', () => {
  it('makes the bracketed name an alias used alone later', () => {
    expect(article(['作家林振华（林华）上周被捕。', '检方对林华提起公诉。'])).toContain('林华=林振华')
  })
  it('does not take a bracketed place or a Latin gloss for an alias', () => {
    expect(article(['作家林振华（北京）上周被捕。']).filter((r) => r.startsWith('北京='))).not.toContain('北京=林振华')
    expect(sentenceCandidates('作家林振华（林华）上周被捕').filter((c) => c.aliasOf).map((c) => c.aliasOf)).toEqual(['林振华'])
  })
})

describe('dotted names that end an institution or a clause', () => {
  it('names the institution a dotted name opens, not a person', () => {
    const c = sentenceCandidates('根据乔治·华盛顿大学的统计')
    expect(c.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual([])
    expect(c.map((x) => x.name)).toContain('乔治·华盛顿大学')
  })
  it('keeps the person when the institution word comes after a phrase', () => {
    expect(people('乔治·华盛顿说，大学应当开放')).toContain('乔治·华盛顿')
  })
  it('cuts 因 that opens the next clause off the name', () => {
    expect(people('埃迪·罗德里格斯因涉嫌袭击被捕')).toContain('埃迪·罗德里格斯')
    expect(people('安娜·盖兹因发现黑洞而获奖')).toEqual(['安娜·盖兹'])
    expect(people('卡尔·克莱因发表声明，而且')).toEqual(['卡尔·克莱因'])
  })
  it('a verb before the institution word makes it a sentence, not an institution (…因发现黑洞而获奖)', () => {
    expect(sentenceCandidates('安娜·盖兹因发现黑洞而获奖').filter((x) => x.kind === 'organization')).toEqual([])
  })
  it('leaves out a character the segmenter glued to the name from the words before (而乔·拜登, 和丽娜·曼德尔, 以阿沛·阿旺晋美为首)', () => {
    expect(people('而乔·拜登则表示')).toEqual(['乔·拜登'])
    expect(people('和丽娜·曼德尔')).toEqual(['丽娜·曼德尔'])
    expect(people('以阿沛·阿旺晋美为首')).toEqual(['阿沛·阿旺晋美'])
  })
  it('leaves out the end of a verb before a name the segmenter knows (抵达沃尔特·里德…), not a name\'s own first syllable (安/v 德拉·吉莱斯皮)', () => {
    const orgs = sentenceCandidates('特朗普周五晚间抵达沃尔特·里德国家军事医学中心。').filter((x) => x.kind === 'organization').map((x) => x.name)
    expect(orgs).toEqual(['沃尔特·里德国家军事医学中心'])
    expect(people('埃默里大学政治学副教授安德拉·吉莱斯皮说')).toEqual(['安德拉·吉莱斯皮'])
  })
  it('keeps a given name the segmenter cut in two before the dot (安德烈/娅)', () => {
    expect(people('学者安德烈娅·盖兹获奖')).toEqual(['安德烈娅·盖兹'])
  })
})

describe('organisations glossed with an acronym', () => {
  it('keeps 与 inside the name and uses the known acronym for the id', () => {
    const c = sentenceCandidates('根据美国疾病预防与控制中心(CDC)的数据').filter((x) => x.kind === 'organization')
    expect(c.map((x) => [x.text, x.name])).toEqual([['美国疾病预防与控制中心', '美国疾控中心']])
  })
  it('still stops at 和 after a pronoun', () => {
    expect(sentenceCandidates('他和无国界医生组织（MSF）合作').filter((x) => x.kind === 'organization').map((x) => x.text)).toEqual(['无国界医生组织'])
  })
  it('keeps 与 or 和 inside the name when the gloss joins two words with and', () => {
    const orgs = (s: string) => sentenceCandidates(s).filter((x) => x.kind === 'organization').map((x) => x.text)
    expect(orgs('美国反谍报与安全中心(Counterintelligence and Security Center)周一表示')).toEqual(['美国反谍报与安全中心'])
    expect(orgs('纽约市健康和心理卫生局(Department of Health and Mental Hygiene)表示')).toEqual(['纽约市健康和心理卫生局'])
    expect(orgs('他和心理卫生局(Department of Mental Hygiene)合作')).toEqual(['心理卫生局'])
  })
})

describe('pronouns in subject position', () => {
  it('prefer the last subject over a later object or place-like name', () => {
    expect(article(['部长王立明向记者林振华介绍了计划。', '他随后离开了会场。'])).toContain('他=王立明')
  })
  it('do not stand for a person named after them in their own clause', () => {
    expect(article(['州长王立明会见了市长林振华。', '他批评林振华拖延工程。'])).toContain('他=王立明')
  })
  it('still let a possessive or an embedded subject point at the clause subject', () => {
    expect(article(['部长林振华说他感到满意。'])).toContain('他=林振华')
    expect(article(['市长林振华和他的助手抵达。'])).toContain('他=林振华')
  })
  it('after a verb the pronoun is an object and takes the nearest person', () => {
    expect(article(['部长王立明会见了市长林振华，称赞他治理有方。'])).toContain('他=林振华')
  })
})

describe('a title inside another word', () => {
  it('主席国 (the country chairing a body) and 代表团 name no person', () => {
    expect(sentenceCandidates('担任东盟轮值主席国的越南周三表示').filter((c) => c.kind === 'person')).toEqual([])
    expect(sentenceCandidates('该国主席周三表示').filter((c) => c.kind === 'person').map((c) => c.name)).toEqual(['主席'])
  })
})

describe('an office that names a person the article knows', () => {
  it('resolves to that person only, not also to the country', () => {
    expect(article(['朝鲜领袖金正恩周二抵达。', '周五，朝鲜领导人返回。']).filter((r) => r.startsWith('朝鲜领导人='))).toEqual(['朝鲜领导人=金正恩'])
  })
})

describe('unknown words after a title', () => {
  it('take a word the segmenter does not know before a time or a verb', () => {
    expect(people('泰国总理巴育周二表示')).toContain('巴育')
    expect(people('日本官房长官加藤胜信周二表示')).toContain('加藤胜信')
  })
  it('know Korean ministers (长官), analysts and commentators (分析员, 时评人), and the head of an exile government (司政)', () => {
    expect(people('韩国国防部长官金相浩周三表示')).toEqual(['金相浩'])
    expect(people('研究所的分析员朴成民对记者说')).toEqual(['朴成民'])
    expect(people('独立时评人许文明周三说')).toEqual(['许文明'])
    expect(people('流亡政府司政多吉扎西周三表示')).toEqual(['多吉扎西'])
    expect(people('国防部长官周三表示')).toEqual([])
  })
  it('know occupations news puts before a name (教师, 收藏家, 物理学家, 设计师), not the occupation alone', () => {
    expect(people('北京语言大学教师刘强周三去世')).toEqual(['刘强'])
    expect(people('物理学家彭罗斯周三获奖')).toEqual(['彭罗斯'])
    expect(people('时装设计师马洛尼周三道歉')).toEqual(['马洛尼'])
    expect(people('教师周三表示')).toEqual([])
  })
  it('know a representative (驻美代表) by the title, but not a delegation (代表团) or the verb (代表政府)', () => {
    expect(people('驻美代表萧美琴周三说')).toEqual(['萧美琴'])
    expect(people('代表团周三抵达')).toEqual([])
    expect(people('部长代表政府发言')).toEqual([])
  })
  it('do not take a phrase opened by an adverb or a passive (均会, 获邀)', () => {
    expect(people('两国外长均会出席记者会')).toEqual([])
    expect(people('港澳两地特首获邀出席后天的庆祝大会')).toEqual([])
  })
})

describe('Chinese names the segmenter glues or does not know', () => {
  it('a name glued to the conjunction after it (李予/信及) keeps its last character', () => {
    expect(people('包括区议员李予信及梁晃维')).toContain('李予信')
  })
  it('an unknown three-character word opening with a surname and followed by a verb is a name', () => {
    expect(sentenceCandidates('他的妻子施明磊告诉记者').map((c) => c.name)).toContain('施明磊')
    expect(sentenceCandidates('他的妻子施明磊的手机').map((c) => c.name)).toContain('施明磊')
  })
})

describe('titles and surnames of Chinese, Hong Kong and Taiwanese politics', () => {
  it('takes the name after 书记, 立委, 行政院长 and 立法会议员, with less common surnames', () => {
    expect(people('湖北书记应明远3月8日出面')).toContain('应明远')
    expect(people('台湾民进党立委樊定宇则劝告民众')).toContain('樊定宇')
    expect(people('台湾行政院长王建国表示')).toContain('王建国')
  })
})

describe('names the segmenter cuts into pieces that are not names', () => {
  it('after a title: a surname and what follows, up to 的 or punctuation (许章/m 伟/zg 的)', () => {
    expect(people('大学前教授许章伟的学生')).toContain('许章伟')
  })
  it('after a person noun ending in 人 (媒体人, 负责人), which the segmenter then keeps whole instead of gluing 人 to the name', () => {
    expect(people('北京独立媒体人高瑾接受采访时说')).toContain('高瑾')
    expect(people('书店负责人张明麦因销售书籍被判刑')).toContain('张明麦')
    expect(people('当事人表示不满')).toEqual([])
  })
  it('a business run by someone (经营者) or a campaign started by someone (发起人) introduces a name, even one whose start the segmenter reads as a pronoun (何方/r 美)', () => {
    expect(people('警方拘捕了出版公司经营者耿潇男，她曾出版多本书')).toContain('耿潇男')
    expect(people('维权团体发起人何方美，多次带女儿上访')).toContain('何方美')
    expect(people('团体发起人何时，多次上访')).toEqual([])
    expect(people('公司经营者表示不满')).toEqual([])
  })
  it('a name the segmenter glued to 则 or 也 after it (立委陈柏惟则/x 说), and one followed by a second title (校长詹静思牧师说)', () => {
    expect(people('台湾基进党立委陈柏惟则说，上个会期他质询过')).toContain('陈柏惟')
    expect(people('圣母大学校长詹静思牧师说，检测结果呈阴性')).toContain('詹静思')
    expect(people('圣母大学校长詹静思牧师说，检测结果呈阴性')).not.toContain('詹静思牧师')
  })
  it('after the titles of a ship, an institute, a firm, a team, a freelance writer and an expert (舰长, 所长, 社长, 组长, 撰稿人, 专家)', () => {
    expect(people('前海军舰长吕礼诗接受访问表示')).toContain('吕礼诗')
    expect(people('著名自由撰稿人黄柏彰告诉本台')).toContain('黄柏彰')
    expect(people('两岸关系研究所所长朱松岭在接受采访时表示')).toContain('朱松岭')
    expect(people('中国问题专家葛来仪(Bonnie S. Glaser)说')).toContain('葛来仪')
    expect(people('专家称疫情仍在扩散')).toEqual([])
  })
  it('a surname less common than the segmenter knows (研究员储/zg 朝晖, 执行长颜建/x 发则)', () => {
    expect(people('中国教育科学研究院研究员储朝晖也认为')).toContain('储朝晖')
    expect(people('台湾民主基金会副执行长颜建发则表示')).toContain('颜建发')
  })
  it('a surname the segmenter reads as a preposition when an unknown given name follows (教授向/p 松祚/x)', () => {
    expect(people('中国人民大学教授向松祚在接受媒体采访时说')).toContain('向松祚')
    expect(people('大学教授向记者表示')).toEqual([])
    expect(people('一名不愿透露姓名的教师向本台表示')).toEqual([])
  })
  it('no person in the title of a work (《柳叶刀》, 《麦卡伦国内安全法》), nor before a lower-case gloss (约鲁巴（the Yoruba tribe）)', () => {
    expect(people('他在医学杂志《柳叶刀》上发表文章')).toEqual([])
    expect(people('美国国会通过的《麦卡伦国内安全法》就规定')).toEqual([])
    expect(people('她是西非部落约鲁巴（the Yoruba tribe）人的一位公主')).toEqual([])
    expect(people('柳叶刀周二在会上发言')).toEqual(['柳叶刀'])
  })
  it('not a common word the segmenter tags as a name (道德/nr)', () => {
    expect(people('人民今天需要同样的道德见证')).toEqual([])
  })
  it('not a verb the segmenter took for a name, which an aspect marker shows (律师陈述/nr 了)', () => {
    expect(people('律师陈述了案情')).toEqual([])
    expect(people('律师陈明远周二表示')).toContain('陈明远')
    expect(people('记者李明了解到情况')).toContain('李明')
  })
  it('a name after a title whose last character the segmenter glued to the speech verb (祝圣/武说, 李/明说)', () => {
    expect(people('律师祝圣武说，他会继续上诉')).toContain('祝圣武')
    expect(people('记者李明说，现场很乱')).toContain('李明')
    expect(people('律师祝圣武表示，他会继续上诉')).toContain('祝圣武')
  })
  it('not a common word the segmenter\'s dictionary tags as a name (高昂, 高峰), unless it acts or follows a title', () => {
    expect(people('他们为此付出了高昂代价')).toEqual([])
    expect(people('旅游高峰期间游客众多')).toEqual([])
    expect(people('周伟说，他会继续上诉')).toContain('周伟')
    expect(people('记者周伟报道了此事')).toContain('周伟')
    expect(people('苏菲回到了家乡')).toContain('苏菲')
  })
  it('not a time, a pronoun or a word it knows after a title (局长周二说, 教授高度评价)', () => {
    expect(people('这名警察局长周二说，现场情况稳定。')).toEqual([])
    expect(people('该校教授高度评价此事')).toEqual([])
  })
  it('an unknown word opening with a surname before 女士 or 先生 (岑芷明/x 女士), also in two pieces (葛潇/x 男/n)', () => {
    expect(people('法国汉学家岑芷明女士对人们说')).toContain('岑芷明')
    expect(people('图为葛潇男女士与友人。')).toContain('葛潇男')
    expect(people('图为某些女士与友人。')).toEqual([])
  })
  it('a given name the segmenter calls a place, when the person speaks (王/nr 美兰/ns 表示); not a place we know', () => {
    expect(people('教师同盟成员王美兰表示')).toContain('王美兰')
    expect(people('教师同盟成员王北京表示')).not.toContain('王北京')
  })
  it('before a personal gloss: a word the segmenter does not know (佛奇/x), or a surname it starts a word with (万/m 德山)', () => {
    expect(people('知名病毒学家佛奇（Anthony Fauci）批评了集会')).toContain('佛奇')
    expect(people('通讯员万德山（Nathan VanderKlippe）发布了视频')).toContain('万德山')
    expect(people('她此前在廷巴克图（Timbuktu）教书')).toEqual([])
  })
})

describe('names in Latin letters inside Chinese text', () => {
  it('two or more capitalised words right before a speech verb are a person (研究人员Robert Jackson表示)', () => {
    expect(people('大学地球系统研究人员Anna Kovac表示，排放正在上升。')).toContain('Anna Kovac')
  })
  it('an institution with its head word, not a person; not a place; not one word alone', () => {
    expect(sentenceCandidates('Human Rights Watch表示，情况恶化').filter((c) => c.kind === 'organization').map((c) => c.name)).toContain('Human Rights Watch')
    expect(people('他在New York说')).not.toContain('New York')
    expect(people('研究人员Kovac表示')).not.toContain('Kovac')
  })
})

describe('names glossed as transcribed by sound (（音）)', () => {
  it('the surname and given name before the gloss, after a qualifier or 的', () => {
    expect(people('她2017年与同为24岁的高中恋人窦家豪（音）结婚')).toContain('窦家豪')
    expect(people('一家公益机构的冯媛（音）说')).toContain('冯媛')
    expect(people('30岁的秋天（音）表示，她不会去看')).toContain('秋天')
  })
  it('nothing without the gloss', () => {
    expect(people('30岁的秋天表示，她不会去看')).toEqual([])
  })
})

describe('names listed after a title', () => {
  it('each name after 、 shares the title (研究员黄子为、郭桦), and a last character read as a preposition stays in the name', () => {
    const found = people('研究所副研究员黄子为、郭桦周三在《明报》撰文')
    expect(found).toContain('黄子为')
    expect(found).toContain('郭桦')
    expect(people('官员王明、刘强周三说')).toEqual(expect.arrayContaining(['王明', '刘强']))
  })
  it('not a list of things after a name (研究员王明、研究所和大学)', () => {
    expect(people('研究员王明、研究所和大学都表示')).toEqual(['王明'])
  })
})

describe('words the segmenter does not know after a title that are no names', () => {
  it('an unknown word opening with neither a surname nor a transliteration character (官员立规/x, 校长研商/x, 神父因不愿/x)', () => {
    expect(people('为中共和官员立规。')).toEqual([])
    expect(people('四所大学的校长研商半导体人才培育计划')).toEqual([])
    expect(people('地下教会团体的神父因不愿加入爱国会而被捕')).toEqual([])
    expect(people('前驻英国副大使太永浩（Thae Yong-ho）表示')).toContain('太永浩')
    expect(people('他接受好友藏族诗人、作家唯色的访问时说')).toContain('唯色')
  })
  it('a title that qualifies the name through 的 (共和党主席的叶望辉（Stephen Yates）)', () => {
    expect(people('目前任艾奥华州共和党主席的叶望辉 (Stephen Yates)表示')).toContain('叶望辉')
  })
})

describe('words the segmenter tags as names that are quantities or phrases', () => {
  it('a common word the segmenter tags as a transliterated name (纳米/nrt)', () => {
    expect(people('他是纳米电子领域的领军人物')).toEqual([])
  })
  it('before a number (多达/nrt 万人, 史坦普/nr 500指数) and a three-character phrase ending in a function word (屈服于/nr)', () => {
    expect(people('多达万人参加了集会')).toEqual([])
    expect(people('史坦普500指数下跌47点')).toEqual([])
    expect(people('他说台湾不会屈服于压力')).toEqual([])
  })
  it('not a name before an ordinal of reigns (爱德华七世) or a name that acts', () => {
    expect(people('爱德华七世曾在此居住').join()).toContain('爱德华')
    expect(people('任志强说，他不会认罪')).toContain('任志强')
  })
})

describe('world cities the segmenter takes for people', () => {
  it('are places (卡拉奇, 苏黎世, 斯德哥尔摩), not people', () => {
    expect(people('卡拉奇周一发生爆炸')).toEqual([])
    expect(people('苏黎世的一家银行周二表示')).toEqual([])
    expect(people('斯德哥尔摩环境研究所的学者说')).toEqual([])
  })
})

describe('Japanese names, whose family names are no Chinese surnames', () => {
  it('after a title, up to a verb, a time or a gloss (社长大川正树直言, 教授石田秀次郎（Hidejiro Ishida）, 外相岸明夫9月)', () => {
    expect(people('公司社长大野晃一直言，没有补助就不会回来')).toContain('大野晃一')
    expect(people('庆应大学的经济学教授石田秀次郎(Hidejiro Ishida)说')).toContain('石田秀次郎')
    expect(people('日本前外相森敏雄9月20日访台')).toContain('森敏雄')
    expect(people('防卫大臣岸信夫表示')).toContain('岸信夫')
  })
  it('before a Latin gloss without a title (副代表横田晃（Akira Yokota）)', () => {
    expect(people('交流协会副代表横田晃（Akira Yokota）也出席了')).toContain('横田晃')
  })
  it('not a family name alone, nor a word that only opens like one (社长大山在会上说, 外相森林资源)', () => {
    expect(people('社长大山在会上说')).toEqual([])
    expect(people('日本外相森林资源丰富的说法')).toEqual([])
  })
})

describe('titles of a bank, a council and an organiser', () => {
  it('行长, 主委, 理事长, 总经理, 组织者 introduce the name after them', () => {
    expect(people('中国央行行长易刚近期发表文章')).toContain('易刚')
    expect(people('大陆委员会主委陈明达受访表示')).toContain('陈明达')
    expect(people('基金会的总经理斯特凡·韦伯说')).toEqual(['斯特凡·韦伯'])
    expect(people('民权活动组织者黄友德说')).toContain('黄友德')
  })
  it('a Tibetan name after a title, which the segmenter cuts in two (理事长扎西次仁)', () => {
    expect(people('人权连线理事长扎西次仁在记者会上表示')).toContain('扎西次仁')
    expect(people('人权连线理事长索朗旺堆在记者会上表示')).toContain('索朗旺堆')
    expect(people('协会理事长扎西说')).toContain('扎西')
  })
  it('the title alone names nobody', () => {
    expect(people('央行行长周一表示')).toEqual([])
  })
})

describe('places the segmenter tags as names', () => {
  it('a word ending in an administrative unit (宫城县/nr) is a place', () => {
    expect(people('在宫城县的工厂里')).toEqual([])
  })
})

describe('public figures of history and religion', () => {
  it('周恩来 and 达赖喇嘛, which the segmenter does not tag, are people', () => {
    expect(people('像周恩来当时是二把手，也不敢表态')).toContain('周恩来')
    expect(people('第十四世达赖喇嘛通过视频对信众讲法')).toContain('达赖喇嘛')
  })
})

describe('a name the segmenter glued to the speech verb after it', () => {
  it('ends before 说 or 称 (副院长严宗泽说/x, 研究员盛宏说/x, 分析师钱达称/x)', () => {
    expect(people('“不会有附加条件，”研究院常务副院长严宗泽说。')).toEqual(['严宗泽'])
    expect(people('研究员盛宏说，这不可能')).toEqual(['盛宏'])
    expect(people('分析师钱达称，股价会涨')).toEqual(['钱达'])
  })
})

describe('common words the segmenter tags as names', () => {
  it('the rest of a life (余生), customers (顾客), honorary (荣誉教授) name nobody', () => {
    expect(people('她的余生在纽约度过')).toEqual([])
    expect(people('政府的新规定导致顾客等到最后再做决定')).toEqual([])
    expect(people('大学荣誉教授王建国接受采访时说')).toEqual(['王建国'])
  })
  it('nor do a microphone, a marathon, grandparents or Montana (麦克风, 马拉松, 祖父母, 蒙大拿)', () => {
    expect(people('探测器都配备了麦克风，记录了声音')).toEqual([])
    expect(people('经过马拉松谈判，两国终于达成停火')).toEqual([])
    expect(people('移民部重新开放父母祖父母移民申请')).toEqual([])
    expect(people('感染者主要集中于蒙大拿、内布拉斯加')).toEqual([])
  })
})

describe('common words whatever pattern takes them for a name or a body', () => {
  it('a superpower, foreign or the company are no bodies (超级大国, 外国, 公司), though 该公司 still refers back', () => {
    const orgs = (s: string) => sentenceCandidates(s).filter((x) => x.kind === 'organization' && !x.coref).map((x) => x.text)
    expect(orgs('美中两个对立的超级大国卷入了贸易纠纷')).toEqual([])
    expect(orgs('外国行为者正在把目标对准两大话题')).toEqual([])
    expect(sentenceCandidates('该公司计划在明年宣布决定').filter((x) => x.coref === 'organization').map((x) => x.text)).toEqual(['该公司'])
  })
})

describe('places the segmenter cuts short and calls people', () => {
  it('a name before the last syllables of a place and its kind is the place (兰萨罗/nr 特岛, 乌斯秋尔特/nr 高原)', () => {
    expect(people('但兰萨罗特岛还面临着其他威胁')).toEqual([])
    expect(people('每年到乌斯秋尔特高原旅游的人寥寥可数')).toEqual([])
  })
})

describe('where a name ends', () => {
  it('a name whose last character the segmenter read as a verb, right before the verb of the clause (议员王国/ns 兴/v 接受)', () => {
    expect(people('立法会议员王国兴接受香港媒体访问时批评')).toEqual(['王国兴'])
  })
  it('某 keeps a person anonymous and ends the name (唐某于9月14日…, 唐某据报道…)', () => {
    expect(people('警方说，唐某于9月14日被公安机关挡获归案')).toEqual(['唐某'])
    expect(people('由于找不到她，唐某据报道还殴打了她的姐姐')).toEqual(['唐某'])
  })
  it('a time glued to a two-character name after a title is the time (医生康利上周六…)', () => {
    expect(people('白宫医生康利上周六发布简短声明')).toEqual(['康利'])
  })
  it('a gloss naming a project, trust or fund is a body, not a person (南方计画（Project South）)', () => {
    const orgs = (s: string) => sentenceCandidates(s).filter((x) => x.kind === 'organization').map((x) => x.text)
    expect(orgs('包括南方计画（Project South）在内的团体')).toEqual(['南方计画'])
    expect(people('包括南方计画（Project South）在内的团体')).toEqual([])
  })
})

describe('a word after a title that is no name', () => {
  it('a verb with its aspect marker (人士高举着/l) or a set phrase is none, though it opens with a surname', () => {
    expect(people('抗议人士高举着被失踪者的照片')).toEqual([])
    expect(people('抗议人士高举着标语，研究员盛宏说，这不可能')).toEqual(['盛宏'])
  })
})

describe('titles of the church and words that qualify titles', () => {
  it('枢机 (cardinal) after a name makes it a person (陈日明枢机表示)', () => {
    expect(people('陈日明枢机周一对本台表示')).toEqual(['陈日明'])
  })
  it('荣休 or 候任 before a title is no name, whatever title comes before it (天主教荣休主教)', () => {
    expect(people('天主教香港教区荣休枢机主教陈日明上周三到访梵蒂冈')).toEqual(['陈日明'])
    expect(people('香港天主教荣休主教陈日明枢机苦笑着回答')).toEqual(['陈日明'])
  })
})

describe('a generation or reign after a dotted name', () => {
  it('ends the name before a gloss (拿破仑三世(Napoleon III), 亚利克斯·M·阿扎尔二世(Alex M. Azar II)), which is no person 三世', () => {
    expect(people('一名法国人送给了拿破仑三世(Napoleon III)一件礼物')).toEqual(['拿破仑三世'])
    expect(people('部长亚利克斯·M·阿扎尔二世(Alex M. Azar II)说')).toEqual(['亚利克斯·M·阿扎尔二世'])
  })
  it('is part of the name (肯尼斯·T·库奇内利二世), not a century (二世纪)', () => {
    expect(people('该部门二号人物肯尼斯·T·库奇内利二世(Kenneth T. Cuccinelli II)还曾下令')).toContain('肯尼斯·T·库奇内利二世')
    expect(people('约翰·史密斯二世纪以来的研究')).toEqual(['约翰·史密斯'])
  })
})

describe('kin before a name, as rights reports name a family', () => {
  it('妻子, 母亲 … introduce the name after them, even one the segmenter glued to 对 (何方/r 美对/x 本台)', () => {
    expect(people('李新的妻子何方美对本台说，她去年被抓捕入狱')).toContain('何方美')
    expect(people('测量员的母亲陈茵（Yin Chan，音）说')).toContain('陈茵')
  })
  it('a kin word alone names nobody', () => {
    expect(people('他的妻子说，丈夫被带走了')).toEqual([])
  })
})

describe('two dotted names in one run before a gloss', () => {
  it('the gloss names the last one only (凯蒂·米勒是迈克·彭斯（Mike Pence）)', () => {
    expect(people('据悉凯蒂·米勒是迈克·彭斯（Mike Pence）的助手')).toEqual(['凯蒂·米勒', '迈克·彭斯'])
    expect(people('据悉约翰·D·克莱门斯(John D. Clemens)认为')).toEqual(['约翰·D·克莱门斯'])
  })
})

describe('words the segmenter tags as names that are festivals or institutions', () => {
  it('a festival (万圣节/nr) is no person', () => {
    expect(people('西方万圣节期间他还要留在舞台上')).toEqual([])
  })
  it("a dotted name that runs into an institution's head (尼克松图书馆) names the institution", () => {
    expect(people('他7月在理查德·尼克松图书馆发表演讲')).toEqual([])
    expect(sentenceCandidates('他7月在理查德·尼克松图书馆发表演讲').filter((c) => c.kind === 'organization').map((c) => c.name).join()).toContain('尼克松图书馆')
  })
})

describe('monarchs, royals and people named by what they are', () => {
  it('国王 and 王储 introduce the name after them', () => {
    expect(people('现年80岁的国王哈马德在视频中将邻国描述为威胁')).toEqual(['哈马德'])
    expect(people('王储纳瓦夫随后宣誓继位')).toContain('纳瓦夫')
  })
  it('a scholar of any discipline, or a 知识分子, introduces a name, which ends before 问', () => {
    expect(people('人类学家费思远就撰文指出')).toEqual(['费思远'])
    expect(people('动物学家骆明轩周三表示')).toEqual(['骆明轩'])
    expect(people('他的好友、知识分子韩明达问他为何回国')).toEqual(['韩明达'])
  })
  it('a rare surname opens a name after a title (学者奚明远)', () => {
    expect(people('财经学者奚明远更预测，人民币将升值')).toEqual(['奚明远'])
  })
  it('a title inside a name the gazetteer spells whole (教皇方济各) stands for nobody else', () => {
    expect(people('但教皇方济各拒绝会见他')).toEqual(['教皇方济各'])
    expect(corefs('但教皇方济各拒绝会见他')).toEqual(['他'])
  })
  it('皇后 is no title: 皇后区 is a borough', () => {
    expect(people('纽约皇后区公共图书馆举办图片展')).toEqual([])
  })
})

describe('names in a list of people', () => {
  it('a name the segmenter cut, between names of the list or after one, is a person (邹家/nrfg 成/n)', () => {
    expect(people('马英九、邹家成、朱凯迪同日下午陪同家属抗议')).toContain('邹家成')
    expect(people('还有吴伯雄、黄大洲、马英九等人出席')).toContain('黄大洲')
  })
  it('not a word the segmenter knows whole (黄金, 石油)', () => {
    expect(people('拜登、黄金和石油都是话题')).toEqual(['拜登'])
  })
  it('the first name of a list before a known one (的程渊、刘永泽) and the last one after 和 (…和吴葛健雄) are people', () => {
    expect(people('长沙某公益机构的程渊、刘永泽和吴葛健雄自去年被拘')).toEqual(['程渊', '刘永泽', '吴葛健雄'])
  })
  it('not a thing listed with a person (拜登和黄金储备)', () => {
    expect(people('媒体报道了拜登、马英九和黄金储备')).toEqual(['拜登', '马英九'])
  })
})
