import { describe, expect, it } from 'vitest'
import { sentenceCandidates } from '../sentence'

const orgs = (s: string) => sentenceCandidates(s).filter((c) => c.kind === 'organization' && !c.coref).map((c) => c.name)

describe('organisations named by a place and a head', () => {
  it('names courts and procuratorates with their rank and branch', () => {
    expect(orgs('杭州市第三中级人民法院周二开庭')).toContain('杭州市第三中级人民法院')
    expect(orgs('上海市人民检察院第一分院提起公诉')).toContain('上海市人民检察院第一分院')
  })
  it('names police and coast-guard bureaus', () => {
    expect(orgs('福建海警局昨天截获一艘渔船')).toContain('福建海警局')
    expect(orgs('广州市公安局发布通报')).toContain('广州市公安局')
  })
  it("names a city's police (德里警方, 深圳警方), which the bare-body rule would give to the dominant place", () => {
    expect(orgs('德里警方特别小组逮捕了嫌犯')).toContain('德里警方')
    expect(orgs('深圳警方在内地水域截获12人')).toContain('深圳警方')
    expect(orgs('警方在内地水域截获12人')).toEqual([])
  })
  it('names education bureaus and disease-control centres after their city', () => {
    expect(orgs('广州市教育局10月5日公布的数字显示')).toContain('广州市教育局')
    expect(orgs('杭州市疾控中心周一表示')).toContain('杭州市疾控中心')
  })
  it('names a company from the place to 有限公司', () => {
    expect(orgs('上海星河电子科技有限公司发表声明')).toContain('上海星河电子科技有限公司')
  })
  it('names a firm by its own name the segmenter does not know, with no place in front (荣盛/x 集团)', () => {
    expect(orgs('荣盛集团的股票上周大幅下跌')).toEqual(['荣盛集团'])
    expect(orgs('房地产开发商之一宏泰集团宣布裁员')).toEqual(['宏泰集团'])
    expect(orgs('泄露的文件显示，华信数据信息技术有限公司收集了资料')).toEqual(['华信数据信息技术有限公司'])
    expect(orgs('警方捣毁了一个犯罪集团')).toEqual([])
  })
  it('names universities and institutes after their city', () => {
    expect(orgs('西安外国语大学学生在宿舍集体喊楼')).toContain('西安外国语大学')
    expect(orgs('上海病毒研究所否认')).toContain('上海病毒研究所')
  })
  it('names institutes, universities and auction houses after a foreign name no list holds', () => {
    expect(orgs('卡迪夫大学的研究人员周一表示')).toContain('卡迪夫大学')
    expect(orgs('斯德哥尔摩环境研究所周一指出')).toContain('斯德哥尔摩环境研究所')
    expect(orgs('汉森拍卖行周一说')).toContain('汉森拍卖行')
  })
  it('names a city\'s maritime bureau (上海海事局)', () => {
    expect(orgs('上海海事局周三发布航行警告')).toEqual(['上海海事局'])
  })
  it('names museums, galleries and foundations after a foreign name, and courts of any branch (高等行政法院, 宪法法院)', () => {
    expect(orgs('卡尔森博物馆周一表示')).toEqual(['卡尔森博物馆'])
    expect(orgs('阿登纳基金会周一指出')).toEqual(['阿登纳基金会'])
    expect(orgs('明斯特高等行政法院周一裁定')).toEqual(['明斯特高等行政法院'])
    expect(orgs('德国联邦宪法法院周一裁定')).toEqual(['德国联邦宪法法院'])
    expect(orgs('该博物馆周一表示')).toEqual([])
  })
  it('names a province\'s or state\'s parliament and a federal ministry of immigration below their country', () => {
    expect(orgs('加拿大安大略省议会日前取消了升旗仪式')).toContain('加拿大安大略省议会')
    expect(orgs('加拿大联邦移民部周一宣布重新开放申请')).toContain('加拿大联邦移民部')
    expect(orgs('该议会周一表示')).toEqual([])
  })
  it('names a firm by a bare 公司 only after a foreign name, or a place with a word of its own between', () => {
    expect(orgs('泰晤士水公司周一表示')).toContain('泰晤士水公司')
    expect(orgs('伦敦公司周一表示')).toEqual([])
    expect(orgs('中国科技公司周一表示')).toEqual([])
  })
  it('an airline is named by its country (日本航空公司), which is not the actor', () => {
    expect(orgs('日本航空公司周一宣布')).toContain('日本航空公司')
  })
  it('joins a place to a committee the segmenter keeps as one word (下议院 + 国防委员会)', () => {
    expect(orgs('英国下议院国防委员会表示')).toEqual(['英国下议院国防委员会'])
  })
  it('names a committee of a chamber (众议院外交事务委员会)', () => {
    expect(orgs('由众议院外交事务委员会首席议员主持')).toContain('众议院外交事务委员会')
    expect(orgs('负责提名的参议院司法委员会安排在周一听证')).toContain('参议院司法委员会')
    expect(orgs('参议院周一开会')).toEqual([])
  })
  it('names an organisation an English gloss with its acronym follows (世界黄金协会（World Gold Council，缩写WGC）), but not a determiner and a head', () => {
    expect(orgs('世界黄金协会（World Gold Council， 缩写WGC）数据显示，全球黄金产量减少')).toContain('世界黄金协会')
    expect(orgs('世界黄金协会（World Gold Council, WGC）数据显示')).toContain('世界黄金协会')
    expect(orgs('这个协会（the association）的数据显示')).toEqual([])
  })
  it('names no committee or university without a place', () => {
    expect(orgs('该委员会表示')).toEqual([])
    expect(orgs('一所大学的教授说')).toEqual([])
  })
  it('names nothing without a place in front, nor a count before the head', () => {
    expect(orgs('该法院表示将择日宣判')).toEqual([])
    expect(orgs('这家公司称产品安全')).toEqual([])
    expect(orgs('巴西一家法院周三裁定').filter((n) => n.includes('一家'))).toEqual([])
  })
})

