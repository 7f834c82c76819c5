import type { Reason } from '../api/analyze.ts'

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
      ? {
          code: 'article_confident',
          message: `Article "${article.title}" answers it with ${confidence} confidence (threshold ${threshold})`,
          params: { article: article.title, articleId: article.id, confidence, threshold },
        }
      : {
          code: 'article_confident',
          message: `A knowledge-base article answers it with ${confidence} confidence (threshold ${threshold})`,
          params: { confidence, threshold },
        },
    {
      code: 'category_allowed',
      message: `Category ${input.category} is automated`,
      params: { category: input.category },
    },
    {
      code: 'sentiment_ok',
      message: `The customer's sentiment is ${input.sentiment.replace('_', ' ')}`,
      params: { sentiment: input.sentiment },
    },
    {
      code: 'channel_allowed',
      message: `Channel ${input.channel} is automated`,
      params: { channel: input.channel },
    },
    {
      code: 'language_supported',
      message: `Language ${input.language} is automated`,
      params: { language: input.language },
    },
  ]
}
