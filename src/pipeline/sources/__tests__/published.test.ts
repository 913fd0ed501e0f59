import { describe, expect, it } from 'vitest'
import { dateOnlyNoon, fromEpoch, isoUtcLine, isoWithOffset, localDateTimeLine, rfc1123Line, rfiLine } from '../published'
import { zonedIso } from '../zoned-time'

describe('Paris wall time to ISO with the offset of that date', () => {
  it('uses CET in winter and CEST in summer', () => {
    expect(rfiLine('15/01/2024 - 09:45')?.iso).toBe('2024-01-15T09:45:00+01:00')
    expect(rfiLine('17/09/2023 - 13:30')?.iso).toBe('2023-09-17T13:30:00+02:00')
  })

  it('switches on the last Sunday of October and of March', () => {
    expect(rfiLine('24/10/2020 - 12:00')?.iso).toBe('2020-10-24T12:00:00+02:00')
    expect(rfiLine('25/10/2020 - 12:00')?.iso).toBe('2020-10-25T12:00:00+01:00')
    expect(rfiLine('28/03/2021 - 01:30')?.iso).toBe('2021-03-28T01:30:00+01:00')
    expect(rfiLine('28/03/2021 - 03:30')?.iso).toBe('2021-03-28T03:30:00+02:00')
  })

  it('takes the earlier instant for a repeated hour and moves a skipped hour forward', () => {
    expect(zonedIso({ year: 2020, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, 'Europe/Paris')).toBe('2020-10-25T02:30:00+02:00')
    expect(zonedIso({ year: 2021, month: 3, day: 28, hour: 2, minute: 30, second: 0 }, 'Europe/Paris')).toBe('2021-03-28T03:30:00+02:00')
  })

  it('declines impossible dates', () => {
    expect(rfiLine('31/02/2020 - 10:00')).toBeNull()
    expect(rfiLine('10/10/2020 - 25:00')).toBeNull()
  })
})

describe('date-line parsers', () => {
  it('DW: ISO in UTC', () => {
    expect(isoUtcLine('2020-10-13T04:22:08.683Z')).toEqual({ iso: '2020-10-13T04:22:08+00:00', timeZone: 'UTC' })
    expect(isoUtcLine('2020-10-13 04:22')).toBeNull()
  })

  it('VOA: RFC 1123 GMT', () => {
    expect(rfc1123Line('Tue, 13 Oct 2020 01:13:37 GMT')).toEqual({ iso: '2020-10-13T01:13:37+00:00', timeZone: 'UTC' })
    expect(rfc1123Line('Tue, 13 Foo 2020 01:13:37 GMT')).toBeNull()
  })

  it('NYT: zone-less local time in the given zone', () => {
    expect(localDateTimeLine('Asia/Shanghai')('2020-10-12 11:54:49')?.iso).toBe('2020-10-12T11:54:49+08:00')
  })

  it('BBC: a date alone becomes noon in London (BST or GMT by date)', () => {
    expect(dateOnlyNoon('Europe/London')('2020-10-12')?.iso).toBe('2020-10-12T12:00:00+01:00')
    expect(dateOnlyNoon('Europe/London')('2020-12-12')?.iso).toBe('2020-12-12T12:00:00+00:00')
  })

  it('metadata: keeps the stated offset, naming a fixed-offset zone', () => {
    expect(isoWithOffset('2024-03-05T18:20:00+08:00')).toEqual({ iso: '2024-03-05T18:20:00+08:00', timeZone: 'Etc/GMT-8' })
    expect(isoWithOffset('2024-03-05T10:20:00Z')).toEqual({ iso: '2024-03-05T10:20:00+00:00', timeZone: 'UTC' })
    expect(isoWithOffset('2024-03-05T10:20:00-05:00')?.timeZone).toBe('Etc/GMT+5')
  })

  it('archive epoch: the instant shown in the outlet zone', () => {
    expect(fromEpoch(1601510801000, 'America/Los_Angeles')?.iso).toBe('2020-09-30T17:06:41-07:00')
    expect(fromEpoch(1, 'UTC')).toBeNull()
  })
})
