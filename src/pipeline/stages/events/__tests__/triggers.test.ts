import { describe, expect, it } from 'vitest'
import { docOf, summary } from './helpers'

describe('首次: adverb or noun phrase', () => {
  it('首次 before a verb (he first tested positive) leaves the happening', () => {
    expect(summary(docOf(['总统马洛尼周四首次检测呈阳性。'], { 周四: '2024-03-07' }))).toEqual(['health:马洛尼'])
  })
  it('his first visit (的首次访问) only names a visit', () => {
    expect(summary(docOf(['外界关注马洛尼的首次访问。']))).toEqual([])
  })
})

describe('speech verbs the segmenter glues to a locative', () => {
  it('说 after 声明中 / 推特上 is still the statement', () => {
    expect(summary(docOf(['外长拉夫罗夫在周二的声明中说，局势稳定。'], { 周二: '2024-03-05' }))).toEqual(['statement:拉夫罗夫'])
  })
  it('a longer word ending in 说 is no speech verb (据说, 小说)', () => {
    expect(summary(docOf(['外长拉夫罗夫在读一本小说。']))).toEqual([])
  })
})

describe('the predicate of a clause, not the occasion framing it', () => {
  it('在…集会上说 is a statement, not the rally', () => {
    expect(summary(docOf(['总统马洛尼周六在选民集会上说，经济良好。'], { 周六: '2024-03-02' }))).toEqual(['statement:马洛尼'])
  })
  it('an occasion that ends its clause is still the event (在…举行的阅兵中，…)', () => {
    expect(summary(docOf(['周六，朝鲜在平壤举行的阅兵中，展示了导弹。'], { 周六: '2024-03-02' }))[0]).toMatch(/^military:/)
  })
  it('an event noun that comes to its end or high point (辩论落下帷幕, 辩论达到了高潮) took place; one only talked of did not', () => {
    expect(summary(docOf(['唯一一场副总统辩论周三晚落下帷幕。'], { 周三: '2024-03-06' }))[0]).toMatch(/^election:/)
    expect(summary(docOf(['这场辩论周三达到了高潮。'], { 周三: '2024-03-06' }))[0]).toMatch(/^election:/)
    expect(summary(docOf(['这场辩论引人关注。']))).toEqual([])
  })
  it('a parade by which a day is celebrated (以阅兵式庆祝) took place', () => {
    expect(summary(docOf(['朝鲜周六以阅兵式庆祝建党纪念日。'], { 周六: '2024-03-02' }))[0]).toMatch(/^military:/)
  })
})

describe('speakers and their objects', () => {
  it('denying an accusation (否认…的指控) is a statement', () => {
    expect(summary(docOf(['总统马洛尼周二否认受贿的指控。'], { 周二: '2024-03-05' }))).toEqual(['statement:马洛尼'])
  })
  it('a plan to attack (袭击…的计划) is still no attack', () => {
    expect(summary(docOf(['他们讨论了袭击议会的计划。'])).filter((s) => s.startsWith('attack'))).toEqual([])
  })
  it('a medium quoting someone\'s words (媒体引述…的话称) reports that person\'s statement', () => {
    expect(summary(docOf(['当地媒体引述总统马洛尼的话称，局势稳定。']))).toEqual(['statement:马洛尼'])
    expect(summary(docOf(['当地媒体称，局势稳定。']))).toEqual([])
  })
})