describe('organisations glossed with an acronym', () => {
  it('a whole organisation the segmenter knows before the acronym ends a list (各国当局和世界卫生组织（WHO）)', () => {
    const found = sentenceCandidates('法新社搜集各国当局和世界卫生组织（WHO）提供的数据做出统计').filter((c) => c.kind === 'organization')
    expect(found.map((c) => c.text)).toEqual(['世界卫生组织'])
  })
  it('an acronym of one country\'s body (CDC) does not make another country\'s (中国疾病预防控制中心) that body', () => {
    expect(orgs('中国疾病预防控制中心（CDC）周一表示')).toEqual(['中国疾病预防控制中心'])
    expect(orgs('疾病预防与控制中心（CDC）周一表示')).toEqual(['美国疾控中心'])
  })
})

describe('organisations glossed by an English name with a word of a firm or an outlet', () => {
  it('英佩游戏(Epic Games) is a company, not the person 游戏', () => {
    const found = sentenceCandidates('Cfius已联系了包括英佩游戏(Epic Games)在内的多家游戏公司')
    expect(found.filter((c) => c.kind === 'person').map((c) => c.name)).toEqual([])
    expect(found.filter((c) => c.kind === 'organization').map((c) => c.name)).toContain('英佩游戏')
  })
})

describe('abbreviations inside a longer word', () => {
  it('最高法 (China\'s Supreme People\'s Court) is no part of another country\'s 最高法院', () => {
    expect(orgs('参议院开始对最高法院大法官巴雷特举行听证会')).not.toContain('最高人民法院')
    expect(orgs('最高法周一发布司法解释')).toContain('最高人民法院')
  })
})

describe('seats of government known by their building', () => {
  it('names them as organisations', () => {
    expect(orgs('青瓦台周三发表声明')).toContain('青瓦台')
    expect(orgs('爱丽舍宫随后证实了消息')).toContain('爱丽舍宫')
  })
})

