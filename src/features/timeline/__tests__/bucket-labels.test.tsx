import { describe, expect, it } from 'vitest'
import { createBucketLabels } from '../utils/bucket-labels'
import type { BucketItem } from '../utils/window-feed'

function bucket(count: number, patch: Partial<BucketItem> = {}): BucketItem {
  return {
    id: 'bucket::day:19700', kind: 'bucket', content: String(count), start: new Date(0), end: new Date(1), type: 'range',
    className: 'timeline-bucket', hint: `${count} events (zoom in to expand)`, count, level: count < 10 ? 1 : 2,
    span: { start: 0, end: 1 }, ...patch,
  }
}

describe('bucket labels', () => {
  it('show the count as text, named by the tooltip, with no event id', () => {
    const element = createBucketLabels().render(bucket(3, { content: '<b>3</b>' }))
    expect(element.textContent).toBe('<b>3</b>')
    expect(element.querySelector('b')).toBeNull()
    expect(element.title).toBe('3 events (zoom in to expand)')
    expect(element.getAttribute('aria-label')).toBe('3 events (zoom in to expand)')
    expect(element.dataset.eventId).toBeUndefined()
  })

  it('take a new count in place, and a label drawn again later shows the latest count', () => {
    const labels = createBucketLabels()
    const element = labels.render(bucket(3))
    labels.relabel(bucket(12))
    expect(element.textContent).toBe('12')
    expect(element.dataset.level).toBe('2')
    // vis-timeline re-renders from the data it was given when the item was added (3).
    expect(labels.render(bucket(3)).textContent).toBe('12')
    labels.forget(bucket(3).id)
    expect(labels.render(bucket(3)).textContent).toBe('3')
  })
})