describe('verbs of happenings', () => {
  it.each([
    ['警方周二搜查了嫌犯的住所。', 'arrest'],
    ['这名记者周二被绑匪杀害。', 'death'],
    ['总统马洛尼周二宣誓，要保卫宪法。', 'statement'],
    ['总统马洛尼周二摘下了口罩。', 'other'],
    ['一辆客车周二与火车相撞。', 'disaster'],
    ['法院周二将异见人士马洛尼判刑8年。', 'court'],
    ['总统马洛尼周二向支持者发表演说。', 'statement'],
    ['外长马洛尼周二告知记者，会谈已结束。', 'statement'],
    ['总统马洛尼周二在采访中谈到贸易战。', 'statement'],
    ['总统马洛尼周二祝福病中的外长早日康复。', 'statement'],
    ['外长马洛尼周二检测了新冠，结果为阴性。', 'health'],
    ['世界银行周二公布的一项调查发现，贫困人口增加。', 'statement'],
    ['世卫组织周二预测，病例将增加。', 'statement'],
    ['诗人马洛尼周二赢得了今年的诺贝尔文学奖。', 'other'],
    ['三位科学家周二荣获诺贝尔物理学奖。', 'other'],
    ['公主马洛尼周二死于肺结核。', 'death'],
    ['苏富比周二拍卖了一颗钻石。', 'other'],
    ['警方周二拘押了两名嫌犯。', 'arrest'],
    ['部长马洛尼周二辞去了职务。', 'appointment'],
    ['博物馆周二展出了这对夫妇的收藏。', 'other'],
    ['这场瘟疫周二夺走了两千人的生命。', 'death'],
    ['海关周二查扣了13吨发制品。', 'sanction'],
    ['解放军军机周二两度又“扰”台湾西南空域。', 'military'],
    ['总统马洛尼和挑战者拉夫罗夫周二在辩论会上碰头。', 'meet'],
    ['2700名士兵周二缴械投降。', 'military'],
    ['两军周二展开了一场战役。', 'military'],
    ['居民周二听到从城西传来的炮声。', 'attack'],
    ['国会民主党周二采取相当强硬的立场。', 'statement'],
    ['皮尤研究中心是在6月10日进行的这次调查。', 'statement'],
    ['周二公布的一项调查显示，支持率下降。', 'statement'],
    ['演员马洛尼不久前正式收养了一名男孩。', 'other'],
    ['全国公务机关周二下半旗一天。', 'other'],
    ['主任马洛尼等人周二南下广东。', 'travel'],
    ['嫌犯周二用绳子把她勒死。', 'attack'],
    ['巴基斯坦周二在境内禁用TikTok。', 'sanction'],
    ['肯尼亚周二对进口二手服装征收每公斤4美元的关税。', 'trade'],
  ])('%s → %s', (text, type) => {
    expect(summary(docOf([text], { 周二: '2024-03-05' }))[0]?.split(':')[0]).toBe(type)
  })
})