describe('rooms of a seat of government', () => {
  it('白宫的椭圆形办公室 is a room, not a sub-body; 联合国人权事务处 is a sub-body', () => {
    expect(orgs('总统返回白宫的椭圆形办公室')).toEqual(['白宫'])
    expect(orgs('联合国人权事务处周二表示')).toContain('联合国人权事务处')
  })
})

describe('organisations glossed with an acronym, after a time or an event verb', () => {
  it('the name starts after the time and the verb before it, and keeps a verb of its own', () => {
    expect(orgs('室长徐薰当天紧急召开国家安全保障会议（NSC）会议')).toContain('国家安全保障会议')
    expect(orgs('联合国减少灾害风险办公室（UNDRR）发布报告')).toContain('联合国减少灾害风险办公室')
  })
  it('a sub-body of an international organisation may have a long name, but no verb or time inside', () => {
    expect(orgs('联合国减少灾害风险办公室发布报告')).toContain('联合国减少灾害风险办公室')
    expect(orgs('联合国周二表示该委员会将开会')).toEqual(['联合国'])
  })
  it('no sub-body in the verb 部署 or a word like 好处 (在欧盟部署5G网络)', () => {
    expect(orgs('在欧盟部署5G网络时，确保安全很重要')).toEqual(['欧盟'])
    expect(orgs('他说联合国好处很多')).toEqual(['联合国'])
    expect(orgs('联合国难民署周二表示')).toContain('联合国难民署')
  })
  it('a glossed name longer than fourteen characters keeps the country that opens it whole', () => {
    expect(orgs('澳大利亚联邦科学与工业研究组织（CSIRO）发现')).toEqual(['澳大利亚联邦科学与工业研究组织'])
    expect(orgs('支持者聚集在美国沃尔特·里德国家军事医疗中心（Walter Reed National Military Medical Center）门外')).toContain('沃尔特·里德国家军事医疗中心')
  })
  it('not a common word the segmenter tags as a body (社会科学/nt, 非法组织/nt)', () => {
    expect(orgs('英国诺丁汉大学社会科学系助理教授周二说')).not.toContain('社会科学')
    expect(orgs('教师引用了涉及非法组织的材料')).toEqual([])
  })
  it('a foreign university the segmenter keeps as one word (诺丁汉大学/nz)', () => {
    expect(orgs('英国诺丁汉大学社会科学系助理教授傅洛达告诉本台')).toContain('诺丁汉大学')
    expect(orgs('他毕业于诺丁汉大学')).toEqual(['诺丁汉大学'])
  })
  it('knows universities by the short names news gives them (哈佛, 耶鲁, 清华)', () => {
    expect(orgs('但哈佛拒绝了这笔钱，耶鲁也是如此')).toEqual(['哈佛大学', '耶鲁大学'])
    expect(orgs('清华周一发表声明')).toEqual(['清华大学'])
  })
  it('knows the large telecom and technology companies', () => {
    expect(orgs('诺基亚和爱立信周三表示')).toEqual(['诺基亚', '爱立信'])
  })
  it("knows China's platforms and Hong Kong's and exiles' bodies by their short names (豆瓣, 民阵, 世维会)", () => {
    expect(orgs('豆瓣也禁止对该剧评分')).toEqual(['豆瓣'])
    expect(orgs('民阵在每年十一都会发起游行')).toEqual(['民间人权阵线'])
    expect(orgs('世维会发言人周二表示')).toEqual(['世界维吾尔代表大会'])
  })
})

