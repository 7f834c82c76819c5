import { useState } from 'react'
import type { Suggestion } from '@deskmate/shared'
import { useHost } from '../host/host-context.tsx'
import { useI18n } from '../i18n/i18n-context.tsx'
import { articleLinkReply } from './reply-content.ts'

/** Inserts a suggested article's link into the composer; `message` says how the last insert went. */
export const useArticleInsert = () => {
  const { t } = useI18n()
  const host = useHost()
  const [message, setMessage] = useState('')
  const insertLink = (article: Suggestion): Promise<void> =>
    host.insertReply(articleLinkReply(article)).then(
      () => setMessage(t('articles.inserted', { title: article.title })),
      () => setMessage(t('articles.insertFailed')),
    )
  return { message, insertLink }
}
