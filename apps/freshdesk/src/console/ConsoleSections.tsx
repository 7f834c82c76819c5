import { useMemo } from 'react'
import {
  createConsoleClient,
  createTemplateFetch,
  formatDateTime,
  useAutomationForm,
  useDryRun,
  useGroups,
  useI18n,
  type AdminSessionInfo,
  type InvokeTemplate,
} from '@deskmate/app-core'
import { AutomationSection } from './AutomationSection.tsx'
import { DryRunSection } from './DryRunSection.tsx'
import { MoreSections } from './MoreSections.tsx'

// Templates name the Worker's host themselves (iparam backend_host): this base only carries the path.
const TEMPLATE_BASE = 'https://deskmate.invalid'

/** The signed-in console: every Worker call goes through a request template with the admin session. */
export const ConsoleSections = ({
  invoke,
  session,
}: {
  invoke: InvokeTemplate
  session: AdminSessionInfo
}) => {
  const { t, language } = useI18n()
  const client = useMemo(
    () => createConsoleClient({ baseUrl: TEMPLATE_BASE, session, fetch: createTemplateFetch(invoke) }),
    [invoke, session],
  )
  const automation = useAutomationForm(client)
  const dryRun = useDryRun(client, automation.form)
  const groups = useGroups(client)
  return (
    <>
      <p>{t('console.signedIn', { time: formatDateTime(session.expiresAt, language) })}</p>
      <AutomationSection state={automation} groups={groups} />
      <DryRunSection state={dryRun} />
      <MoreSections
        client={client}
        session={session}
        categories={automation.settings?.categories ?? []}
        automationRevision={automation.revision}
      />
    </>
  )
}
