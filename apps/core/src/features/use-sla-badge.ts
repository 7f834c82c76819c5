import { useEffect, useRef, useState } from 'react'
import type { SlaClock } from '@deskmate/shared'
import { formatDuration } from '../format/format-duration.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import { useSlaStatus } from './use-sla-status.ts'

/**
 * The SLA badge's words, re-evaluated every second while the clock counts down: the state, the metric's name,
 * the time left or overdue, whether the fallback policy set the target, and an announcement for screen readers
 * that changes only with the state (a live region repeating the ticking time would talk every second).
 */
export const useSlaBadge = (clock: SlaClock) => {
  const { t, has } = useI18n()
  const status = useSlaStatus(clock)
  const [announcement, setAnnouncement] = useState('')
  const previousState = useRef(status.state)
  const metric = status.metric
    ? t(has(`sla.metric.${status.metric}`) ? `sla.metric.${status.metric}` : 'sla.metric.other')
    : ''

  useEffect(() => {
    if (previousState.current !== status.state && status.state) {
      setAnnouncement(t('sla.announce', { metric, state: t(`sla.state.${status.state}`) }))
    }
    previousState.current = status.state
  }, [status.state, metric, t])

  const time =
    status.remainingMs === null || status.state === 'paused'
      ? null
      : status.remainingMs > 0
        ? t('sla.remaining', { time: formatDuration(status.remainingMs, t) })
        : t('sla.overdue', { time: formatDuration(status.remainingMs, t) })

  return {
    state: status.state,
    stateLabel: status.state ? t(`sla.state.${status.state}`) : t('sla.none'),
    metric,
    time,
    isFromPolicy: clock.kind === 'countdown' && clock.source === 'policy',
    announcement,
  }
}
