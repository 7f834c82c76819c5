import type { KnowledgeSummary } from '@deskmate/shared'
import { DataTable, SyncSummary, useI18n, useLanguagesTable, type KnowledgeState } from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { EmptyState, LoadingState, Notice } from '../components/PanelStates.tsx'
import { ConsoleSection, SubHeading } from './ConsoleSection.tsx'
import { KnowledgeArticles } from './KnowledgeArticles.tsx'

const warning = (text: string) => (
  <div className="fd-notice fd-notice--warning" role="status">
    {text}
  </div>
)

const Languages = ({ summary }: { summary: KnowledgeSummary }) => {
  const { t } = useI18n()
  const table = useLanguagesTable(summary)
  if (summary.languages.length === 0) return <EmptyState label={t('console.knowledge.empty')} />
  return <DataTable className="fd-table" {...table} />
}

/** Knowledge: the sync's status, last run and error, counts per language, "Sync now", the searchable index. */
export const KnowledgeSection = ({ state }: { state: KnowledgeState }) => {
  const { t } = useI18n()
  return (
    <ConsoleSection
      title={t('console.knowledge.title')}
      isBusy={state.summary === null && !state.summaryError}
    >
      <SubHeading>{t('console.knowledge.summaryLabel')}</SubHeading>
      {state.summaryError ? (
        <Notice
          tone="error"
          title={t('console.knowledge.loadError', { error: state.summaryError.message })}
        />
      ) : null}
      {state.summary ? (
        <>
          <SyncSummary className="fd-stack" summary={state.summary} warning={warning} />
          <Languages summary={state.summary} />
        </>
      ) : state.summaryError ? null : (
        <LoadingState label={t('console.knowledge.loading')} />
      )}
      <div className="fd-row">
        <Button variant="primary" disabled={state.sync === 'queueing'} onClick={() => void state.syncNow()}>
          {state.sync === 'queueing' ? t('console.knowledge.queueing') : t('console.knowledge.syncNow')}
        </Button>
        <Button onClick={state.refresh}>{t('console.knowledge.refresh')}</Button>
      </div>
      <div role="status">{state.sync === 'queued' ? t('console.knowledge.queued') : null}</div>
      {state.syncError ? (
        <Notice tone="error" title={t('console.knowledge.syncError', { error: state.syncError.message })} />
      ) : null}
      <KnowledgeArticles state={state} />
    </ConsoleSection>
  )
}
