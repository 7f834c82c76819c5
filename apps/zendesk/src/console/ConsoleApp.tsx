import { useMemo } from 'react'
import styled from 'styled-components'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import { XL } from '@zendeskgarden/react-typography'
import {
  I18nProvider,
  createConsoleClient,
  formatDateTime,
  useActivityLog,
  useAnalytics,
  useAutomationForm,
  useDryRun,
  useI18n,
  useGroups,
  useKnowledge,
  useTraining,
  type AdminSessionInfo,
  type ConsoleClient,
} from '@deskmate/app-core'
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx'
import { ActivitySection } from './ActivitySection.tsx'
import { AnalyticsSection } from './AnalyticsSection.tsx'
import { AutomationSection } from './AutomationSection.tsx'
import { DryRunSection } from './DryRunSection.tsx'
import { KnowledgeSection } from './KnowledgeSection.tsx'
import { ReadOnlyConsole } from './ReadOnlyConsole.tsx'
import { SettingsHistory } from './SettingsHistory.tsx'
import { TrainingSection } from './TrainingSection.tsx'

const Page = styled.main`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.lg};
  padding: ${(p) => p.theme.space.lg};
`

const Header = styled.header`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.md};
`

const Sections = ({ client, session }: { client: ConsoleClient; session: AdminSessionInfo }) => {
  const { t, language } = useI18n()
  const automation = useAutomationForm(client)
  const dryRun = useDryRun(client, automation.form)
  const activity = useActivityLog(client)
  const knowledge = useKnowledge(client)
  const analytics = useAnalytics(client)
  const training = useTraining(client)
  const groups = useGroups(client)
  return (
    <>
      <p>{t('console.signedIn', { time: formatDateTime(session.expiresAt, language) })}</p>
      <AutomationSection state={automation} groups={groups} />
      <DryRunSection state={dryRun} />
      <ActivitySection
        state={activity}
        tenantId={session.tenantId}
        categories={automation.settings?.categories ?? []}
      />
      <AnalyticsSection state={analytics} tenantId={session.tenantId} />
      <KnowledgeSection state={knowledge} />
      <TrainingSection state={training} />
      <SettingsHistory client={client} revision={automation.revision + training.revision} />
    </>
  )
}

const Console = ({ client, session }: { client: ConsoleClient; session: AdminSessionInfo | null }) => {
  const { t } = useI18n()
  return (
    <Page>
      <Header>
        <XL tag="h1">{t('console.title')}</XL>
        <LanguageSwitcher />
      </Header>
      {session?.readOnly ? (
        <ReadOnlyConsole client={client} />
      ) : session ? (
        <Sections client={client} session={session} />
      ) : (
        <p role="alert">{t('console.noSession')}</p>
      )}
    </Page>
  )
}

/** Props of ConsoleApp: the admin session from the page (null: none) and where the Worker is. */
export type ConsoleAppProps = {
  session: AdminSessionInfo | null
  baseUrl: string
  locale: string
  fetch?: typeof fetch
}

/** The admin console (Zendesk `nav_bar`, served by the Worker after Zendesk vouched for an admin). */
export const ConsoleApp = ({ session, baseUrl, locale, fetch }: ConsoleAppProps) => {
  const client = useMemo(
    () =>
      createConsoleClient({
        baseUrl,
        session: session ?? { token: '', expiresAt: '' },
        ...(fetch ? { fetch } : {}),
      }),
    [baseUrl, session, fetch],
  )
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider locale={locale}>
        <Console client={client} session={session} />
      </I18nProvider>
    </ThemeProvider>
  )
}
