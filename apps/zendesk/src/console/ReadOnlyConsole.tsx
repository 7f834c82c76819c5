import { AppError } from '@deskmate/shared'
import { Alert } from '@zendeskgarden/react-notifications'
import { useI18n, useAutomationForm, type ConsoleClient, type GroupsState } from '@deskmate/app-core'
import { AutomationSection } from './AutomationSection.tsx'

/** An agent reads no group list (admins only): the stored group shows as its id. */
const NO_GROUPS: GroupsState = {
  groups: null,
  error: new AppError('admin_required', 'Only an administrator can list them'),
}

/**
 * What an agent who opens the console sees: a notice, and the automation's settings with every control
 * disabled. The Worker allows the session nothing more (GET /v1/settings is an agents' operation).
 */
export const ReadOnlyConsole = ({ client }: { client: ConsoleClient }) => {
  const { t } = useI18n()
  const automation = useAutomationForm(client)
  return (
    <>
      <Alert type="info" role="note">
        <Alert.Title>{t('console.readOnly.title')}</Alert.Title>
        <Alert.Paragraph>{t('console.readOnly.body')}</Alert.Paragraph>
      </Alert>
      <AutomationSection state={automation} groups={NO_GROUPS} readOnly />
    </>
  )
}
