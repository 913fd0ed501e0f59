import { describe, expect, it } from 'vitest'
import { aliasAt, lookupActor, titleGroup, toSimplified, triggersAt } from '..'

describe('lexicon', () => {
  it('converts Traditional to Simplified without moving offsets', () => {
    const text = '蓬佩奧與習近平會晤，臺灣總統說'
    const simple = toSimplified(text)
    expect(simple).toBe('蓬佩奥与习近平会晤，台湾总统说')
    expect(simple.length).toBe(text.length)
  })
  it('maps regional short forms to one country and agencies to kind agency', () => {
    expect(lookupActor('北韩')?.name).toBe('朝鲜')
    expect(lookupActor('南韩')?.name).toBe('韩国')
    expect(lookupActor('路透社')?.kind).toBe('agency')
  })
  it('finds the longest alias and trigger at a position', () => {
    expect(aliasAt('联合国安理会开会', 0)).toBe('联合国安理会')
    expect(triggersAt('班师回朝鲜', 0).map((t) => t.type)).toContain('depart')
  })
  it('groups titles for coreference', () => {
    expect(titleGroup('领袖')).toBe(titleGroup('领导人'))
    expect(titleGroup('外长')).toBe(titleGroup('国务卿'))
  })
})
