import { describe, expect, it } from 'vitest'
import { docOf, month, thisYear } from './helpers'

const timeOf = (paragraphs: string[], times: Parameters<typeof docOf>[1], type: string) =>
  docOf(paragraphs, times).events.find((e) => e.type === type)?.time

describe('a time inside the modifier of an occasion', () => {
  it('taking part in a meeting held on a day happened that day', () => {
    const t = timeOf(['部长周五抵达东京。', '多名官员参加了周二在议会举行的会议。'], { 周五: '2024-03-08', 周二: '2024-03-05' }, 'visit')
    expect(t?.start).toBe('2024-03-05')
  })
  it('a time dating a person or thing in the modifier still does not date the event', () => {
    const t = timeOf(['部长周五抵达东京。', '部长探视了周二被拘禁的记者。'], { 周五: '2024-03-08', 周二: '2024-03-05' }, 'visit')
    expect(t?.start).not.toBe('2024-03-05')
  })
  it('a time inside the subject\'s modifier (担任2020年…主席国的外长) gives way to the sentence\'s own day', () => {
    const times = { '9月底': month('2024-02-21', '2024-02-29'), '2020年': month('2020-01-01', '2020-12-31') }
    const t = timeOf(['9月底，担任2020年东盟轮值主席国的越南外长范平明在电话中表示，希望加强合作。'], times, 'statement')
    expect(t?.start).toBe('2024-02-21')
    // Alone in its sentence, such a time is still all there is.
    const alone = timeOf(['担任2020年东盟轮值主席国的越南外长范平明在电话中表示，希望加强合作。'], times, 'statement')
    expect(alone?.start).toBe('2020-01-01')
  })
})

describe('this year before a noun (2024年总统大选的辩论, 今年的国庆演说) names an edition, not the day', () => {
  it('the clause\'s own day governs', () => {
    const t = timeOf(['美国周三举行了2024年总统大选的第一场辩论。'], { 周三: '2024-03-06', '2024年': thisYear() }, 'other')
    expect(t?.start).toBe('2024-03-06')
  })
  it('alone in its sentence, the story\'s day governs', () => {
    const doc = docOf(['周六，总统马洛尼发表国庆讲话。', '反对派批评了总统马洛尼今年的国庆演说。'], { 周六: '2024-03-02', 今年: thisYear() })
    expect(doc.events.find((e) => e.trigger === '批评')?.time.start).toBe('2024-03-02')
  })
  it('a year that goes on into a span or a finer time (今年以来, 今年早些时候) is the time', () => {
    const doc = docOf(['周六，总统马洛尼发表国庆讲话。', '今年以来，反对派多次批评了总统马洛尼。'], { 周六: '2024-03-02', 今年: thisYear() })
    expect(doc.events.find((e) => e.trigger === '批评')?.time).toMatchObject({ start: '2024-01-01', end: '2024-03-08' })
  })
})

describe('the story day of an undated event', () => {
  const paragraphs = ['周三，警方逮捕了嫌犯马洛尼。', '马洛尼周一抵达东京。', '外长拉夫罗夫表示，这是错误的。', '马洛尼参观了一家工厂。']
  const doc = docOf(paragraphs, { 周三: '2024-03-06', 周一: '2024-03-04' })
  it('a reaction (statement) takes the latest day told before it', () => {
    expect(doc.events.find((e) => e.type === 'statement')?.time).toMatchObject({ start: '2024-03-06', uncertain: true })
  })
  it('another happening takes the nearest day told before it', () => {
    expect(doc.events.find((e) => e.type === 'visit')?.time).toMatchObject({ start: '2024-03-04', uncertain: true })
  })
})

describe('one movement told twice in a sentence', () => {
  it('离开…，标志着访问结束 is one departure listing its sentence once', () => {
    const doc = docOf(['总统马洛尼周五离开东京，标志着他对日本的访问结束了。'], { 周五: '2024-03-08' })
    const departs = doc.events.filter((e) => e.type === 'depart')
    expect(departs.map((e) => e.sentences.length)).toEqual([1])
  })
  it('two visits in one sentence stay two', () => {
    const doc = docOf(['总统马洛尼周五参观了一家工厂，并在港口视察了一艘军舰。'], { 周五: '2024-03-08' })
    expect(doc.events.filter((e) => e.type === 'visit')).toHaveLength(2)
  })
})

