import { memo } from 'react'
import { FwPill } from '@freshworks/crayons/react'
import type { SlaClock, SlaState } from '@deskmate/shared'
import { useI18n, useSlaBadge } from '@deskmate/app-core'

/** Pill colour per state; the state is always written out too, never shown by colour alone. */
const COLOR: Record<SlaState, string> = {
  ok: 'green',
  at_risk: 'yellow',
  breached: 'red',
  paused: 'grey',
  met: 'blue',
}

/** The live countdown. It owns the 1 s tick, so only the badge re-renders each second. */
export const SlaBadge = memo(function SlaBadge({ clock }: { clock: SlaClock }) {
  const { t } = useI18n()
  const badge = useSlaBadge(clock)
  return (
    <div className="fd-row" data-sla-state={badge.state ?? 'none'}>
      {badge.state ? (
        <>
          <FwPill color={COLOR[badge.state]}>{badge.stateLabel}</FwPill>
          <span className="fd-small">
            {badge.metric}
            {badge.time ? ` · ${badge.time}` : ''}
          </span>
          {badge.isFromPolicy && <span className="fd-small">{t('sla.fromPolicy')}</span>}
        </>
      ) : (
        <span className="fd-small">{badge.stateLabel}</span>
      )}
      <span className="fd-visually-hidden" aria-live="polite" role="status">
        {badge.announcement}
      </span>
    </div>
  )
})
