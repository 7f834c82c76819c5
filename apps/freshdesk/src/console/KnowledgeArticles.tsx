import { useId } from 'react'
import {
  DataTable,
  useArticlesTable,
  useI18n,
  useInsightWords,
  type KnowledgeState,
} from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { EmptyState, LoadingState, Notice } from '../components/PanelStates.tsx'
import { SelectField, TextField } from './ConsoleFields.tsx'
import { SubHeading } from './ConsoleSection.tsx'
import { externalLink } from './external-link.tsx'

const Rows = ({ state, labelledBy }: { state: KnowledgeState; labelledBy: string }) => {
  const { t } = useI18n()
  const items = state.page?.items ?? []
  const table = useArticlesTable(items, externalLink)
  if (items.length === 0) return <EmptyState label={t('console.knowledge.noMatch')} />
  return <DataTable className="fd-table" labelledBy={labelledBy} {...table} />
}

/** The indexed articles, searched by title or id and narrowed to a language, a page at a time. */
export const KnowledgeArticles = ({ state }: { state: KnowledgeState }) => {
  const { t } = useI18n()
  const words = useInsightWords()
  const titleId = useId()
  const { range } = state
  return (
    <div className="fd-stack" aria-busy={state.isLoadingPage}>
      <SubHeading id={titleId}>{t('console.knowledge.listTitle')}</SubHeading>
      <form
        role="search"
        className="fd-filters"
        onSubmit={(event) => {
          event.preventDefault()
          state.applySearch()
        }}
      >
        <TextField
          label={t('console.knowledge.search')}
          type="search"
          value={state.search.q}
          onChange={(q) => state.editSearch({ q })}
        />
        <SelectField
          label={t('console.knowledge.language')}
          value={state.search.language}
          onChange={(language) => state.editSearch({ language })}
          options={[
            { value: '', label: t('console.activity.any') },
            ...(state.summary?.languages ?? []).map((row) => ({
              value: row.language,
              label: words.languageName(row.language),
            })),
          ]}
        />
        <Button type="submit">{t('console.knowledge.searchButton')}</Button>
      </form>
      {state.pageError ? (
        <Notice tone="error" title={t('console.knowledge.loadError', { error: state.pageError.message })} />
      ) : null}
      {state.page === null && !state.pageError ? (
        <LoadingState label={t('console.knowledge.loading')} />
      ) : null}
      {state.page ? <Rows state={state} labelledBy={titleId} /> : null}
      {state.page && range.total > 0 ? (
        <nav className="fd-row" aria-label={t('console.knowledge.pages')}>
          <Button disabled={!range.hasPrevious} onClick={state.previousPage}>
            {t('console.knowledge.previous')}
          </Button>
          <span role="status">
            {t('console.knowledge.range', { from: range.from, to: range.to, total: range.total })}
          </span>
          <Button disabled={!range.hasNext} onClick={state.nextPage}>
            {t('console.knowledge.next')}
          </Button>
        </nav>
      ) : null}
    </div>
  )
}
