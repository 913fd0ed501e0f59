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
  it('shows a bucket as its count, named by its tooltip, with no event id', () => {
    const bucket = { id: 'bucket::day:1', kind: 'bucket', content: '1.2k', hint: '1,234 events (zoom in to expand)', count: 1234 }
    const element = renderItemContent(bucket)
    expect(element.textContent).toBe('1.2k')
    expect(element.title).toBe('1,234 events (zoom in to expand)')
    expect(element.getAttribute('aria-label')).toBe('1,234 events (zoom in to expand)')
    expect(element.dataset.eventId).toBeUndefined()
  })
})
