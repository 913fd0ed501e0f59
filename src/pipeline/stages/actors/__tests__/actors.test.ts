import { describe, expect, it } from 'vitest'
import { actorsStage, canonicalActor } from '..'
import type { ArticleDoc } from '../../../doc'
import { segmentStage } from '../../segment'
import { sentenceCandidates } from '../sentence'
import { resolveArticle, type Located } from '../coref'

const names = (s: string) => sentenceCandidates(s).map((c) => `${c.name}|${c.kind}|${c.via}${c.isSource ? '|source' : ''}`)

function article(sentences: string[]) {
  const located: Located[] = sentences.flatMap((s, order) => sentenceCandidates(s).map((c) => ({ ...c, paragraph: 0, sentence: order, order })))
  return resolveArticle(located).map((r) => `${r.text}=${r.actorId}`)
}

describe('actor patterns', () => {
  it('keeps a dotted transliterated name whole and drops the title before it', () => {
    expect(names('边疆区州长彼得·伊万诺维奇还向代表团赠送了纪念品')).toContain('彼得·伊万诺维奇|person|pattern:title-name')
  })
  it('takes the name after a title', () => {
    expect(names('外长拉夫罗夫周五表示')).toContain('拉夫罗夫|person|pattern:title-name')
    expect(names('州长惠特默说')).toContain('惠特默|person|pattern:title-name')
  })
  it('takes the Chinese name before a Latin gloss', () => {
    expect(names('特使比根 (Stephen Biegun)抵达')).toContain('比根|person|pattern:title-name')
    expect(names('一名女子萨莉(Sally Brown)说')).toContain('萨莉|person|pattern:latin-gloss')
  })
  it('takes an organisation before a Latin gloss from after the kind of firm it is (水公司泰晤士水公司)', () => {
    expect(names('英国最大的水公司泰晤士水公司（Thames Water）表示')).toContain('泰晤士水公司|organization|pattern:latin-gloss')
    expect(names('联合国儿童基金会（UNICEF）表示')).toContain('联合国儿童基金会|organization|pattern:latin-gloss')
  })
  it('takes a Chinese personal name after a title', () => {
    expect(names('系主任教授张家麟表示')).toContain('张家麟|person|pattern:title-name')
  })
  it('does not count the Latin of a gloss as a second mention', () => {
    expect(names('总统普京（Vladimir Putin）说').filter((n) => n.startsWith('普京'))).toHaveLength(1)
  })
  it('knows NGOs, companies and agencies news quotes, in their regional spellings (阿斯特捷利康 = 阿斯利康)', () => {
    expect(names('乐施会周一发布报告')).toContain('乐施会|organization|gazetteer')
    expect(names('阿斯特捷利康宣布暂停试验')).toContain('阿斯利康|organization|gazetteer')
    expect(names('网信办约谈了新浪')).toEqual(['国家网信办|organization|gazetteer', '新浪|organization|gazetteer'])
    expect(names('共军周五闯入台湾的西南空域')[0]).toBe('解放军|organization|gazetteer')
  })
  it('knows public figures in their regional spellings (佛奇 = 福奇, 麦肯阿尼 = 麦克纳尼)', () => {
    expect(names('佛奇周一表示')).toContain('福奇|person|gazetteer')
    expect(names('白宫发言人麦肯阿尼周一表示').some((n) => n.startsWith('麦克纳尼|person'))).toBe(true)
  })
  it('knows the smaller countries in their Taiwanese spellings, and Northern Cyprus apart from Cyprus', () => {
    expect(names('克罗埃西亚周三击败瑞典')).toEqual(['克罗地亚|country|gazetteer', '瑞典|country|gazetteer'])
    expect(names('坦尚尼亚与肯亚周三签约')).toEqual(['坦桑尼亚|country|gazetteer', '肯尼亚|country|gazetteer'])
    expect(names('北赛普勒斯土耳其共和国周日选举').map((n) => n.split('|')[0])).toEqual(['北塞浦路斯'])
    expect(names('沿海地区周日降雨')).toEqual([])
  })
  it('finds countries, short forms and institutions from the gazetteer', () => {
    expect(names('北韩与南韩代表在联合国会面')).toEqual(['朝鲜|country|gazetteer', '韩国|country|gazetteer', '联合国|organization|gazetteer'])
  })
  it('marks agencies cited as sources, not agencies that act', () => {
    expect(names('法新社报道，双方交火')).toContain('法新社|agency|gazetteer|source')
    expect(names('朝中社将气氛描述为热烈')).toContain('朝中社|agency|gazetteer')
  })
  it('turns country + government body into an organisation', () => {
    expect(names('白俄罗斯内政部发言人说')).toContain('白俄罗斯内政部|organization|pattern:institution')
  })
})

