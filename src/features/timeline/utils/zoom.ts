import type { TimeWindow } from '../hooks/use-timeline'

/** The window scaled around its centre: factor < 1 zooms in, > 1 zooms out. */
export function zoomWindow(window: TimeWindow, factor: number): TimeWindow {
  const start = window.start.getTime()
  const end = window.end.getTime()
  const centre = (start + end) / 2
  const half = ((end - start) / 2) * factor
  return { start: new Date(centre - half), end: new Date(centre + half) }
}
