import { useEffect, useRef } from 'react'
import { shortcutFor, type Shortcut } from './keyboard-shortcuts'

export type ShortcutActions = Record<Shortcut, () => void>

/**
 * One window-level key handler for the explorer. Keys typed into inputs, selects, text areas
 * and editable content are never taken; modified keys (Ctrl/Cmd/Alt) stay the browser's.
 */
export function useKeyboardShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const shortcut = shortcutFor(event, event.target instanceof HTMLElement ? event.target : null)
      if (!shortcut) return
      event.preventDefault()
      latest.current[shortcut]()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