describe('organisations named in Latin letters inside Chinese text', () => {
  it('after a word for a kind of organisation (提供商Proximus, 武装组织Jnim)', () => {
    expect(orgs('比利时最大的移动通讯网络提供商Volantis宣布合作')).toContain('Volantis')
    expect(orgs('当地的武装组织Kel Amar的长期谈判')).toContain('Kel Amar')
  })
  it('after a kind of medium, brand or league as after a kind of firm (媒体Volantis, 联盟KAL)', () => {
    expect(orgs('美国媒体Volantis去年底援引消息人士称')).toContain('Volantis')
    expect(orgs('央视恢复转播美国职业篮球联盟KAL的比赛')).toContain('KAL')
    expect(orgs('美国媒体去年底援引消息人士称')).toEqual([])
  })
  it('a name that ends in its own kind (Gallery, Works, Partners), anywhere in the sentence', () => {
    expect(orgs('Volantis Gallery周三要求赔偿')).toEqual(['Volantis Gallery'])
    expect(orgs('海报由Kel Amar Works设计')).toEqual(['Kel Amar Works'])
    expect(orgs('他在Volantis Store周三买了手机')).toEqual([])
    expect(orgs('某画廊（Volantis Gallery）周三要求赔偿')).not.toContain('Volantis Gallery')
  })
  it('not a gloss in brackets, nor a Latin word after anything else', () => {
    expect(orgs('某网络提供商（Volantis）宣布合作')).not.toContain('Volantis')
    expect(orgs('他周一在Twitter上宣布')).not.toContain('Twitter')
  })
  it('with the name the gazetteer gives a known acronym (经济合作暨发展组织 = OECD = 经合组织)', () => {
    expect(orgs('国际组织OECD今天承认')).toContain('经合组织')
  })
})

describe('organisations with no place in their name that open their clause and act', () => {
  it('a run of nouns ending with 协会 or 委员会 before a verb (国际艾滋病协会说, 全国辩论委员会还将…改为)', () => {
    expect(orgs('国际艾滋病协会说，治愈是可能的')).toContain('国际艾滋病协会')
    expect(orgs('全国辩论委员会还将两位候选人的距离改为12英尺。')).toContain('全国辩论委员会')
    expect(orgs('总统候选人辩论组委会周四宣布改为线上辩论。')).toContain('总统候选人辩论组委会')
  })
  it('not a head word alone, nor a run that does not act', () => {
    expect(orgs('该委员会表示不满')).toEqual([])
    expect(orgs('他曾加入国际艾滋病协会。')).not.toContain('国际艾滋病协会')
  })
  it('a verb-noun may sit between a place and a head (中国/ns 旅游/vn 研究院)', () => {
    expect(orgs('中国旅游研究院预测')).toContain('中国旅游研究院')
  })
})

describe("a region's, a city's or a district's government and prosecutors", () => {
  it('当局, 市府, 区政府 and 地检署 after a place the segmenter knows', () => {
    expect(orgs('新疆当局自2017年起大规模收缴宗教书籍')).toContain('新疆当局')
    expect(orgs('渥太华市府早前已表示')).toContain('渥太华市府')
    expect(orgs('该计划由罗湖区政府与银行开展')).toContain('罗湖区政府')
    expect(orgs('台北地检署2日表示')).toContain('台北地检署')
  })
  it("a country's authorities stay its institution, however qualified (中国当局, 美国有关当局)", () => {
    expect(orgs('中国当局逮捕了他')).toEqual(['中国当局'])
    expect(orgs('美国有关当局表示')).toEqual([])
  })
})

describe('organisations glossed in Latin letters', () => {
  it('a name the gazetteer knows ends at the gloss: the whole name, not the part after 与 or 自由', () => {
    expect(orgs('经济合作与发展组织(Organization for Economic Cooperation and Development)周二说')).toEqual(['经合组织'])
    expect(orgs('他在保守派自由民主党(Liberal Democratic Party)的选举中获胜')).toEqual(['自民党'])
  })
  it('a newspaper group glossed as Newspapers (赫斯特报系(Hearst Newspapers)) is an organisation', () => {
    expect(orgs('包括赫斯特报系(Hearst Newspapers)在内的出版物')).toEqual(['赫斯特报系'])
  })
  it('starts after a passive or an adverb (周三就被众议院情报委员会(House Intelligence Committee)公布)', () => {
    expect(orgs('举报信周三就被众议院情报委员会(House Intelligence Committee)公布')).toEqual(['众议院情报委员会'])
  })
  it('the name after a word for a kind of firm (运动服装公司菲乐(Fila)), not a person glossed with two words', () => {
    expect(orgs('几小时后，运动服装公司菲乐(Fila)的官方帐户删除了帖子')).toEqual(['菲乐'])
    expect(orgs('科技公司员工王小明(Wang Xiaoming)说')).toEqual([])
  })
})

