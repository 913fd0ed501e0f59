/** The rows to render for a scroll position: those in view plus a few either side. */
export function rowsInView(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 6,
): { first: number; last: number } {
  if (count === 0) return { first: 0, last: -1 }
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight)
  const last = Math.min(count - 1, Math.floor(scrollTop / rowHeight) + visible + overscan)
  return { first, last }
}

/** The scrollTop that brings a row into view, or null when it is already fully visible. */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | null {
  const top = index * rowHeight
  const bottom = top + rowHeight
  if (top >= scrollTop && bottom <= scrollTop + viewportHeight) return null
  return Math.max(0, top - Math.max(0, (viewportHeight - rowHeight) / 2))
}