describe('running totals are statistics, not happenings', () => {
  it('累计 / 截至目前 / 已导致 counts make no health or death events', () => {
    expect(summary(docOf(['截至目前，该国累计确诊病例超过300万，死亡人数超过5万。']))).toEqual([])
    expect(summary(docOf(['这种病毒已导致超过20万人丧生。']))).toEqual([])
  })
  it('a fact box line of figures (死亡人数： 906 | 死亡率：…) and a count noun (死亡人数, 感染率) make no events', () => {
    expect(summary(docOf(['死亡人数： 906 | 死亡率：每10万人里有8.5人死亡 | 感染病例总数： 109374']))).toEqual([])
    expect(summary(docOf(['全球记录的死亡总数刚刚超过100万。']))).toEqual([])
    expect(summary(docOf(['这名士兵周二在边境死亡。'], { 周二: '2024-03-05' }))).toEqual(['death:'])
  })
  it('质疑 is an accusation as a verb (拜登质疑…), not as a noun (受到质疑, 质疑声音)', () => {
    expect(summary(docOf(['拜登周二质疑特朗普的领导力。'], { 周二: '2024-03-05' }))[0]).toMatch(/^accusation:拜登/)
    expect(summary(docOf(['该报告的某些内容也受到质疑。']))).toEqual([])
    expect(summary(docOf(['学术界亦出现质疑声音。']))).toEqual([])
  })
  it('决定 is a decision taken as a verb (政府周三决定…), not as a noun or as "determine" (做出决定, 可以决定, 决定由谁)', () => {
    expect(summary(docOf(['英国政府周三决定放弃华为设备。'], { 周三: '2024-03-06' }))).toEqual(['other:英国政府+华为'])
    expect(summary(docOf(['英国政府迟迟未做出决定。']))).toEqual([])
    expect(summary(docOf(['欧盟支持英国政府的决定。'])).filter((e) => e.startsWith('other'))).toEqual([])
    expect(summary(docOf(['英国政府可以决定哪些企业可以运营。']))).toEqual([])
    expect(summary(docOf(['世贸组织周三举行投票，决定由谁担任总干事。'], { 周三: '2024-03-06' })).filter((e) => e.startsWith('other'))).toEqual([])
  })
  it('a count passing a mark is that day\'s health or death news; a running total is not, and a case count hides no 感染', () => {
    expect(summary(docOf(['巴西的确诊人数周六突破了1千万大关。'], { 周六: '2024-03-02' }))).toEqual(['health:巴西'])
    expect(summary(docOf(['周六巴西的死亡人数超过了15万。'], { 周六: '2024-03-02' }))).toEqual(['death:巴西'])
    expect(summary(docOf(['目前全球确诊人数已经超过3000万。']))).toEqual([])
    expect(summary(docOf(['疫情起源于周六检测出3名无症状感染病例。'], { 周六: '2024-03-02' }))).toEqual(['health:'])
  })
  it('a warship or military plane passing through a strait (穿越台湾海峡, 飞越) is a military move', () => {
    expect(summary(docOf(['美国空军一架军机周四上午穿越台湾海峡。'], { 周四: '2024-03-07' }))[0]).toMatch(/^military:/)
    expect(summary(docOf(['两艘军舰周四通过台湾海峡。'], { 周四: '2024-03-07' }))[0]).toMatch(/^military:/)
    expect(summary(docOf(['议会周四通过了预算。'], { 周四: '2024-03-07' })).filter((e) => e.startsWith('military'))).toEqual([])
  })
  it('炮轰 and 怒斥 (lambast) are accusations', () => {
    expect(summary(docOf(['彭斯周三炮轰拜登软弱。'], { 周三: '2024-03-06' }))).toEqual(['accusation:彭斯+拜登'])
    expect(summary(docOf(['拜登周三怒斥特朗普。'], { 周三: '2024-03-06' }))).toEqual(['accusation:拜登+特朗普'])
  })
  it('a court hearing a case, a sale and a product put on the market are happenings', () => {
    expect(summary(docOf(['联邦法庭周一开始审理这一案件。'], { 周一: '2024-03-04' }))).toEqual(['court:'])
    expect(summary(docOf(['美国周一宣布向台湾出售武器。'], { 周一: '2024-03-04' })).some((e) => e.startsWith('trade:美国'))).toBe(true)
    expect(summary(docOf(['这款净化器3月上市。'], { '3月': '2024-03-01' }))).toEqual(['other:'])
  })
  it('the victims of one accident still die in it', () => {
    expect(summary(docOf(['周二，一辆客车坠河，至少17人丧命。'], { 周二: '2024-03-05' }))).toContain('death:')
  })
})

