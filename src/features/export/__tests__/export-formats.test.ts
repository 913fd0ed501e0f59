import { describe, expect, it } from 'vitest'
import { makeDataSet } from '../../../testing/fixtures'
import { csvField, eventsToCsv } from '../utils/csv'
import { escapeIcsText, eventsToIcs, foldIcsLine, icsTimeLines } from '../utils/ics'
import { eventsToJson } from '../utils/json'
import { parseCsv } from '../../../testing/csv'

const { index } = makeDataSet()
const NOW = new Date('2024-01-02T03:04:05Z')


describe('CSV export', () => {
  it('quotes fields with commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })
  it('starts with a BOM, uses CRLF and round-trips every sentence', () => {
    const csv = eventsToCsv(index.events, index.articles)
    expect(csv.startsWith('\uFEFFid,type,')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows).toHaveLength(index.events.length + 1)
    const header = rows[0]!
    const talks = rows.find((r) => r[0] === 'e-talks')!
    expect(talks[header.indexOf('sentences')]).toBe(index.events.find((e) => e.id === 'e-talks')!.sources[0]!.text)
    expect(talks[header.indexOf('actors')]).toBe('陈明; 林华')
    expect(talks[header.indexOf('sources')]).toContain('陈明访问海港市结束')
  })
})

describe('JSON export', () => {
  it('holds the events as in the index and the articles they cite', () => {
    const one = index.events.filter((e) => e.id === 'e-storm')
    const parsed = JSON.parse(eventsToJson(one, index.articles, NOW))
    expect(parsed.events).toEqual(one)
    expect(parsed.articles.map((a: { id: string }) => a.id)).toEqual(['a-second'])
  })
})

describe('iCalendar export', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })
  it('folds lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'海港市'.repeat(20)}`
    const folded = foldIcsLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
  })
  it('writes whole days with an exclusive end', () => {
    expect(icsTimeLines(index.events.find((e) => e.id === 'e-arrive')!.time)).toEqual([
      'DTSTART;VALUE=DATE:20230912',
      'DTEND;VALUE=DATE:20230913',
    ])
    expect(icsTimeLines(index.events.find((e) => e.id === 'e-storm')!.time)).toEqual([
      'DTSTART;VALUE=DATE:20230811',
      'DTEND;VALUE=DATE:20230821',
    ])
  })
  it('writes a VEVENT per event with the id as UID, CRLF line ends and the sentences', () => {
    const ics = eventsToIcs(index.events, index.articles, (e) => `${e.type}, ${e.actors.map((a) => a.name).join(', ')}`, NOW)
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(index.events.length)
    expect(ics).toContain('UID:e-talks\r\n')
    expect(ics).toContain('SUMMARY:talks\\, 陈明\\, 林华')
    expect(ics.replace(/\r\n /g, '')).toContain('陈明与林华周三举行会谈并签署协议。')
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })
})