describe('canonical actors', () => {
  it('unifies scripts and regional spellings under one Simplified id', () => {
    expect(canonicalActor('普丁').id).toBe('普京')
    expect(canonicalActor('川普').id).toBe('特朗普')
    expect(canonicalActor('蓬佩奧').id).toBe('蓬佩奥')
    expect(canonicalActor('庞培奥').id).toBe('蓬佩奥')
    expect(canonicalActor('馬克宏').id).toBe('马克龙')
    expect(canonicalActor('梅克爾').id).toBe('默克尔')
    expect(canonicalActor('北韓')).toEqual({ id: '朝鲜', name: '朝鲜', kind: 'country' })
  })
  it('gives state bodies news names without their country one id with their long forms', () => {
    expect(canonicalActor('國台辦').id).toBe('国台办')
    expect(canonicalActor('国务院台湾事务办公室').id).toBe('国台办')
    expect(canonicalActor('公安部')).toEqual({ id: '中国公安部', name: '中国公安部', kind: 'organization' })
    expect(canonicalActor('大陸委員會').id).toBe('陆委会')
    expect(canonicalActor('港府').id).toBe('香港特区政府')
    expect(canonicalActor('美国国务院').id).toBe('美国国务院')
  })
  it('knows the vaccine facility by its acronym and its Chinese names (Covax = 全球新冠肺炎疫苗保障机制)', () => {
    expect(canonicalActor('Covax').id).toBe('COVAX')
    expect(canonicalActor('全球新冠肺炎疫苗保障机制').id).toBe('COVAX')
  })
  it('knows world brands news names as actors (迪士尼 = 迪斯尼, 渣打 = 渣打银行)', () => {
    expect(canonicalActor('迪斯尼')).toMatchObject({ id: '迪士尼', kind: 'organization' })
    expect(canonicalActor('渣打').id).toBe('渣打银行')
  })
  it('knows the long forms of organisations news spells several ways', () => {
    expect(canonicalActor('记者无国界组织').id).toBe('无国界记者')
    expect(canonicalActor('欧洲合作与安全组织').id).toBe('欧安组织')
  })
  it('keeps unknown names as their Simplified form', () => {
    expect(canonicalActor('奧列格•科耶米亞科')).toEqual({ id: '奥列格·科耶米亚科', name: '奥列格·科耶米亚科', kind: 'person' })
  })
  it('takes a full stop for the dot of a name the gazetteer spells with a hyphen (纳戈尔诺．卡拉巴赫)', () => {
    expect(canonicalActor('纳戈尔诺．卡拉巴赫')).toMatchObject({ id: '纳戈尔诺-卡拉巴赫', kind: 'country' })
  })
})

describe('coreference inside an article', () => {
  it('resolves a title with nationality to the named leader', () => {
    expect(article(['朝鲜领袖金正恩周一抵达。', '朝鲜领导人周五返回。'])).toContain('朝鲜领导人=金正恩')
  })
  it('resolves 这位 + title to the person introduced with that title', () => {
    expect(article(['州长惠特默周一发表讲话。', '这位州长随后离开。'])).toContain('这位州长=惠特默')
  })
  it('resolves a pronoun to the most recent person', () => {
    expect(article(['外长拉夫罗夫周五抵达。', '他会见了代表团。'])).toContain('他=拉夫罗夫')
  })
  it('does not resolve a pronoun across paragraphs far apart', () => {
    const located: Located[] = ['外长拉夫罗夫周五抵达。', '天气很好。', '天气很好。', '他会见了代表团。'].flatMap((s, order) =>
      sentenceCandidates(s).map((c) => ({ ...c, paragraph: order, sentence: 0, order })),
    )
    expect(resolveArticle(located).map((r) => r.text)).not.toContain('他')
  })
  it('shows the fullest spelling the article uses while the id stays canonical', () => {
    const located: Located[] = ['总统弗拉基米尔·普京周五抵达。', '普京随后离开。'].flatMap((s, order) =>
      sentenceCandidates(s).map((c) => ({ ...c, paragraph: 0, sentence: order, order })),
    )
    const r = resolveArticle(located).filter((x) => x.actorId === '普京')
    expect(r.map((x) => x.actorName)).toEqual(['弗拉基米尔·普京', '弗拉基米尔·普京'])
  })
  it('resolves 该公司 / 该委员会 to the last organisation of that kind, or a firm named in Latin', () => {
    expect(article(['泰晤士水公司周一发布报告。', '世卫组织表示关注。', '该公司表示，马桶漏水。'])).toContain('该公司=泰晤士水公司')
    expect(article(['挪威诺贝尔委员会周五宣布结果。', '该委员会称，结果公正。'])).toContain('该委员会=诺贝尔委员会')
    expect(article(['社交媒体分析公司Graphika周二发布报告。', '该公司发现，账号造假。'])).toContain('该公司=Graphika')
  })
  it('resolves 该法院 / 该银行 to the last court or bank', () => {
    expect(article(['河南省柘城县人民法院驳回了申请。', '该法院称，双方应调解。'])).toContain('该法院=河南省柘城县人民法院')
    expect(article(['汇丰银行周一公布业绩。', '该银行表示，利润下降。'])).toContain('该银行=汇丰')
  })
  it('drops 该公司 when no organisation of that kind came before', () => {
    expect(article(['世卫组织周一发布报告。', '该公司表示，马桶漏水。']).filter((r) => r.startsWith('该公司'))).toEqual([])
  })
  it('drops a pronoun with no person before it', () => {
    expect(article(['他会见了代表团。'])).toEqual([])
  })
  it('resolves a short name to the full dotted name of the article', () => {
    expect(article(['州长彼得·伊万诺维奇表示欢迎。', '伊万诺维奇随后离开。'])).toContain('伊万诺维奇=彼得·伊万诺维奇')
  })
})

