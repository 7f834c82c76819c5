import type { Reason } from '../api/analyze.ts'
import { makeReason } from './reason-text.ts'

/** What an automated reply was allowed on: the article and its confidence, category, sentiment, channel. */
export type AllowedInput = {
  channel: string
  category: string
  language: string
  sentiment: string
  retrievalConfidence: number
  threshold: number
  topArticle?: { id: string; title: string } | null
}

const percent = (value: number): string => `${Math.round(value * 100)}%`

/**
 * Why a ticket may be answered automatically, as structured reasons for the audit, the plan and the sidebar.
 * @example allowedReasons({ channel: 'email', category: 'how_to', language: 'en', sentiment: 'neutral', retrievalConfidence: 0.82, threshold: 0.6 })[0]?.code // 'article_confident'
 */
export const allowedReasons = (input: AllowedInput): Reason[] => {
  const confidence = percent(input.retrievalConfidence)
  const threshold = percent(input.threshold)
  const article = input.topArticle
  return [
    article
      ? makeReason('article_confident', {
          article: article.title,
          articleId: article.id,
          confidence,
          threshold,
        })
      : makeReason('kb_confident', { confidence, threshold }),
    makeReason('category_allowed', { category: input.category }),
    makeReason('sentiment_ok', { sentiment: input.sentiment }),
    makeReason('channel_allowed', { channel: input.channel }),
    makeReason('language_supported', { language: input.language }),
  ]
}
