import { describe, expect, it } from 'vitest'
import { englishNames } from '../../actors/english-names'
import { docOf, summary } from './helpers'

describe('English articles', () => {
  it('type happenings from English verbs, with the named actors', () => {
    const doc = docOf(['Secretary of State Mike Pompeo arrived in Tokyo on Tuesday.', 'Governor Anna Kovac signed the bill on Friday.'], { 'on Tuesday': '2024-03-05', 'on Friday': '2024-03-08' })
    expect(summary(doc)).toEqual(['arrive:Mike Pompeo', 'agreement:Anna Kovac'])
    expect(doc.events[0]!.actors[0]!.id).toBe('蓬佩奥')
    expect(doc.events[0]!.time.start).toBe('2024-03-05')
  })
  it('find country names as the same actor as in Chinese text', () => {
    const doc = docOf(['Russia accused Ukraine of shelling on Monday.'], { 'on Monday': '2024-03-04' })
    expect(doc.events[0]!.actors.map((a) => a.id)).toEqual(['俄罗斯', '乌克兰'])
  })
  it('name people after titles and capitalised runs, not weekdays, sentence openers or places', () => {
    const names = (t: string) => englishNames(t).map((c) => `${c.name}|${c.kind}`)
    expect(names('On Monday, Japanese Prime Minister Yoshihide Suga met Governor Whitmer.')).toEqual(['Yoshihide Suga|person', 'Whitmer|person'])
    expect(names('The Justice Department said it was reviewing the order in New York.')).toEqual(['Justice Department|organization'])
    expect(names('Earlier, officials arrived.')).toEqual([])
    expect(names('Analyst Anna Kovac and former President Mark Lee spoke.')).toEqual(['Anna Kovac|person', 'Mark Lee|person'])
  })
  it('leave Latin glosses inside Chinese sentences to the Chinese patterns', () => {
    expect(englishNames('众议员佩里(Scott Perry)周二表示')).toEqual([])
  })
})

describe('English places and unnamed institutions', () => {
  it('a capitalised place after in / at / to is the location, a weekday is not', () => {
    const doc = docOf(['Secretary of State Mike Pompeo arrived in Tokyo on Tuesday.'], { 'on Tuesday': '2024-03-05' })
    expect(doc.events[0]!.location).toEqual({ name: 'Tokyo' })
    const back = docOf(['President Mark Lee returned to the White House on Monday.'], { 'on Monday': '2024-03-04' })
    expect(back.events[0]!.location).toEqual({ name: 'White House' })
  })
  it('police or officials speaking make a statement without a named actor; a crowd does not', () => {
    expect(summary(docOf(['Police said on Monday that six men were arrested.'], { 'on Monday': '2024-03-04' }))[0]).toBe('statement:')
    expect(summary(docOf(['Many people said the vote was unfair.']))).toEqual([])
  })
})

describe('English opinion', () => {
  it('unnamed analysts speaking are commentary, not news; a named analyst is a statement', () => {
    expect(summary(docOf(['Analysts said on Monday the talks would fail.'], { 'on Monday': '2024-03-04' }))).toEqual([])
    expect(summary(docOf(['Analyst Anna Kovac said on Monday the talks would fail.'], { 'on Monday': '2024-03-04' }))).toEqual(['statement:Anna Kovac'])
    expect(summary(docOf(['Governor Anna Kovac said on Monday the talks would fail.'], { 'on Monday': '2024-03-04' }))).toEqual(['statement:Anna Kovac'])
  })
})

describe('English predicates joined by and', () => {
  it('arrived … and met … are two events of the same subject; Trump and Biden met is one', () => {
    const doc = docOf(['Secretary of State Mike Pompeo arrived in Tokyo on Tuesday and met Prime Minister Yoshihide Suga.'], { 'on Tuesday': '2024-03-05' })
    expect(summary(doc)).toEqual(['arrive:Mike Pompeo', 'meet:Mike Pompeo+Yoshihide Suga'])
    expect(summary(docOf(['President Mark Lee and Governor Anna Kovac met on Monday.'], { 'on Monday': '2024-03-04' }))).toEqual(['meet:Mark Lee+Anna Kovac'])
  })
})
