/**
 * The timeline panel loaded on demand: vis-timeline, vis-data and moment are about a third of the
 * app's JavaScript, and splitting them into their own chunk keeps the initial bundle within its
 * budget. The chunk is requested as soon as the app starts, so it downloads and compiles while
 * the index is fetched rather than after it (at 10k events that put ~0.5 s before the first item).
 */
import { lazy, Suspense, type ComponentProps } from 'react'

const loading = import('./timeline-panel')
const TimelinePanel = lazy(() => loading.then((m) => ({ default: m.TimelinePanel })))

export function LazyTimelinePanel(props: ComponentProps<typeof TimelinePanel>) {
  return (
    <Suspense fallback={<div className="h-full animate-pulse bg-slate-50" aria-busy="true" />}>
      <TimelinePanel {...props} />
    </Suspense>
  )
}
