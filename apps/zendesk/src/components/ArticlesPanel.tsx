import { useState } from 'react'
import styled from 'styled-components'
import { Anchor, Button } from '@zendeskgarden/react-buttons'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { Suggestion } from '@deskmate/shared'
import {
  articleLinkReply,
  formatPercent,
  languageOf,
  useHost,
  useI18n,
  type Resource,
} from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'
import { VisuallyHidden } from './VisuallyHidden.tsx'

const List = styled.ol`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  margin: 0;
  padding: 0;
  list-style: none;
`

const Item = styled.li`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
`

const Actions = styled.div`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`

const Article = ({ article, onInserted }: { article: Suggestion; onInserted: (message: string) => void }) => {
  const { t, language } = useI18n()
  const host = useHost()
  // Screen readers pronounce an article in its own language when it differs from the interface's.
  const lang = languageOf(article.locale) === language ? undefined : article.locale
  const insertLink = () =>
    host.insertReply(articleLinkReply(article)).then(
      () => onInserted(t('articles.inserted', { title: article.title })),
      () => onInserted(t('articles.insertFailed')),
    )
  return (
    <Item>
      {article.url ? (
        <Anchor href={article.url} target="_blank" rel="noopener noreferrer">
          <span lang={lang}>{article.title}</span>
          <VisuallyHidden> {t('articles.opensInNewTab')}</VisuallyHidden>
        </Anchor>
      ) : (
        <strong lang={lang}>{article.title}</strong>
      )}
      {article.snippet && <SM lang={lang}>{article.snippet}</SM>}
      <Actions>
        <Tag>{t('articles.match', { value: formatPercent(article.confidence, language) })}</Tag>
        {article.url && (
          <Button
            size="small"
            isBasic
            onClick={insertLink}
            aria-label={t('articles.insertLinkLabel', { title: article.title })}
          >
            {t('articles.insertLink')}
          </Button>
        )}
      </Actions>
    </Item>
  )
}

/** The top knowledge-base articles for the ticket. */
export const ArticlesPanel = ({ suggestions }: { suggestions: Resource<Suggestion[]> }) => {
  const { t } = useI18n()
  const [message, setMessage] = useState('')
  return (
    <Panel
      title={t('articles.title')}
      isBusy={suggestions.status === 'loading'}
      isRefreshing={suggestions.isRefreshing}
    >
      {suggestions.status === 'success' && suggestions.data.length > 0 ? (
        <List>
          {suggestions.data.map((article) => (
            <Article key={article.id} article={article} onInserted={setMessage} />
          ))}
        </List>
      ) : suggestions.status === 'success' || suggestions.status === 'idle' ? (
        <EmptyState label={t('articles.empty')} />
      ) : suggestions.status === 'error' ? (
        <ErrorState title={t('articles.error')} error={suggestions.error} onRetry={suggestions.retry} />
      ) : (
        <LoadingState label={t('articles.loading')} />
      )}
      <SM role="status">{message}</SM>
    </Panel>
  )
}
