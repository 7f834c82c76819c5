import { memo } from 'react'
import styled from 'styled-components'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { SlaClock, SlaState } from '@deskmate/shared'
import { useI18n, useSlaBadge } from '@deskmate/app-core'
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
  const { t } = useI18n()
  const badge = useSlaBadge(clock)
  return (
    <Row data-sla-state={badge.state ?? 'none'}>
      {badge.state ? (
        <>
          <Tag hue={HUE[badge.state]} size="large">
            <span>{badge.stateLabel}</span>
          </Tag>
          <SM>
            {badge.metric}
            {badge.time ? ` · ${badge.time}` : ''}
          </SM>
          {badge.isFromPolicy && <SM>{t('sla.fromPolicy')}</SM>}
        </>
      ) : (
        <SM>{badge.stateLabel}</SM>
      )}
      <VisuallyHidden aria-live="polite" role="status">
        {badge.announcement}
      </VisuallyHidden>
    </Row>
  )
})
