import { MD } from '@zendeskgarden/react-typography'
import { useCsatTable } from '@deskmate/app-core'
import type { AnalyticsResponse } from '@deskmate/shared'
import { DataTableView } from './console-table.ts'

/** CSAT of auto-answered vs human-answered tickets from the helpdesk's satisfaction ratings (apps/core). */
export const CsatTable = ({ csat }: { csat: AnalyticsResponse['csat'] }) => {
  const { title, table, note } = useCsatTable(csat)
  return (
    <>
      <MD tag="h3">{title}</MD>
      {table ? <DataTableView {...table} /> : null}
      <p>{note}</p>
    </>
  )
}
