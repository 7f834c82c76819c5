import type { TrainingCandidate } from '@deskmate/shared'
import { useTrainingTable } from '@deskmate/app-core'
import { DataTableView } from './console-table.ts'

/** The candidate's cross-validated accuracy per category beside the active model's, on the same folds. */
export const TrainingResults = ({ candidate }: { candidate: TrainingCandidate }) => {
  const { summary, ...table } = useTrainingTable(candidate)
  return (
    <>
      <p>{summary}</p>
      <DataTableView {...table} />
    </>
  )
}
