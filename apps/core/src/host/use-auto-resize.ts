import { useEffect, type RefObject } from 'react'
import { useHost } from './host-context.tsx'

/** Keeps the host frame as tall as the element, following its size as panels load and grow. */
export const useAutoResize = (ref: RefObject<HTMLElement | null>): void => {
  const host = useHost()
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    let lastHeight = -1
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height)
      if (height !== lastHeight) {
        lastHeight = height
        host.resize(height)
      }
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [host, ref])
}
