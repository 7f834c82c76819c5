import { useEffect, useState, type RefObject } from 'react'

/**
 * True while the element's content runs past its bottom edge (more to scroll to): re-checked when `content`
 * changes, on scroll and on resize.
 */
export const useOverflowHint = (ref: RefObject<HTMLElement | null>, content: unknown): boolean => {
  const [isCutOff, setIsCutOff] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const check = () => setIsCutOff(element.scrollHeight - element.scrollTop - element.clientHeight > 1)
    check()
    element.addEventListener('scroll', check, { passive: true })
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check)
    observer?.observe(element)
    return () => {
      element.removeEventListener('scroll', check)
      observer?.disconnect()
    }
  }, [ref, content])
  return isCutOff
}
