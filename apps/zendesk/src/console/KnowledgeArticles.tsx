import styled from 'styled-components'
import { Anchor, Button } from '@zendeskgarden/react-buttons'
import { Field, Input, Select } from '@zendeskgarden/react-forms'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD } from '@zendeskgarden/react-typography'
import { formatDateTime, useI18n, useInsightWords, type KnowledgeState } from '@deskmate/app-core'
import { Table } from './console-table.ts'

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

const Rows = ({ state }: { state: KnowledgeState }) => {
  const { t, language } = useI18n()
  const items = state.page?.items ?? []
  if (items.length === 0) return <p>{t('console.knowledge.noMatch')}</p>
  return (
    <Table aria-labelledby="knowledge-list-title">
      <thead>
        <tr>
          <th scope="col">{t('console.knowledge.articleTitle')}</th>
          <th scope="col">{t('console.knowledge.language')}</th>
          <th scope="col">{t('console.knowledge.examples')}</th>
          <th scope="col">{t('console.knowledge.source')}</th>
          <th scope="col">{t('console.knowledge.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((article) => (
          <tr key={article.id}>
            <th scope="row">
              {article.url ? (
                <Anchor href={article.url} target="_blank" isExternal>
                  {article.title}
                </Anchor>
              ) : (
                article.title
              )}
            </th>
            <td>{article.language}</td>
            <td>{article.examples}</td>
            <td>{t(`console.knowledge.source.${article.synced ? 'synced' : 'imported'}`)}</td>
            <td>
              <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, language)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
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