describe('the main predicate of a clause', () => {
  it('a reporting verb first makes the clause a statement; the action is what was said', () => {
    expect(summary(docOf(['外长拉夫罗夫周二证实该记者已被逮捕。'], { 周二: '2024-03-05' }))[0]).toMatch(/^statement:拉夫罗夫/)
  })
  it('a saying that condemns (表示强烈谴责) is the accusation itself', () => {
    expect(summary(docOf(['外长拉夫罗夫周二表示强烈谴责这次袭击。'], { 周二: '2024-03-05' }))[0]).toMatch(/^accusation:拉夫罗夫/)
  })
  it('宣布 is performative: 宣布停火 stays the ceasefire', () => {
    expect(summary(docOf(['外长拉夫罗夫周二宣布停火。'], { 周二: '2024-03-05' }))[0]).toMatch(/^ceasefire:/)
  })
  it('what follows 因 is the reason: 因被控受贿被捕 is an arrest', () => {
    expect(summary(docOf(['议员马洛尼周二因被控受贿被捕。'], { 周二: '2024-03-05' }))[0]).toMatch(/^arrest:/)
    expect(summary(docOf(['议员马洛尼周二被控受贿。'], { 周二: '2024-03-05' }))[0]).toMatch(/^court:/)
  })
  it('a trigger naming a plot (绑架图谋) is no happening', () => {
    expect(summary(docOf(['绑架图谋由六名男子策划。']))).toEqual([])
  })
  it('a clause opening with 说 shares the speaker of the clause before', () => {
    expect(summary(docOf(['医生马洛尼周六发出声明，说病人情况良好。'], { 周六: '2024-03-02' }))).toContain('statement:马洛尼')
  })
})

describe('verbs the segmenter hides in a compound', () => {
  it('公开批评/n and 发布命令/n still hold their verbs', () => {
    expect(summary(docOf(['外长拉夫罗夫周二公开批评土耳其。'], { 周二: '2024-03-05' }))[0]).toMatch(/^statement:拉夫罗夫/)
    expect(summary(docOf(['世卫组织周二发布命令。'], { 周二: '2024-03-05' }))).toEqual(['statement:世卫组织'])
  })
  it('a clause of adverbs and the verb (，公开批评…) shares the subject of the clause before', () => {
    expect(summary(docOf(['法国总统马克龙周二高调介入，公开批评土耳其。'], { 周二: '2024-03-05' }))[0]).toMatch(/^statement:马克龙/)
  })
  it('an idiom that ends in a verb after an adverb of manner or law (刑事拘留/i, 断然拒绝/l) holds it', () => {
    expect(summary(docOf(['律师马洛尼周二被警方刑事拘留。'], { 周二: '2024-03-05' }))[0]).toMatch(/^arrest:马洛尼/)
    expect(summary(docOf(['外长拉夫罗夫周二断然拒绝。'], { 周二: '2024-03-05' }))).toEqual(['statement:拉夫罗夫'])
  })
  it('an idiom that names a thing or a quality (网络攻击/i, 令人担忧/l, 早日康复/i) holds none', () => {
    expect(summary(docOf(['报告列出了网络攻击以及假消息。']))).toEqual([])
    expect(summary(docOf(['这一局势令人担忧。']))).toEqual([])
    expect(summary(docOf(['大家祝他早日康复。']))).toEqual([])
  })
  it('今年早些时候 before a verb is a time, not a nominal phrase (今年的访问)', () => {
    expect(summary(docOf(['美国农业部今年早些时候宣布了一项援助计划。']))).toEqual(['statement:美国农业部'])
  })
})

