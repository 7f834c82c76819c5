import { useRef } from 'react'
import { useAnalysis, useAutoResize, useI18n, useSuggestions, useTicket } from '@deskmate/app-core'
import { ArticlesPanel } from '../components/ArticlesPanel.tsx'
import { AutomationPanel } from '../components/AutomationPanel.tsx'
import { DraftReplyPanel } from '../components/DraftReplyPanel.tsx'
import { InsightsPanel } from '../components/InsightsPanel.tsx'
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx'
import { ErrorState, LoadingState } from '../components/PanelStates.tsx'
import { ServerBanner } from '../components/ServerBanner.tsx'
import { SlaSection } from '../components/SlaSection.tsx'

/**
 * The ticket sidebar: SLA, insights, draft reply, articles, automation, top to bottom (the server banner
 * first), in the same order and with the same names as the Zendesk sidebar.
 */
export const TicketSidebar = () => {
  const { t } = useI18n()
  const rootRef = useRef<HTMLElement>(null)
  useAutoResize(rootRef)
  const ticket = useTicket()
  const current = ticket.status === 'success' ? ticket.data : undefined
  const analysis = useAnalysis(current)
  const customerLanguage = analysis.status === 'success' ? analysis.data.language.code : undefined
  const suggestions = useSuggestions(current, customerLanguage)

  return (
    <main ref={rootRef} className="fd-sidebar">
      <header className="fd-sidebar__header">
        <h1 className="fw-type-h5">{t('app.title')}</h1>
        <LanguageSwitcher />
      </header>
      <ServerBanner />
      {current ? (
        <>
          <SlaSection ticket={current} />
          <InsightsPanel ticket={current} analysis={analysis} />
          <DraftReplyPanel ticket={current} customerLanguage={customerLanguage} />
          <ArticlesPanel suggestions={suggestions} />
          {/* The automation's outcome tags the ticket, so a changed ticket may have new activity. */}
          <AutomationPanel ticketId={current.id} revision={JSON.stringify(current)} />
        </>
      ) : ticket.status === 'error' ? (
        <ErrorState title={t('app.ticketError')} error={ticket.error} onRetry={ticket.retry} />
      ) : (
        <LoadingState label={t('app.ticketLoading')} />
      )}
    </main>
  )
}
