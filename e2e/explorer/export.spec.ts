import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures'
import { serveExplorerData, STORM_ECHO } from './explorer-data'
import { parseCsv } from '../../src/testing/csv'

test.beforeEach(async ({ page }) => {
  await serveExplorerData(page)
})

async function download(page: Page, name: string): Promise<{ file: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export' }).getByRole('button', { name }).click()])
  const bytes = await readFile((await file.path())!)
  return { file: file.suggestedFilename(), text: bytes.toString('utf8'), bytes }
}


test('CSV, JSON and iCalendar hold the filtered events with their sources and sentences', async ({ page }) => {
  // the filtered events: engineer A's type filter, through its URL key
  await page.goto('/?types=disaster,statement')
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible()
  const expected = ['e-plan', 'e-press', 'e-storm']

  const csv = await download(page, 'CSV')
  expect(csv.file).toBe('events.csv')
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const rows = parseCsv(csv.text.slice(1))
  const header = rows[0]!
  expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(expected)
  const storm = rows.find((r) => r[0] === 'e-storm')!
  expect(storm[header.indexOf('sentences')]!.split('\n')).toContain(STORM_ECHO)
  expect(storm[header.indexOf('date_conflict')]).toBe('true')
  expect(storm[header.indexOf('sources')]).toContain('wire: 港口风暴的余波 <https://news.example.org/a-third>')

  const json = JSON.parse((await download(page, 'JSON')).text)
  expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(expected)
  expect(json.events.find((e: { id: string }) => e.id === 'e-storm').sources).toHaveLength(2)
  expect(json.articles.map((a: { id: string }) => a.id).sort()).toEqual(['a-first', 'a-second', 'a-third'])

  const ics = await download(page, 'Calendar (.ics)')
  expect(ics.file).toBe('events.ics')
  expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  const lines = ics.text.split('\r\n')
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  const unfolded = ics.text.replace(/\r\n /g, '')
  expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(3)
  expect(unfolded).toContain('UID:e-storm\r\nDTSTAMP:')
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20230811\r\nDTEND;VALUE=DATE:20230821')
  expect(unfolded).toContain('DTSTART:20230918T113000Z')
  expect(unfolded).toContain(STORM_ECHO.replace(/,/g, '\\,').replace(/，/g, '，'))
})