describe('hints, answers, blows, camps and coming to help', () => {
  it('a hint (暗示) and an answer given (做出…答复) are statements; an answer as a noun (他的答复) is none', () => {
    expect(summary(docOf(['总统马洛尼上周在采访中暗示，他可能提前选举。'], { 上周: '2024-02-26' }))[0]).toMatch(/^statement:马洛尼/)
    expect(summary(docOf(['外长拉夫罗夫周二做出了否定的答复。'], { 周二: '2024-03-05' }))).toEqual(['statement:拉夫罗夫'])
    expect(summary(docOf(['拉夫罗夫的答复令人失望。']))).toEqual([])
  })
  it('describing (形容) is a statement by whoever describes; being described (被…形容为, 用…来形容) is none by the one described', () => {
    expect(summary(docOf(['学者马洛尼周二形容，这个资料库范围很广。'], { 周二: '2024-03-05' }))).toEqual(['statement:马洛尼'])
    expect(summary(docOf(['马洛尼周二被外界形容为强硬派。'], { 周二: '2024-03-05' }))).toEqual([])
    expect(summary(docOf(['在应对危机上，用得上总统马洛尼一句话来形容，即“时不我待”。']))).toEqual([])
  })
  it('a blow to the head (重击) is an attack; being sent to a camp (送入再教育营) or locked up (关进监狱) an arrest', () => {
    expect(summary(docOf(['周二，议员马洛尼被一名男子用铲子反复重击头部。'], { 周二: '2024-03-05' }))[0]).toMatch(/^attack:/)
    expect(summary(docOf(['周二，记者马洛尼被送入再教育营。'], { 周二: '2024-03-05' }))[0]).toMatch(/^arrest:马洛尼/)
    expect(summary(docOf(['周二，记者马洛尼被关进监狱。'], { 周二: '2024-03-05' }))[0]).toMatch(/^arrest:马洛尼/)
  })
  it('shooting dead (击毙, 射杀, 枪杀) is an attack and going missing (失踪) a happening, also in what an official said', () => {
    const events = summary(docOf(['韩国官员周三表示，这名官员周一在船上失踪，他于周二在朝鲜水域被击毙。'], { 周三: '2024-03-06', 周一: '2024-03-04', 周二: '2024-03-05' }))
    expect(events.some((e) => e.startsWith('other'))).toBe(true)
    expect(events.some((e) => e.startsWith('attack'))).toBe(true)
    expect(summary(docOf(['周二，朝鲜士兵射杀一名韩国公民。'], { 周二: '2024-03-05' }))[0]).toMatch(/^attack:朝鲜/)
  })
  it('killing a virus (杀死病毒) is no attack', () => {
    expect(summary(docOf(['研究表明，太阳光能很快杀死病毒。'])).filter((e) => e.startsWith('attack'))).toEqual([])
  })
  it('a bus to a quarantine camp (送进开往隔离营的大巴) is no arrest', () => {
    expect(summary(docOf(['周二，记者马洛尼被送进开往隔离营的大巴。'], { 周二: '2024-03-05' })).filter((e) => e.startsWith('arrest'))).toEqual([])
  })
  it('crews coming to help (赶来) travel; police getting to the scene (赶到) arrive', () => {
    expect(summary(docOf(['周二，消防人员从加拿大赶来。'], { 周二: '2024-03-05' }))[0]).toMatch(/^travel/)
    expect(summary(docOf(['周二，加拿大警察随后赶到现场。'], { 周二: '2024-03-05' }))[0]).toMatch(/^arrive/)
  })
})

describe('a protest lodged or a protest marched', () => {
  it('a government lodging a protest with another (向中方提出抗议, 表达强烈抗议) accuses it', () => {
    expect(summary(docOf(['日本政府周二通过外交途径向中方提出了强烈抗议。'], { 周二: '2024-03-05' }))[0]).toMatch(/^accusation:日本政府/)
    expect(summary(docOf(['澳大利亚政府周二对此表达抗议。'], { 周二: '2024-03-05' }))[0]).toMatch(/^accusation:澳大利亚政府/)
  })
  it('people protesting in the street still protest', () => {
    expect(summary(docOf(['数千名示威者周二在明斯克上街抗议。'], { 周二: '2024-03-05' }))[0]).toMatch(/^protest/)
  })
})

describe('words that hold a new trigger but are none', () => {
  it('战役 without a light verb names a battle, it does not tell one', () => {
    expect(summary(docOf(['这场战役的意义很大。']))).toEqual([])
  })
  it('祝 inside 庆祝 and 演说 without 发表 make no statement', () => {
    expect(summary(docOf(['市民周二庆祝节日。'], { 周二: '2024-03-05' }))).toEqual([])
    expect(summary(docOf(['他的演说很长。'], { 周二: '2024-03-05' }))).toEqual([])
  })
})

