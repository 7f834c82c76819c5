import { FwPill } from '@freshworks/crayons/react'
import type { Suggestion } from '@deskmate/shared'
import { formatPercent, languageOf, useArticleInsert, useI18n, type Resource } from '@deskmate/app-core'
import { Button } from './Button.tsx'
import { Panel } from './Panel.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'

const Article = ({ article, onInsert }: { article: Suggestion; onInsert: (article: Suggestion) => void }) => {
  const { t, language } = useI18n()
  // Screen readers pronounce an article in its own language when it differs from the interface's.
  const lang = languageOf(article.locale) === language ? undefined : article.locale
  return (
    <li className="fd-stack">
      {article.url ? (
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          <span lang={lang}>{article.title}</span>
          <span className="fd-visually-hidden"> {t('articles.opensInNewTab')}</span>
        </a>
      ) : (
        <strong lang={lang}>{article.title}</strong>
      )}
      {article.snippet && (
        <span className="fd-small fd-muted" lang={lang}>
          {article.snippet}
        </span>
      )}
      <div className="fd-row">
        <FwPill>{t('articles.match', { value: formatPercent(article.confidence, language) })}</FwPill>
        {article.url && (
          <Button
            variant="text"
            onClick={() => onInsert(article)}
            aria-label={t('articles.insertLinkLabel', { title: article.title })}
          >
            {t('articles.insertLink')}
          </Button>
        )}
      </div>
    </li>
  )
}

/** The top knowledge-base articles for the ticket. */
export const ArticlesPanel = ({ suggestions }: { suggestions: Resource<Suggestion[]> }) => {
  const { t } = useI18n()
  const { message, insertLink } = useArticleInsert()
  return (
    <Panel
      title={t('articles.title')}
      isBusy={suggestions.status === 'loading'}
      isRefreshing={suggestions.isRefreshing}
    >
      {suggestions.status === 'success' && suggestions.data.length > 0 ? (
        <ol className="fd-list-plain">
          {suggestions.data.map((article) => (
            <Article key={article.id} article={article} onInsert={(a) => void insertLink(a)} />
          ))}
        </ol>
      ) : suggestions.status === 'success' || suggestions.status === 'idle' ? (
        <EmptyState label={t('articles.empty')} />
      ) : suggestions.status === 'error' ? (
        <ErrorState title={t('articles.error')} error={suggestions.error} onRetry={suggestions.retry} />
      ) : (
        <LoadingState label={t('articles.loading')} />
      )}
      <span className="fd-small" role="status">
        {message}
      </span>
    </Panel>
  )
}