describe('a quoted name glossed in Latin letters', () => {
  it("is a body's after a word for a kind of body (人权团体「维斯纳」（Viasna）)", () => {
    expect(orgs('白俄罗斯人权团体「维斯纳」（Viasna）周二表示')).toContain('维斯纳')
    expect(orgs('美国研究咨询公司「地球之眼」（Eyes on Earth）发现')).toContain('地球之眼')
  })
  it('names a thing, not a body, with no such word before it or with a lower-case gloss', () => {
    expect(orgs('这枚炸弹被昵称为「高脚柜」（Tallboy）')).toEqual([])
    expect(orgs('欧盟执委会开始“范畴界定”（scoping exercise）作业')).not.toContain('范畴界定')
  })
  it('a programme, pact, vessel or week is no body, even glossed in capitals (“一带一路倡议”（BRI）, 极星号（Polarstern）)', () => {
    expect(orgs('中国的“一带一路倡议”（BRI）引发担忧')).toEqual([])
    expect(orgs('德国科考船极星号（POLARSTERN）周一返回')).toEqual([])
    expect(orgs('英国的政府通信总部（GCHQ）周一表示')).toContain('政府通信总部')
  })
  it('leaves no person behind inside the quotation (“坑卡斯特”(Concast), “麦哲伦号”(Magellan))', () => {
    const people = (s: string) => sentenceCandidates(s).filter((c) => c.kind === 'person' && !c.coref).map((c) => c.name)
    expect(people('总统还称其为“坑卡斯特”(Concast)，但他需要在电视台露面')).toEqual([])
    expect(people('1990年，“麦哲伦号”(Magellan)探测器进入金星轨道')).toEqual([])
    expect(people('卡斯特周二在电视台露面')).toEqual(['卡斯特'])
  })
})

describe('bodies named by a kind and a quoted name, firms and city bureaus', () => {
  it('人权组织“公民力量”, 政治团体“社会民主连线” (the gazetteer name where it has one)', () => {
    expect(orgs('美国人权组织“公民力量”于2月13日发起集体诉讼')).toContain('公民力量')
    expect(orgs('政治团体“社会民主连线”成员十多人抗议')).toEqual(['社民连'])
    expect(orgs('他说“公民力量”很重要')).toEqual([])
  })
  it('not words quoted after a bloc or consortium (七国集团“非常”遗憾, 联营集团“将与中国毫无关系”)', () => {
    expect(orgs('七国集团“非常”遗憾一些国家采取措施')).toEqual(['七国集团'])
    expect(orgs('他怎么能说新的联营集团“将与中国毫无关系”了')).toEqual([])
    expect(orgs('能源集团“蓝海资源”周二宣布')).toContain('蓝海资源')
    expect(orgs('公司「未来几周内」将开始招募6100人')).toEqual([])
  })
  it('a drug maker (长春长生药业) and a city bureau of culture (台北市文化局) after their place', () => {
    expect(orgs('长春长生药业因疫苗生产记录造假被查')).toContain('长春长生药业')
    expect(orgs('英国制药公司阿斯利康今天表示')).not.toContain('英国制药')
    expect(orgs('台北市文化局10月1日举办活动')).toContain('台北市文化局')
  })
})

describe('names inside a place word', () => {
  it('are part of the place (南京东路 holds 京东, 内蒙古 holds 蒙古, 南中国海 holds 中国)', () => {
    expect(orgs('我们在上海南京东路附近准备倡议')).toEqual([])
    expect(orgs('京东周一表示')).toEqual(['京东'])
  })
})
