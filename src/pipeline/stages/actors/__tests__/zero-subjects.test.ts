import { describe, expect, it } from 'vitest'
import type { ActorMention } from '../../../doc'
import { zeroSubjects } from '../zero-subjects'

/** Mentions at the first occurrence of each name in the text. */
function rel(text: string, names: [string, ActorMention['kind']][]) {
  return names.map(([name, kind]) => {
    const s = text.indexOf(name)
    const m: ActorMention = { paragraph: 0, sentence: 0, start: s, end: s + name.length, text: name, actorId: name, name, kind, via: 'test', isSource: false }
    return { m, s, e: s + name.length }
  })
}

const subjects = (text: string, names: [string, ActorMention['kind']][]) => zeroSubjects(text, rel(text, names)).map((z) => `${z.s}:${z.m.name}`)

describe('omitted subjects', () => {
  it('gives a passive clause without a subject the subject of the clause before', () => {
    const text = '去年他飞抵上海，在机场遭到警方带走。'
    expect(subjects(text, [['他', 'person'], ['警方', 'organization']])).toEqual([`${text.indexOf('在')}:他`])
  })
  it('gives a clause opened by 还 or 并 the subject before, skipping objects after 向', () => {
    const text = '部长王立明向记者介绍了计划，还指责对手拖延。'
    expect(subjects(text, [['王立明', 'person'], ['记者', 'person']])).toEqual([`${text.indexOf('还')}:王立明`])
  })
  it('passes the subject on through several such clauses', () => {
    const text = '林振华周一抵达，随后会见官员，并于周五返回。'
    expect(subjects(text, [['林振华', 'person']]).map((s) => s.split(':')[1])).toEqual(['林振华', '林振华'])
  })
  it('leaves clauses that name their own subject, and existential 还有', () => {
    expect(subjects('林振华周一抵达，王立明随后离开。', [['林振华', 'person'], ['王立明', 'person']])).toEqual([])
    expect(subjects('林振华周一抵达，还有三人同行。', [['林振华', 'person']])).toEqual([])
  })
})

describe('the one a ruling is about', () => {
  it('adds the subject of the clause a ruling verb introduces', () => {
    const text = '该州法院周五裁定，王立明无权颁布命令。'
    expect(subjects(text, [['该州法院', 'organization'], ['王立明', 'person']])).toEqual([`${text.indexOf('，')}:王立明`])
  })
  it('adds nothing after a verb that is not a ruling', () => {
    expect(subjects('该州法院周五开庭，王立明出席。', [['该州法院', 'organization'], ['王立明', 'person']])).toEqual([])
  })
})

describe('clauses that only look subjectless', () => {
  it('leaves a noun phrase opened by 被…的 and an alternative opened by 还是', () => {
    expect(subjects('林振华说，被捕的男子来自外地。', [['林振华', 'person']])).toEqual([])
    expect(subjects('林振华不清楚这是真的，还是玩笑。', [['林振华', 'person']])).toEqual([])
  })
  it('does not take the object of a verb for the subject passed on', () => {
    const text = '警方上周逮捕了王立明，并在当晚进行问讯。'
    expect(subjects(text, [['警方', 'organization'], ['王立明', 'person']])).toEqual([`${text.indexOf('并')}:警方`])
  })
  it('does not read a ruling noun (做出…判决) as a ruling verb', () => {
    expect(subjects('法官做出了保守判决，王立明提出上诉。', [['法官', 'person'], ['王立明', 'person']])).toEqual([])
  })
})
