import type { TrainingCandidate } from '@deskmate/shared'
import { DataTable, useTrainingTable } from '@deskmate/app-core'

/** The candidate's cross-validated accuracy per category beside the active model's, on the same folds. */
export const TrainingResults = ({ candidate }: { candidate: TrainingCandidate }) => {
  const { summary, ...table } = useTrainingTable(candidate)
  return (
    <>
      <p>{summary}</p>
      <DataTable className="fd-table" {...table} />
    </>
  )
}
