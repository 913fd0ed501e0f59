import type { RefObject } from 'react'
import type { TimelineControls } from '../../features/timeline/components/timeline-panel'
import type { Event } from '../../schema'
import { stepSelection } from './keyboard-shortcuts'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'

interface ExplorerKeysArgs {
  /** The filtered events in time order. */
  shown: readonly Event[]
  selectedId: string | null
  /** Selects (pushing a history entry, like a click) and brings the event into view. */
  select: (id: string) => void
  clearSelection: () => void
  timeline: RefObject<TimelineControls | null>
  search: RefObject<HTMLInputElement | null>
}

/** ←/→ previous/next shown event, +/− zoom, 0 fit, / search, Esc clear the selection. */
export function useExplorerKeys({ shown, selectedId, select, clearSelection, timeline, search }: ExplorerKeysArgs): void {
  const step = (direction: 1 | -1) => {
    const id = stepSelection(
      shown.map((e) => e.id),
      selectedId,
      direction,
    )
    if (id !== null && id !== selectedId) select(id)
  }
  useKeyboardShortcuts({
    previous: () => step(-1),
    next: () => step(1),
    'zoom-in': () => timeline.current?.zoom(0.5),
    'zoom-out': () => timeline.current?.zoom(2),
    fit: () => timeline.current?.fit(),
    'focus-search': () => search.current?.focus(),
    'clear-selection': () => {
      if (selectedId !== null) clearSelection()
    },
  })
}
