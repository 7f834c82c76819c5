import { memo, useEffect, useRef, useState } from 'react'
import styled from 'styled-components'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { SlaClock, SlaState } from '@deskmate/shared'
import { formatDuration, useI18n, useSlaStatus } from '@deskmate/app-core'
import { VisuallyHidden } from './VisuallyHidden.tsx'

/** Badge colour per state; the state is always written out too, never shown by colour alone. */
const HUE: Record<SlaState, string> = {
  ok: 'successHue',
  at_risk: 'warningHue',
  breached: 'dangerHue',
  paused: 'neutralHue',
  met: 'primaryHue',
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`

/** The live countdown. It owns the 1 s tick, so only the badge re-renders each second. */
export const SlaBadge = memo(function SlaBadge({ clock }: { clock: SlaClock }) {
  const { t, has } = useI18n()
  const status = useSlaStatus(clock)
  const [announcement, setAnnouncement] = useState('')
  const previousState = useRef(status.state)
  const metric = status.metric
    ? t(has(`sla.metric.${status.metric}`) ? `sla.metric.${status.metric}` : 'sla.metric.other')
    : ''

  useEffect(() => {
    // Announce changes only: a live region that repeated the ticking time would talk every second.
    if (previousState.current !== status.state && status.state) {
      setAnnouncement(t('sla.announce', { metric, state: t(`sla.state.${status.state}`) }))
    }
    previousState.current = status.state
  }, [status.state, metric, t])

  const time =
    status.remainingMs === null
      ? null
      : status.remainingMs > 0
        ? t('sla.remaining', { time: formatDuration(status.remainingMs, t) })
        : t('sla.overdue', { time: formatDuration(status.remainingMs, t) })

  return (
    <Row data-sla-state={status.state ?? 'none'}>
      {status.state ? (
        <>
          <Tag hue={HUE[status.state]} size="large">
            <span>{t(`sla.state.${status.state}`)}</span>
          </Tag>
          <SM>
            {metric}
            {time && status.state !== 'paused' ? ` · ${time}` : ''}
          </SM>
          {clock.kind === 'countdown' && clock.source === 'policy' && <SM>{t('sla.fromPolicy')}</SM>}
        </>
      ) : (
        <SM>{t('sla.none')}</SM>
      )}
      <VisuallyHidden aria-live="polite" role="status">
        {announcement}
      </VisuallyHidden>
    </Row>
  )
})