describe('types of common verbs', () => {
  it.each([
    ['总统马洛尼周一晚上返回白宫。', 'travel'],
    ['总统马洛尼周一离开东京。', 'depart'],
    ['检方周一对马洛尼提起公诉。', 'court'],
    ['周一有28名士兵阵亡。', 'death'],
    ['警方周一侦破了一起绑架案。', 'arrest'],
    ['总统马洛尼周一为此道歉。', 'statement'],
    ['首批物资周一运抵首都。', 'arrive'],
    ['律师马洛尼周一接到法院的正式通知。', 'other'],
  ])('%s → %s', (text, type) => {
    expect(summary(docOf([text], { 周一: '2024-03-04', 周一晚上: '2024-03-04' }))[0]?.split(':')[0]).toBe(type)
  })
})

describe('a trigger naming a role', () => {
  it('竞选对手 / 竞选团队 is a person or team, not an election', () => {
    expect(summary(docOf(['他的竞选对手拜登周二称，局势稳定。'], { 周二: '2024-03-05' })).map((s) => s.split(':')[0])).toEqual(['statement'])
  })
})

describe('negation', () => {
  it('a negator inside a 为…而 phrase does not negate the main verb', () => {
    expect(summary(docOf(['总统马洛尼周二为无法兑现承诺而道歉。'], { 周二: '2024-03-05' }))).toEqual(['statement:马洛尼'])
  })
  it('不幸 (sadly) and 不得不 (had to) negate nothing; 没有 still does', () => {
    expect(summary(docOf(['外长马洛尼周二不幸死于肺结核。'], { 周二: '2024-03-05' }))).toEqual(['death:马洛尼'])
    expect(summary(docOf(['外长拉夫罗夫周二没有出席会议。'], { 周二: '2024-03-05' }))).toEqual([])
  })
  it('a noun of saying right before the words (发言人声明，…) is the saying; 在社交媒体上 is where, not media speaking', () => {
    expect(summary(docOf(['克里姆林宫发言人周二声明，总统不会出席。'], { 周二: '2024-03-05' }))).toEqual(['statement:克里姆林宫'])
    expect(summary(docOf(['活动发起人在社交媒体上表示，店铺响应热烈。']))).toEqual(['statement:'])
  })
  it('a negator before the verb still does', () => {
    expect(summary(docOf(['总统马洛尼周二没有访问东京。'], { 周二: '2024-03-05' }))).toEqual([])
  })
})

describe('unnamed speakers', () => {
  it('an official named only by office speaks (这名警察局长说)', () => {
    expect(summary(docOf(['这名警察局长周二说，现场情况稳定。'], { 周二: '2024-03-05' }))).toEqual(['statement:'])
  })
  it('unnamed people in number do not (一些医生表示)', () => {
    expect(summary(docOf(['一些医生周二表示，此举不负责任。'], { 周二: '2024-03-05' }))).toEqual([])
  })
  it('a firm, a committee or the organisers named only by their kind speak for themselves (一家水公司表示)', () => {
    expect(summary(docOf(['一家水公司周二表示，省水马桶不省水。'], { 周二: '2024-03-05' }))).toEqual(['statement:'])
    expect(summary(docOf(['负责辩论的委员会周二称，此举是为了降低风险。'], { 周二: '2024-03-05' }))).toEqual(['statement:'])
    expect(summary(docOf(['活动发起人周二表示，店铺响应热烈。'], { 周二: '2024-03-05' }))).toEqual(['statement:'])
    expect(summary(docOf(['一些公司周二表示，生意变差。'], { 周二: '2024-03-05' }))).toEqual([])
    expect(summary(docOf(['61%的受访者周二表示，应对很糟糕。'], { 周二: '2024-03-05' }))).toEqual(['statement:'])
  })
})

describe('time clauses and tweets', () => {
  it('a short clause ending in 前 only dates the next one', () => {
    expect(summary(docOf(['在医生发表声明前，总统马洛尼周一发推称自己将返回白宫。'], { 周一: '2024-03-04' })).map((s) => s.split(':')[0])).toEqual(['statement'])
  })
})

