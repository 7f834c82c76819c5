import styled from 'styled-components'
import { Anchor, Button } from '@zendeskgarden/react-buttons'
import { Field, Input, Select } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD } from '@zendeskgarden/react-typography'
import { useArticlesTable, useI18n, useInsightWords, type KnowledgeState } from '@deskmate/app-core'
import { DataTableView } from './console-table.ts'

const Search = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${(p) => p.theme.space.sm};
`

const Pages = styled.nav`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.sm};
`

const link = (href: string, text: string) => (
  <Anchor href={href} target="_blank" isExternal>
    {text}
  </Anchor>
)

const Rows = ({ state }: { state: KnowledgeState }) => {
  const { t } = useI18n()
  const items = state.page?.items ?? []
  const table = useArticlesTable(items, link)
  if (items.length === 0) return <p>{t('console.knowledge.noMatch')}</p>
  return <DataTableView labelledBy="knowledge-list-title" {...table} />
}

/** The indexed articles, searched by title or id, a page at a time. */
export const KnowledgeArticles = ({ state }: { state: KnowledgeState }) => {
  const { t } = useI18n()
  const words = useInsightWords()
  const { range } = state
  return (
    <div aria-busy={state.isLoadingPage}>
      <MD tag="h3" id="knowledge-list-title">
        {t('console.knowledge.listTitle')}
      </MD>
      <Search
        role="search"
        onSubmit={(event) => {
          event.preventDefault()
          state.applySearch()
        }}
      >
        <Field>
          <Field.Label>{t('console.knowledge.search')}</Field.Label>
          <Input
            isCompact
            type="search"
            value={state.search.q}
            onChange={(event) => state.editSearch({ q: event.target.value })}
          />
        </Field>
        <Field>
          <Field.Label>{t('console.knowledge.language')}</Field.Label>
          <Select
            isCompact
            value={state.search.language}
            onChange={(event) => state.editSearch({ language: event.target.value })}
          >
            <option value="">{t('console.activity.any')}</option>
            {(state.summary?.languages ?? []).map((row) => (
              <option key={row.language} value={row.language}>
                {words.languageName(row.language)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" size="small">
          {t('console.knowledge.searchButton')}
        </Button>
      </Search>
      {state.pageError ? (
        <Alert type="error">
          <Alert.Paragraph>
            {t('console.knowledge.loadError', { error: state.pageError.message })}
          </Alert.Paragraph>
        </Alert>
      ) : null}
      {state.page === null && !state.pageError ? <p role="status">{t('console.knowledge.loading')}</p> : null}
      {state.page ? <Rows state={state} /> : null}
      {state.page && range.total > 0 ? (
        <Pages aria-label={t('console.knowledge.pages')}>
          <Button size="small" disabled={!range.hasPrevious} onClick={state.previousPage}>
            {t('console.knowledge.previous')}
          </Button>
          <span role="status">
            {t('console.knowledge.range', { from: range.from, to: range.to, total: range.total })}
          </span>
          <Button size="small" disabled={!range.hasNext} onClick={state.nextPage}>
            {t('console.knowledge.next')}
          </Button>
        </Pages>
      ) : null}
    </div>
  )
}