describe('names that news from many outlets use', () => {
  it('takes the whole name between a title and its Latin gloss, even without a common surname', () => {
    expect(names('国防大臣佐藤健一（Kenichi Sato）周二表示')).toContain('佐藤健一|person|pattern:title-name')
  })
  it('reads a Latin gloss with accented letters', () => {
    expect(names('一名女子玛丽（Marie Lefèvre）说')).toContain('玛丽|person|pattern:latin-gloss')
  })
  it('keeps 耐 inside a dotted transliteration', () => {
    expect(names('前锋杰克·耐斯比特说')).toContain('杰克·耐斯比特|person|pattern:dot-name')
  })
  it('names forces stationed abroad as organisations, and nothing else after 驻', () => {
    expect(names('驻德美军周一宣布撤离')).toContain('驻德美军|organization|pattern:stationed')
    expect(names('他在驻地休息').some((n) => n.includes('stationed'))).toBe(false)
  })
  it('knows well-known companies and parties', () => {
    expect(names('丰田和宝马周三宣布合作')).toEqual(['丰田|organization|gazetteer', '宝马|organization|gazetteer'])
    expect(names('印度人民党赢得选举')).toContain('印度人民党|organization|gazetteer')
  })
  it('takes the name after a finance-officer title', () => {
    expect(names('该公司首席财务官王小明表示')).toContain('王小明|person|pattern:title-name')
  })
})

describe('display of organisations known by an abbreviation', () => {
  it('shows FBI however the article writes it, and keeps the longest surface for other organisations', () => {
    const located: Located[] = ['联邦调查局周三称，嫌犯已被捕。', '白俄罗斯内政部发言人说'].flatMap((s, order) =>
      sentenceCandidates(s).map((c) => ({ ...c, paragraph: 0, sentence: order, order })),
    )
    const r = resolveArticle(located)
    expect(r.find((x) => x.actorId === 'FBI')?.actorName).toBe('FBI')
    expect(r.find((x) => x.actorId === '白俄罗斯内政部')?.actorName).toBe('白俄罗斯内政部')
  })
})

const doc = (paragraphs: { text: string; kind: 'caption' | 'body' }[]): ArticleDoc =>
  actorsStage(segmentStage({
    path: 't', file: 't', id: 'a-test', sentences: [], timexes: [], mentions: [], events: [], diagnostics: [],
    article: { title: 't', url: null, outlet: 'test', published: '2024-03-08T12:00:00+01:00', timeZone: 'Europe/Paris', publishedFrom: 'body', original: null, paragraphs, language: 'zh-Hans' },
  }))
const body = (...texts: string[]) => doc(texts.map((text) => ({ text, kind: 'body' as const })))

describe('names a caption spells', () => {
  it('find the name in the text, where no pattern would, but give no mention in the caption itself', () => {
    const d = doc([{ text: '民营企业家葛潇男。', kind: 'caption' }, { text: '据悉葛潇男周三被警方带走。', kind: 'body' }])
    expect(d.mentions.filter((m) => m.name === '葛潇男').map((m) => m.paragraph)).toEqual([1])
  })
  it('without the caption, the name stays unfound', () => {
    const d = doc([{ text: '据悉葛潇男周三被警方带走。', kind: 'body' }])
    expect(d.mentions.map((m) => m.name)).not.toContain('葛潇男')
  })
})

