import { describe, expect, it } from 'vitest'
import type { ActorMention } from '../../../doc'
import { bareBodies, dominantPlace } from '../bare-bodies'
import { tokenize } from '../segmenter'
import { docOf } from '../../events/__tests__/helpers'

const country = (name: string): ActorMention => ({ paragraph: 0, sentence: 0, start: 0, end: 0, text: name, actorId: name, name, kind: 'country', via: 'gazetteer', isSource: false })

describe('the place an article is about', () => {
  it('is the country or region mentioned most, first mentioned on a tie, and needs two mentions', () => {
    expect(dominantPlace([country('德国'), country('法国'), country('法国')])?.name).toBe('法国')
    expect(dominantPlace([country('德国'), country('法国'), country('法国'), country('德国')])?.name).toBe('德国')
    expect(dominantPlace([country('德国')])).toBeNull()
  })
})

describe('bodies named without their country', () => {
  const names = (text: string) => bareBodies(text, [], { name: '香港' }).map((b) => b.actor.name)
  it('are the police, authorities, government or army of the place the article is about', () => {
    expect(names('警方周日拘捕了62人')).toEqual(['香港警方'])
    expect(names('当局周二宣布新措施')).toEqual(['香港当局'])
  })
  it('are those of a country the sentence named before them, rather than the article\'s place', () => {
    const before = (at: number) => (at > 2 ? { name: '美国' } : undefined)
    expect(bareBodies('美国媒体报道，警方周日搜查了寓所', [], { name: '中国' }, [], before).map((b) => b.actor.name)).toEqual(['美国警方'])
    expect(bareBodies('警方周日搜查了寓所', [], { name: '中国' }, [], before).map((b) => b.actor.name)).toEqual(['中国警方'])
    const doc = docOf(['中国周三宣布新规，中国的疫情已经缓解。', '美国媒体报道，警方周日搜查了他的寓所。', '警方周一表示，调查仍在进行。'])
    expect(doc.mentions.filter((m) => m.via === 'pattern:bare-body').map((m) => m.name)).toEqual(['美国警方', '中国警方'])
  })
  it('a bare 国务院 is the state council or department of the place the story is about', () => {
    expect(bareBodies('国务院周一通知国会', [], { name: '美国' }).map((b) => b.actor.name)).toEqual(['美国国务院'])
    expect(bareBodies('国务院周一发布通知', [], { name: '中国' }).map((b) => b.actor.name)).toEqual(['中国国务院'])
  })
  it('leave alone bodies a place, a determiner or another word already qualifies, and other words', () => {
    expect(names('青岛市政府周二宣布')).toEqual([])
    expect(names('该国政府周二宣布')).toEqual([])
    expect(names('地方政府周二宣布')).toEqual([])
    expect(names('政府官员周二表示')).toEqual([])
    expect(names('警察局周二表示')).toEqual([])
  })
  it('leave alone a body word that opens the name of one of its units (政府飞行服务队, 警方摄录队)', () => {
    const units = (text: string) => bareBodies(text, [], { name: '香港' }, tokenize(text)).map((b) => b.actor.name)
    expect(units('家属到政府飞行服务队总部抗议')).toEqual([])
    expect(units('现场只有警方摄录队拍摄街上情况')).toEqual([])
    expect(units('警方在现场处理了事故')).toEqual(['香港警方'])
  })
  it("a bare ministry or chamber is the place's; a minister (外交部长) or a lawmaker (众议院议员) is no body", () => {
    expect(bareBodies('司法部周日表示正在审查', [], { name: '美国' }).map((b) => b.actor.name)).toEqual(['美国司法部'])
    expect(bareBodies('参议院周一开始听证', [], { name: '美国' }).map((b) => b.actor.name)).toEqual(['美国参议院'])
    // China has no 众议院: in an article about China, the chamber is Congress's.
    expect(bareBodies('众议院周一通过法案', [], { name: '中国' }).map((b) => b.actor.name)).toEqual(['美国众议院'])
    expect(bareBodies('参议院周一通过法案', [], { name: '意大利' }).map((b) => b.actor.name)).toEqual(['意大利参议院'])
    expect(names('外交部长周二表示')).toEqual([])
    expect(names('众议院议员周二表示')).toEqual([])
    expect(bareBodies('商务部周五宣布禁令', [], { name: '美国' }).map((b) => b.actor.name)).toEqual(['美国商务部'])
    expect(bareBodies('教育部周一取消了他的资格', [], { name: '台湾' }).map((b) => b.actor.name)).toEqual(['台湾教育部'])
    expect(names('商务部长周五表示')).toEqual([])
    // Bodies only some places have by that name: Taiwan's 法务部 and 移民署, not Hong Kong's.
    expect(bareBodies('移民署周二表示将依法处理', [], { name: '台湾' }).map((b) => b.actor.name)).toEqual(['台湾移民署'])
    expect(bareBodies('法务部周二表示将依法处理', [], { name: '香港' })).toEqual([])
  })
  it("a body a name right before qualifies (俄罗斯外交部) is that name's, not the place's", () => {
    expect(bareBodies('俄罗斯外交部周二表示', [[0, 3]], { name: '香港' })).toEqual([])
  })
  it("a 国务院 is only China's or the United States'", () => {
    expect(bareBodies('军售获得国务院同意', [], { name: '台湾' })).toEqual([])
  })
  it('leave alone a body after a place the segmenter knows (深圳警方, 德里警方)', () => {
    const text = '此前被深圳警方截获的12人'
    expect(bareBodies(text, [], { name: '香港' }, tokenize(text))).toEqual([])
    expect(bareBodies('此前被警方截获的12人', [], { name: '香港' }, tokenize('此前被警方截获的12人')).map((b) => b.actor.name)).toEqual(['香港警方'])
  })
  it('skip spans other mentions already cover', () => {
    expect(bareBodies('美国警方周日表示', [[0, 4]], { name: '香港' })).toEqual([])
  })
})

describe('in an article', () => {
  it('police named bare in a story about one place are the police of that place, as agent of what they do', () => {
    const doc = docOf(['香港周日举行游行。', '香港多处实施封锁。', '警方周日拘捕了62人。'], { 周日: '2024-03-03' })
    const arrest = doc.events.find((e) => e.type === 'arrest')
    expect(arrest?.actors.find((a) => a.role === 'agent')?.name).toBe('香港警方')
  })
})
