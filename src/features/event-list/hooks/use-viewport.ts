import { useEffect, useState, type RefObject } from 'react'

/** Scroll position and height of a scrolling element, updated on scroll and resize. */
export function useViewport(ref: RefObject<HTMLElement | null>): { scrollTop: number; height: number } {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 0 })
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const read = () => setViewport({ scrollTop: element.scrollTop, height: element.clientHeight })
    read()
    element.addEventListener('scroll', read, { passive: true })
    const observer = new ResizeObserver(read)
    observer.observe(element)
    return () => {
      element.removeEventListener('scroll', read)
      observer.disconnect()
    }
  }, [ref])
  return viewport
}
