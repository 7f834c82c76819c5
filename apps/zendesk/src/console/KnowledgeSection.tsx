import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { LG, MD } from '@zendeskgarden/react-typography'
import { SyncSummary, useI18n, useLanguagesTable, type KnowledgeState } from '@deskmate/app-core'
import type { KnowledgeSummary } from '@deskmate/shared'
import { KnowledgeArticles } from './KnowledgeArticles.tsx'
import { DataTableView } from './console-table.ts'

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.sm};
`

const warning = (text: string) => (
  <Alert type="warning" role="status">
    <Alert.Paragraph>{text}</Alert.Paragraph>
  </Alert>
)

const Languages = ({ summary }: { summary: KnowledgeSummary }) => {
  const { t } = useI18n()
  const table = useLanguagesTable(summary)
  if (summary.languages.length === 0) return <p>{t('console.knowledge.empty')}</p>
  return <DataTableView {...table} />
}

/** Knowledge: the Help Center sync's status, last run and error, counts per language, "Sync now", the index. */
export const KnowledgeSection = ({ state }: { state: KnowledgeState }) => {
  const { t } = useI18n()
  return (
    <section aria-labelledby="knowledge-title">
      <LG tag="h2" id="knowledge-title">
        {t('console.knowledge.title')}
      </LG>
      <MD tag="h3">{t('console.knowledge.summaryLabel')}</MD>
      {state.summaryError ? (
        <Alert type="error">
          <Alert.Paragraph>
            {t('console.knowledge.loadError', { error: state.summaryError.message })}
          </Alert.Paragraph>
        </Alert>
      ) : null}
      {state.summary ? (
        <>
          <SyncSummary summary={state.summary} warning={warning} />
          <Languages summary={state.summary} />
        </>
      ) : state.summaryError ? null : (
        <p role="status">{t('console.knowledge.loading')}</p>
      )}
      <Actions>
        <Button
          size="small"
          isPrimary
          disabled={state.sync === 'queueing'}
          onClick={() => void state.syncNow()}
        >
          {state.sync === 'queueing' ? t('console.knowledge.queueing') : t('console.knowledge.syncNow')}
        </Button>
        <Button size="small" onClick={state.refresh}>
          {t('console.knowledge.refresh')}
        </Button>
      </Actions>
      <div role="status">{state.sync === 'queued' ? t('console.knowledge.queued') : null}</div>
      {state.syncError ? (
        <Alert type="error">
          <Alert.Paragraph>
            {t('console.knowledge.syncError', { error: state.syncError.message })}
          </Alert.Paragraph>
        </Alert>
      ) : null}
      <KnowledgeArticles state={state} />
    </section>
  )
}
