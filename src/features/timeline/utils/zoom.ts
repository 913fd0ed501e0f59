import type { EventTime } from '../../../schema'
import type { TimeWindow } from '../hooks/use-timeline'
import { pointPosition } from './floating-time'

/** The window scaled around its centre: factor < 1 zooms in, > 1 zooms out. */
export function zoomWindow(window: TimeWindow, factor: number): TimeWindow {
  const start = window.start.getTime()
  const end = window.end.getTime()
  const centre = (start + end) / 2
  const half = ((end - start) / 2) * factor
  return { start: new Date(centre - half), end: new Date(centre + half) }
}

/** The window unchanged if it shows the time, else the same width centred on it. */
export function windowShowing(window: TimeWindow, time: EventTime): TimeWindow {
  const at = pointPosition(time)?.getTime()
  const start = window.start.getTime()
  const end = window.end.getTime()
  if (at === undefined || (at >= start && at <= end)) return window
  const half = (end - start) / 2
  return { start: new Date(at - half), end: new Date(at + half) }
}
