import { describe, expect, it } from 'vitest'
import { renderItemContent } from '../utils/event-items'

describe('renderItemContent', () => {
  it('tags the element with the event id and writes the label as text, never as markup', () => {
    const element = renderItemContent({ id: 'e-1', content: '<img src=x onerror=alert(1)>袭击', hint: '2023-09-12' })
    expect(element.dataset.eventId).toBe('e-1')
    expect(element.textContent).toBe('<img src=x onerror=alert(1)>袭击')
    expect(element.querySelector('img')).toBeNull()
    expect(element.title).toBe('2023-09-12')
  })
  it('shows a cluster as its count with the title as tooltip, and no event id', () => {
    const cluster = { id: 'c1', isCluster: true, items: [{}, {}, {}], data: { title: '3 events (zoom in to expand)', content: '<div title="x">3</div>' } }
    const element = renderItemContent(cluster as never)
    expect(element.textContent).toBe('3')
    expect(element.title).toBe('3 events (zoom in to expand)')
    expect(element.dataset.eventId).toBeUndefined()
  })
})
