import { test, expect } from './support/fixtures'
import { actorFilter, openApp, renderedItemIds, searchParam } from './support/app'

test('each actor has a labelled checkbox with its event count', async ({ page, dataIndex }) => {
  await openApp(page)
  const filter = actorFilter(page)
  await expect(filter.getByRole('checkbox')).toHaveCount(dataIndex.actors.length)
  for (const actor of dataIndex.actors) {
    const box = filter.getByLabel(actor.name, { exact: true })
    await expect(box).toBeChecked()
    await expect(filter.getByRole('listitem').filter({ has: page.getByLabel(actor.name, { exact: true }) })).toContainText(String(actor.eventCount))
  }
})

test('unchecking and rechecking an actor changes the events shown and the URL', async ({ page, dataIndex }) => {
  test.skip(dataIndex.actors.length < 2, 'needs two actors')
  await openApp(page)
  const actor = [...dataIndex.actors].sort((a, b) => b.eventCount - a.eventCount)[0]!
  const expected = dataIndex.events
    .filter((e) => e.actors.some((a) => a.id !== actor.id))
    .map((e) => e.id)
    .sort()
  expect(expected.length, 'unchecking the busiest actor hides something').toBeLessThan(dataIndex.events.length)

  const box = actorFilter(page).getByLabel(actor.name, { exact: true })
  await box.uncheck()
  await expect.poll(() => renderedItemIds(page)).toEqual(expected)
  const inUrl = searchParam(page, 'actors')?.split(',') ?? []
  expect(inUrl).not.toContain(actor.name)
  expect(inUrl.length).toBe(dataIndex.actors.length - 1)

  await box.check()
  await expect.poll(() => renderedItemIds(page)).toEqual(dataIndex.events.map((e) => e.id).sort())
  expect(searchParam(page, 'actors')).toBeNull()
})

test('"None" hides every event and "All" brings them back', async ({ page, dataIndex }) => {
  await openApp(page)
  await actorFilter(page).getByRole('button', { name: 'None' }).click()
  await expect.poll(() => renderedItemIds(page)).toEqual([])
  expect(searchParam(page, 'actors')).toBe('')
  await actorFilter(page).getByRole('button', { name: 'All' }).click()
  await expect.poll(async () => (await renderedItemIds(page)).length).toBe(dataIndex.events.length)
})