describe('institutions acting by document: publishing, convening, declassifying, cancelling', () => {
  it('a report or figures put out by a ministry are a statement', () => {
    expect(summary(docOf(['9月17日，法国政府发布了一份就业白皮书。'], { '9月17日': '2024-09-17' }))[0]).toMatch(/^statement:/)
    expect(summary(docOf(['法国卫生部周日公布了最新的检测数据。'], { 周日: '2024-03-03' }))[0]).toMatch(/^statement:/)
  })
  it('convening a symposium is a meeting', () => {
    expect(summary(docOf(['虚构国9月25日召开第三次边疆工作座谈会。'], { '9月25日': '2024-09-25' }))[0]).toMatch(/^meet:/)
  })
  it('declassifying files and cancelling a holiday are happenings', () => {
    expect(summary(docOf(['总统马洛尼周三解密了数百页文件。'], { 周三: '2024-03-06' }))).toEqual(['other:马洛尼'])
    expect(summary(docOf(['虚构大学周五取消了国庆假期。'], { 周五: '2024-03-01' }))[0]).toMatch(/^other:/)
  })
  it('coast-guard ships sailing into waters are a military move', () => {
    expect(summary(docOf(['两艘虚构国海警船周日驶入争议海域。'], { 周日: '2024-03-03' }))[0]).toMatch(/^military:/)
  })
  it('the words alone do not make an event of an announcement not made', () => {
    expect(summary(docOf(['这份白皮书的内容很长。']))).toEqual([])
  })
})

describe('plans called off or moved, daily counts, rules taking force', () => {
  it('a postponed or cancelled occasion is an event of its own', () => {
    expect(summary(docOf(['总统马洛尼周一把原定周六的行程推迟到下周。'], { 周一: '2024-03-04' }))[0]).toMatch(/^other:马洛尼/)
    expect(summary(docOf(['原定周四举行的马洛尼和维拉斯之间的辩论泡汤。'], { 周四: '2024-03-07' })).length).toBeGreaterThan(0)
  })
  it('a day\'s new cases are news even beside the total; the total alone is not', () => {
    expect(summary(docOf(['法国卫生部周日报告，全国新增1万2000多病例，累计突破60万例。'], { 周日: '2024-03-03' })).some((s) => s.startsWith('health:'))).toBe(true)
    expect(summary(docOf(['截至目前，法国累计确诊病例超过60万例。']))).toEqual([])
  })
  it('denouncing (痛斥) is an accusation; a law taking force (生效) is a happening', () => {
    expect(summary(docOf(['议员马洛尼周三在演说中痛斥政府。'], { 周三: '2024-03-06' }))).toEqual(['accusation:马洛尼'])
    expect(summary(docOf(['法国的新法律周三正式生效。'], { 周三: '2024-03-06' }))[0]).toMatch(/^other:/)
  })
})

describe('words after a trigger that make it a modifier, and names that only start like them', () => {
  it('a trigger before 中国 / 中共 / 前往 / 时任 is still the predicate', () => {
    expect(summary(docOf(['外长拉夫罗夫周二抨击中国的政策。'], { 周二: '2024-03-05' }))).toEqual(['accusation:拉夫罗夫+中国'])
    expect(summary(docOf(['总统马洛尼周二会见时任总理拉夫罗夫。'], { 周二: '2024-03-05' }))[0]).toMatch(/^meet:马洛尼/)
  })
  it('a frame closed before the trigger (在演说中痛斥中国…) does not swallow it', () => {
    expect(summary(docOf(['议员马洛尼周二在演说中痛斥中国的政策。'], { 周二: '2024-03-05' }))[0]).toMatch(/^accusation:马洛尼/)
  })
  it('during (会谈中), when (访问时) and before (抵达前) still only date the next clause', () => {
    expect(summary(docOf(['会谈中，双方交换了意见。']))).toEqual([])
    expect(summary(docOf(['访问时，天气很好。']))).toEqual([])
    expect(summary(docOf(['抵达前，天气很好。']))).toEqual([])
  })
})

