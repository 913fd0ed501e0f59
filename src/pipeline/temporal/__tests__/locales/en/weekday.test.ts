import { describe, expect, it } from 'vitest'
import { only } from '../../helpers'

// Reference: Sunday 2023-09-17, Europe/Paris.
describe('en weekdays in news tense', () => {
  it('"on Tuesday" in a Sunday report is the Tuesday before', () => {
    const t = only('Kim arrived in Russia on Tuesday.', undefined, 'en')
    expect(t.time).toMatchObject({ start: '2023-09-12', granularity: 'day', audit: { rule: 'en/weekday-news-past' } })
    expect(t.future).toBe(false)
  })

  it('…unless the clause says "will"', () => {
    const t = only('Kim will travel to Moscow on Tuesday.', undefined, 'en')
    expect(t.time).toMatchObject({ start: '2023-09-19', audit: { rule: 'en/weekday-news-future' } })
    expect(t.future).toBe(true)
  })

  it('"Sunday" in a Sunday report is the publication day', () => {
    expect(only('He left on Sunday.', undefined, 'en').time.start).toBe('2023-09-17')
  })

  it('"last Friday" / "next Monday" keep chrono\'s reading', () => {
    expect(only('He left last Friday.', undefined, 'en').time.start).toBe('2023-09-15')
    expect(only('He leaves next Monday.', undefined, 'en').time.start).toBe('2023-09-18')
  })

  it('dates, months and yesterday', () => {
    expect(only('On September 12, 2023 he arrived.', undefined, 'en').time).toMatchObject({ start: '2023-09-12', granularity: 'day' })
    expect(only('He arrived yesterday.', undefined, 'en').time.start).toBe('2023-09-16')
  })
})
