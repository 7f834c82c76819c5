import { useBreakdownTable, type Breakdown } from '@deskmate/app-core'
import { DataTableView } from './console-table.ts'

/** A breakdown (reasons, categories, languages, …) as a table of counts and shares, largest first. */
export const CountTable = ({ breakdown }: { breakdown: Breakdown }) => (
  <DataTableView {...useBreakdownTable(breakdown)} />
)
