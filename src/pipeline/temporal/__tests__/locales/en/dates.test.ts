import { describe, expect, it } from 'vitest'
import { only, times } from '../../helpers'

// Reference: Sunday 2023-09-17, Europe/Paris.
const en = (text: string) => only(text, undefined, 'en')

describe('en dates, weeks, years and parts of day', () => {
  it('"in 2019" is a year', () => {
    expect(en('In 2019 he was elected.').time).toMatchObject({ start: '2019-01-01', end: '2019-12-31', granularity: 'year', audit: { rule: 'en/year' } })
  })

  it('"last week" is the Monday-Sunday week before, uncertain', () => {
    expect(en('Last week he left.').time).toMatchObject({ start: '2023-09-04', end: '2023-09-10', uncertain: true, audit: { rule: 'en/week' } })
  })

  it('"this morning" / "Monday morning" keep the part of day, no invented hour', () => {
    expect(en('He spoke this morning.').time).toMatchObject({ start: '2023-09-17', granularity: 'part-of-day', partOfDay: 'morning' })
    expect(en('He spoke on Monday morning.').time).toMatchObject({ start: '2023-09-11', partOfDay: 'morning' })
  })

  it('"3 p.m." is an hour, "10:30" a minute, with the zone offset', () => {
    expect(en('He will speak at 3 p.m. on Friday.').time).toMatchObject({ start: '2023-09-22T15:00:00+02:00', granularity: 'hour' })
    expect(en('They met on Sept 12 at 10:30.').time).toMatchObject({ start: '2023-09-12T10:30:00+02:00', granularity: 'minute' })
  })

  it('"Monday to Wednesday" is a range in news tense', () => {
    expect(en('The talks ran from Monday to Wednesday.').time).toMatchObject({ start: '2023-09-11', end: '2023-09-13' })
  })

  it('does not read a count of 2019 points as a year', () => {
    expect(times('He scored 2019 points.', undefined, 'en')).toEqual([])
  })
})
