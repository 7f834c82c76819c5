import {
  useActivityLog,
  useAnalytics,
  useKnowledge,
  useTicketFields,
  useTraining,
  type AdminSessionInfo,
  type ConsoleClient,
} from '@deskmate/app-core'
import { ActivitySection } from './ActivitySection.tsx'
import { AnalyticsSection } from './AnalyticsSection.tsx'
import { KnowledgeSection } from './KnowledgeSection.tsx'
import { SettingsHistory } from './SettingsHistory.tsx'
import { TrainingSection } from './TrainingSection.tsx'
import './console-sections.css'

/** Props of MoreSections: the console's client and session, the tenant's categories, the automation's revision. */
export type MoreSectionsProps = {
  client: ConsoleClient
  session: AdminSessionInfo
  /** The tenant's categories, for the activity log's category filter. */
  categories: string[]
  /** Counts the automation's saves: the settings history reloads when it (or a model change) moves. */
  automationRevision: number
}

/** The Freshdesk console's Activity, Analytics, Knowledge, Training and settings history sections. */
export const MoreSections = ({ client, session, categories, automationRevision }: MoreSectionsProps) => {
  const activity = useActivityLog(client)
  const analytics = useAnalytics(client)
  const knowledge = useKnowledge(client)
  const training = useTraining(client)
  const fields = useTicketFields(client)
  return (
    <>
      <ActivitySection state={activity} tenantId={session.tenantId} categories={categories} />
      <AnalyticsSection state={analytics} tenantId={session.tenantId} />
      <KnowledgeSection state={knowledge} />
      <TrainingSection state={training} fields={fields} />
      <SettingsHistory client={client} revision={automationRevision + training.revision} />
    </>
  )
}