describe("the body of a place's organisation, named again alone", () => {
  const named = (d: ArticleDoc, paragraph: number) => d.mentions.filter((m) => m.paragraph === paragraph && m.via === 'article-name').map((m) => `${m.text}=${m.name}`)
  it('is that organisation (统一部 after 韩国统一部, 教育局 after 香港教育局)', () => {
    expect(named(body('韩国统一部周日发表声明。', '统一部敦促对方回应。'), 1)).toEqual(['统一部=韩国统一部'])
    expect(named(body('香港教育局周一公布数字。', '教育局接获多宗投诉。'), 1)).toEqual(['教育局=香港教育局'])
  })
  it('is neither when two organisations of the article share it', () => {
    expect(named(body('韩国统一部周日发表声明。', '朝鲜统一部周一回应。', '统一部随后沉默。'), 2)).toEqual([])
  })
  it('is not its minister, staff or department (外交部长, 卫生部门)', () => {
    expect(named(body('瑞士外交部周日发表声明。', '外交部长随后离开。'), 1)).toEqual([])
    expect(named(body('香港卫生部周一表示。', '卫生部门随后跟进。'), 1)).toEqual([])
  })
})

describe('parties named by one character each (中印, 美日韩)', () => {
  const countries = (s: string) => names(s).filter((n) => n.endsWith('|pattern:party-pair')).map((n) => n.split('|')[0])
  it('name each country where the phrase goes with 两国, 关系, 冲突, 在 or punctuation', () => {
    expect(countries('7月中印在边界发生的冲突导致多人伤亡')).toEqual(['中国', '印度'])
    expect(countries('美日韩三国举行会谈')).toEqual(['美国', '日本', '韩国'])
  })
  it('and with 两方, a weekday, their ministers or four of them (美日两方, 中美周三, 美日印澳四国外长)', () => {
    expect(countries('美日两方今日上午会后确认')).toEqual(['美国', '日本'])
    expect(countries('中美周三签署协议')).toEqual(['中国', '美国'])
    expect(countries('美日印澳四国外长周二会谈')).toEqual(['美国', '日本', '印度', '澳大利亚'])
  })
  it('not a word they begin (中美洲, 中英文), nor the end of a transliterated name (施耐德中将)', () => {
    expect(countries('中美洲国家')).toEqual([])
    expect(countries('中英文对照')).toEqual([])
    expect(countries('美军最高指挥官施耐德中将举行了会谈')).toEqual([])
  })
})

describe('prizes named after a person', () => {
  it('诺贝尔和平奖 names no participant, even in an article that names the man (阿尔弗雷德·诺贝尔)', () => {
    const d = body('瑞典人阿尔弗雷德·诺贝尔生前设立基金。', '今年的诺贝尔和平奖授予了世界粮食计划署。', '诺贝尔生前住在巴黎。')
    expect(d.mentions.filter((m) => m.paragraph === 1 && m.kind === 'person')).toEqual([])
    expect(d.mentions.filter((m) => m.paragraph === 2).map((m) => m.name)).toContain('阿尔弗雷德·诺贝尔')
  })
})

describe('the name an organisation named by its glossed acronym is shown by', () => {
  it('its own, when the words before the gloss took a clause with them (总统除了达到疾病管制暨预防中心（CDC）)', () => {
    const d = body('特朗普总统除了达到疾病管制暨预防中心（CDC）的标准，还接受了检测。')
    expect(d.mentions.find((m) => m.actorId === '美国疾控中心')?.name).toBe('美国疾控中心')
  })
  it('the words written, for an acronym the gazetteer does not know (澳大利亚战略政策研究所（ASPI）)', () => {
    const d = body('澳大利亚战略政策研究所（ASPI）周一发表报告。')
    expect(d.mentions.map((m) => m.name)).toContain('澳大利亚战略政策研究所')
  })
})

describe('a pronoun after a quotation', () => {
  it('is the speaker, not a person the quotation names (“…是普京…，”他表示)', () => {
    const d = body('反对派领袖纳瓦尔尼周一出院。', '“我断言这个行动背后是普京，除此之外我找不到任何其他解释，”他上周向德国杂志表示。')
    expect(d.mentions.find((m) => m.text === '他')?.name).toBe('纳瓦尔尼')
  })
})

describe('countries inside a place word', () => {
  const countries = (s: string) => sentenceCandidates(s).filter((c) => c.kind === 'country').map((c) => c.name)
  it('内蒙古 is no 蒙古, 北爱尔兰 no 爱尔兰; 中国香港 keeps both', () => {
    expect(countries('内蒙古的学生周一罢课')).not.toContain('蒙古')
    expect(countries('北爱尔兰周一实行新规')).not.toContain('爱尔兰')
    expect(countries('中国香港周一公布数据')).toEqual(expect.arrayContaining(['中国', '香港']))
  })
})
