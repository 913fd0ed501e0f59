/** The explorer's keys; pure so they can be tested without a DOM. */
export type Shortcut = 'previous' | 'next' | 'zoom-in' | 'zoom-out' | 'fit' | 'focus-search' | 'clear-selection'

const KEYS: Record<string, Shortcut> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'fit',
  '/': 'focus-search',
  Escape: 'clear-selection',
}

interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

interface TargetLike {
  tagName?: string
  isContentEditable?: boolean
}

/** Typing targets keep every key: inputs, text areas, selects and editable content. */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target) return false
  const tag = target.tagName?.toUpperCase()
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true
}

export function shortcutFor(event: KeyLike, target: TargetLike | null): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(target)) return null
  return KEYS[event.key] ?? null
}

/** The id ←/→ moves to among the shown events (time order); from no selection, the ends. */
export function stepSelection(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null
  const at = current === null ? -1 : ids.indexOf(current)
  if (at < 0) return step === 1 ? ids[0]! : ids[ids.length - 1]!
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))]!
}
