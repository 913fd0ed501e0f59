/**
 * The labels of drawn buckets, kept so a new count is written into the label in place: vis-timeline
 * redraws and measures an updated or added item at once (one forced layout per item), and a filter
 * change alters the count of most buckets but not their place or size. The template reads the
 * latest count too, so a label vis-timeline draws again later is never stale.
 */
import type { BucketItem } from './window-feed'

export interface BucketLabels {
  /** The template's element for a bucket: its count as text, named by its tooltip. */
  render: (bucket: BucketItem) => HTMLElement
  /** Records a bucket's latest count (before it is added, or instead of redrawing it). */
  relabel: (bucket: BucketItem) => void
  forget: (id: string) => void
}

function paint(element: HTMLElement, bucket: BucketItem): void {
  element.textContent = bucket.content
  element.title = bucket.hint
  element.setAttribute('aria-label', bucket.hint)
  element.dataset.level = String(bucket.level)
}

export function createBucketLabels(): BucketLabels {
  const latest = new Map<string, BucketItem>()
  const elements = new Map<string, HTMLElement>()
  return {
    render: (bucket) => {
      const element = document.createElement('span')
      element.className = 'timeline-bucket-count'
      element.setAttribute('role', 'img')
      paint(element, latest.get(bucket.id) ?? bucket)
      elements.set(bucket.id, element)
      return element
    },
    relabel: (bucket) => {
      latest.set(bucket.id, bucket)
      const element = elements.get(bucket.id)
      if (element) paint(element, bucket)
    },
    forget: (id) => {
      latest.delete(id)
      elements.delete(id)
    },
  }
}
