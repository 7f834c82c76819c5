import { useRef } from 'react'
import styled from 'styled-components'
import { MD } from '@zendeskgarden/react-typography'
import { useAnalysis, useAutoResize, useI18n, useSuggestions, useTicket } from '@deskmate/app-core'
import { ArticlesPanel } from '../components/ArticlesPanel.tsx'
import { AutomationPanel } from '../components/AutomationPanel.tsx'
import { DraftReplyPanel } from '../components/DraftReplyPanel.tsx'
import { InsightsPanel } from '../components/InsightsPanel.tsx'
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx'
import { ErrorState, LoadingState } from '../components/PanelStates.tsx'
import { RegistrationNotice } from '../components/RegistrationNotice.tsx'
import { ServerBanner } from '../components/ServerBanner.tsx'
import { SlaSection } from '../components/SlaSection.tsx'

const Root = styled.main`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.md};
`

const Header = styled.header`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.xs};
`

/**
 * The ticket sidebar: SLA, insights, draft reply, articles, automation, top to bottom (the server banner and an
 * admin notice first). Draft reply comes before the articles so it is in view on a 768 px-high screen.
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
    <Root ref={rootRef}>
      <Header>
        <MD tag="h1" isBold>
          {t('app.title')}
        </MD>
        <LanguageSwitcher />
      </Header>
      <ServerBanner />
      <RegistrationNotice />
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
    </Root>
  )
}
