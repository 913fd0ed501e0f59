/**
 * The timeline panel loaded on demand: vis-timeline, vis-data and moment are about a third of the
 * app's JavaScript, and splitting them into their own chunk keeps the initial bundle within its
 * budget while the index is fetched in parallel.
 */
import { lazy, Suspense, type ComponentProps } from 'react'

const TimelinePanel = lazy(() => import('./timeline-panel').then((m) => ({ default: m.TimelinePanel })))

export function LazyTimelinePanel(props: ComponentProps<typeof TimelinePanel>) {
  return (
    <Suspense fallback={<div className="h-full animate-pulse bg-slate-50" aria-busy="true" />}>
      <TimelinePanel {...props} />
    </Suspense>
  )
}
