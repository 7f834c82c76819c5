import type { AdminSessionInfo, ConsoleClient } from '@deskmate/app-core'

/** Props of MoreSections: the console's Worker client, the admin session, the tenant's categories, the settings revision. */
export type MoreSectionsProps = {
  client: ConsoleClient
  session: AdminSessionInfo
  categories: string[]
  automationRevision: number
}

/** The console's sections below Automation and Dry run (Activity, Analytics, Knowledge, Training, history). */
export const MoreSections = (_props: MoreSectionsProps) => null