describe('报告: a ministry reporting, or a report', () => {
  it('a body reporting (卫生部于周日报告，…) is a statement; a report as a noun is not', () => {
    expect(summary(docOf(['德国卫生部于周日报告，新增病例1000例。'], { 周日: '2024-03-03' }))[0]).toMatch(/^statement:德国卫生部/)
    expect(summary(docOf(['研究员马洛尼的报告指，计划可能有强迫性。']))).toEqual([])
    expect(summary(docOf(['联合国周一报告指，灾害数量翻了一倍。'], { 周一: '2024-03-04' }))[0]).toMatch(/^statement:联合国/)
    expect(summary(docOf(['研究所的报告把几所大学称作兵工七子。']))).toEqual([])
  })
})

describe('verbs news uses for departures, daily counts, police checks and weapons shown', () => {
  it('出发 is a departure; new infections of a day (新增感染者, 感染者达) are health news', () => {
    expect(summary(docOf(['十二名渔民周日早上从渔村出发。'], { 周日: '2024-03-03' }))[0]).toMatch(/^depart:/)
    expect(summary(docOf(['德国周二新增感染者509人。'], { 周二: '2024-03-05' }))[0]).toMatch(/^health:/)
    expect(summary(docOf(['柏林周二感染者达249人。'], { 周二: '2024-03-05' }))[0]).toMatch(/^health:/)
  })
  it('police checking people (截查) is an arrest-type event; a parade showing weapons is military', () => {
    expect(summary(docOf(['香港警方周四截查了部分记者。'], { 周四: '2024-03-07' }))[0]).toMatch(/^arrest:/)
    expect(summary(docOf(['朝鲜周六展示了新的战略武器。'], { 周六: '2024-03-02' }))[0]).toMatch(/^military:/)
  })
})

describe('officials speaking to the media, mentioning, advising; openings and performances', () => {
  it('接受媒体访问时说 is the official speaking, not the media commenting', () => {
    expect(summary(docOf(['外长拉夫罗夫周二接受媒体访问时说，局势已经稳定。'], { 周二: '2024-03-05' }))[0]).toMatch(/^statement:拉夫罗夫/)
    expect(summary(docOf(['一些媒体说，局势已经稳定。']))).toEqual([])
  })
  it('提及 is a statement, 劝告 a warning; a reopening, a premiere and a fire brought under control are events', () => {
    expect(summary(docOf(['总统马洛尼周六提及了邻国的领导人。'], { 周六: '2024-03-02' }))[0]).toMatch(/^statement:马洛尼/)
    expect(summary(docOf(['议员马洛尼周六劝告民众不要前往。'], { 周六: '2024-03-02' }))[0]).toMatch(/^warning:马洛尼/)
    expect(summary(docOf(['土耳其军队周四重新开放了通往海边的通道。'], { 周四: '2024-03-07' }))[0]).toMatch(/^other:/)
    expect(summary(docOf(['巴黎歌剧院周二首演新剧。'], { 周二: '2024-03-05' }))[0]).toMatch(/^other:/)
    expect(summary(docOf(['消防队周日最终控制住了火势。'], { 周日: '2024-03-03' }))[0]).toMatch(/^other:/)
  })
})

describe('boycotts, submissions and asylum', () => {
  it('杯葛 is a protest; submitting a report to parliament and asylum granted are events', () => {
    expect(summary(docOf(['反对党周日杯葛了选举。'], { 周日: '2024-03-03' }))[0]).toMatch(/^protest:/)
    expect(summary(docOf(['美国国务院周一向国会提交了报告。'], { 周一: '2024-03-04' }))[0]).toMatch(/^other:美国国务院/)
    expect(summary(docOf(['两名青年周三获得了德国的政治庇护。'], { 周三: '2024-03-06' }))[0]).toMatch(/^other:/)
  })
})