describe('background dates', () => {
  it('an undated sentence after a long-past month is back in the story, not in that month', () => {
    const doc = docOf(['警方周三逮捕了嫌犯。', '记者马洛尼2016年1月遭劫持。她被绑匪杀害。'], { 周三: '2024-03-06', '2016年1月': month('2016-01-01', '2016-01-31') })
    expect(doc.events.find((e) => e.type === 'death')?.time.start).toBe('2024-03-06')
  })
  it('当时 goes back to the long-past month told before it, in the paragraph or the one before', () => {
    const times = { 周三: '2024-03-06', '2016年1月': month('2016-01-01', '2016-01-31') }
    const same = docOf(['警方周三逮捕了嫌犯。', '记者马洛尼2016年1月遭劫持。当时，绑匪杀害了她的司机。'], times)
    expect(same.events.find((e) => e.type === 'death')?.time.start).toBe('2016-01-01')
    const next = docOf(['警方周三逮捕了嫌犯。', '记者马洛尼2016年1月遭劫持。', '当时，绑匪杀害了她的司机。'], times)
    expect(next.events.find((e) => e.type === 'death')?.time.start).toBe('2016-01-01')
  })
  it('a recent day of the sentence before is still inherited', () => {
    const doc = docOf(['记者马洛尼周二遭劫持。她被绑匪杀害。'], { 周二: '2024-03-05' })
    expect(doc.events.find((e) => e.type === 'death')?.time.start).toBe('2024-03-05')
  })
})

describe('photo captions', () => {
  it('the date of a file photo is no story day', () => {
    const doc = docOf(['外长拉夫罗夫周二抵达北京。', '资料照片：总统马洛尼在东京。（2024年3月1日）', '马洛尼参观了一家工厂。'], { '2024年3月1日': '2024-03-01', 周二: '2024-03-05' })
    expect(doc.events.find((e) => e.type === 'visit' && e.actors.some((a) => a.name === '马洛尼') && e.sentences[0]!.paragraph === 2)?.time.start).toBe('2024-03-05')
  })
})

describe('times that date something else in the clause', () => {
  it('a day a plan had set (原定…举行的) does not date calling it off', () => {
    const t = timeOf(['原定周五举行的峰会泡汤了。'], { 周五: '2024-03-15' }, 'other')
    expect(t?.start).not.toBe('2024-03-15')
  })
  it('the day a plan is moved to (延到了…) does not date moving it', () => {
    const t = timeOf(['总统马洛尼周二把集会延到了下周一。'], { 周二: '2024-03-05', 下周一: '2024-03-11' }, 'other')
    expect(t?.start).toBe('2024-03-05')
  })
  it('a time opening a since-phrase (两天前出院以来) dates the earlier happening, not the trigger', () => {
    const t = timeOf(['总统马洛尼周三在两天前出院以来首次返回办公室。'], { 周三: '2024-03-06', 两天前: '2024-03-04' }, 'travel')
    expect(t?.start).toBe('2024-03-06')
  })
  it('a since-phrase alone still dates its sentence', () => {
    const t = timeOf(['总统马洛尼周一抵达以来首次返回办公室。'], { 周一: '2024-03-04' }, 'travel')
    expect(t?.start).toBe('2024-03-04')
  })
  it('a time bounding the period a noun covers (晚9点后的禁令) dates no event, nor the story', () => {
    const story = timeOf(['市民周二举行抗议。', '当局解除了晚9点后的堂食禁令。', '抗议者与警方发生冲突。'], { '9点': '2024-03-07', 周二: '2024-03-05' }, 'attack')
    expect(story?.start.slice(0, 10)).not.toBe('2024-03-07')
  })
})

describe('times that date a comparison, what a statement says or a deadline', () => {
  it('the base of a comparison (较去年同期) does not date the figure', () => {
    const doc = docOf(['德国新增病例较上周同期增加了一倍。'], { 上周: month('2024-02-26', '2024-03-03') })
    const health = doc.events.find((e) => e.type === 'health')
    expect(health).toBeDefined()
    expect(health?.time.start).not.toBe('2024-02-26')
  })
  it('a time inside what a statement says (after its verb) does not date the statement', () => {
    const doc = docOf(['外长拉夫罗夫表示，过去二十年灾害增加了一倍。'], { 过去二十年: month('2004-03-08', '2024-03-08') })
    expect(doc.events.find((e) => e.type === 'statement')?.time.start).not.toBe('2004-03-08')
  })
  it('a day after publication in a sentence that does not speak of the future is a deadline, not the day', () => {
    const doc = docOf(['德国政府在2027年前关闭了所有煤电厂。'], { '2027年': month('2027-01-01', '2027-12-31') })
    expect(doc.events.length).toBeGreaterThan(0)
    for (const e of doc.events) expect(e.time.start.slice(0, 4)).not.toBe('2027')
  })
})

describe('what the next sentence inherits', () => {
  it('not the time of a since-phrase or a plan told in the sentence before', () => {
    const doc = docOf(['总统马洛尼周三在两天前出院以来首次返回办公室。他随后会见了部长拉夫罗夫。'], { 周三: '2024-03-06', 两天前: '2024-03-04' })
    expect(doc.events.find((e) => e.type === 'meet')?.time.start).toBe('2024-03-06')
  })
})
