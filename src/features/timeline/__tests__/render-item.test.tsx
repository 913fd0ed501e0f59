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
})
