import { useI18n, useSlaClock, type HostTicket } from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { ErrorState, LoadingState } from './PanelStates.tsx'
import { SlaBadge } from './SlaBadge.tsx'

/** The SLA panel: resolves the clock, then hands it to the ticking badge. */
export const SlaSection = ({ ticket }: { ticket: HostTicket }) => {
  const { t } = useI18n()
  const clock = useSlaClock(ticket)
  return (
    <Panel title={t('sla.title')} isBusy={clock.status === 'loading'} isRefreshing={clock.isRefreshing}>
      {clock.status === 'success' ? (
        <SlaBadge clock={clock.data} />
      ) : clock.status === 'error' ? (
        <ErrorState title={t('sla.error')} error={clock.error} onRetry={clock.retry} />
      ) : (
        <LoadingState label={t('sla.loading')} />
      )}
    </Panel>
  )
}
