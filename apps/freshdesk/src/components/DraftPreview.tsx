import { useRef } from 'react'
import type { Draft } from '@deskmate/shared'
import { describeReason, useI18n, useOverflowHint } from '@deskmate/app-core'
import { Notice } from './PanelStates.tsx'

/** Props of DraftPreview. */
export type DraftPreviewProps = { text: string; draft: Draft | null; isStreaming: boolean }

/** What the agent must check before sending the finished draft (no answering article, unverified facts). */
const ReviewNotice = ({ draft }: { draft: Draft }) => {
  const i18n = useI18n()
  const review = draft.review ?? []
  if (review.length === 0) return null
  return (
    <Notice tone="warning" title={i18n.t('draft.reviewTitle')}>
      {review.map((reason, i) => (
        <p key={`${reason.code}-${i}`}>{describeReason(reason, i18n)}</p>
      ))}
    </Notice>
  )
}

/** The draft's sources (links when they have a URL) and the engine that wrote it. */
const DraftSources = ({ draft }: { draft: Draft }) => {
  const { t } = useI18n()
  return (
    <>
      {draft.citations.length > 0 ? (
        <>
          <strong className="fd-small">{t('draft.sources')}</strong>
          <ul className="fd-list fd-small">
            {draft.citations.map((citation) => (
              <li key={citation.id}>
                {citation.url ? (
                  <a href={citation.url} target="_blank" rel="noopener noreferrer">
                    {citation.title}
                  </a>
                ) : (
                  citation.title
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <span className="fd-small">{t('draft.noSources')}</span>
      )}
      <span className="fd-small fd-muted">{t(`draft.engine.${draft.engine}`)}</span>
    </>
  )
}

/** The draft as it is written, then its sources and engine; a finished draft to review says so first. */
export const DraftPreview = ({ text, draft, isStreaming }: DraftPreviewProps) => {
  const { t } = useI18n()
  const textRef = useRef<HTMLDivElement>(null)
  const isCutOff = useOverflowHint(textRef, text)
  return (
    <div className="fd-well">
      {draft && <ReviewNotice draft={draft} />}
      {/* Not a live region: reading every streamed word aloud would drown the agent; the status line announces progress. */}
      <div
        ref={textRef}
        className="fd-draft-text"
        role="region"
        aria-label={t('draft.preview')}
        aria-busy={isStreaming}
        tabIndex={0}
      >
        {text}
      </div>
      {isCutOff && (
        <span className="fd-small fd-muted" aria-hidden="true">
          {t('draft.scrollHint')}
        </span>
      )}
      {draft && <DraftSources draft={draft} />}
    </div>
  )
}
