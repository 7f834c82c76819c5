import { useRef } from 'react'
import styled from 'styled-components'
import { Anchor } from '@zendeskgarden/react-buttons'
import { Alert, Well } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { Draft } from '@deskmate/shared'
import { describeReason, useI18n, useOverflowHint } from '@deskmate/app-core'

const Text = styled.div`
  max-height: 320px;
  overflow-y: auto;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-size: ${(p) => p.theme.fontSizes.sm};
`

const Sources = styled.ul`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  padding-left: ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.sm};
`

/** Props of DraftPreview. */
export type DraftPreviewProps = { text: string; draft: Draft | null; isStreaming: boolean }

/** What the agent must check before sending the finished draft (no answering article, unverified facts). */
const ReviewNotice = ({ draft }: { draft: Draft }) => {
  const i18n = useI18n()
  const review = draft.review ?? []
  if (review.length === 0) return null
  return (
    <Alert type="warning" style={{ marginBottom: 8 }}>
      <Alert.Title>{i18n.t('draft.reviewTitle')}</Alert.Title>
      {review.map((reason, i) => (
        <Alert.Paragraph key={`${reason.code}-${i}`}>{describeReason(reason, i18n)}</Alert.Paragraph>
      ))}
    </Alert>
  )
}

/** The draft as it is written, then its sources and engine; a finished draft to review says so first. */
export const DraftPreview = ({ text, draft, isStreaming }: DraftPreviewProps) => {
  const { t } = useI18n()
  const textRef = useRef<HTMLDivElement>(null)
  const isCutOff = useOverflowHint(textRef, text)
  return (
    <Well isRecessed>
      {draft && <ReviewNotice draft={draft} />}
      {/* Not a live region: reading every streamed word aloud would drown the agent; the status line announces progress. */}
      <Text ref={textRef} role="region" aria-label={t('draft.preview')} aria-busy={isStreaming} tabIndex={0}>
        {text}
      </Text>
      {isCutOff && (
        <SM aria-hidden="true" style={{ marginTop: 4 }}>
          {t('draft.scrollHint')}
        </SM>
      )}
      {draft && (
        <>
          {draft.citations.length > 0 ? (
            <>
              <SM isBold style={{ marginTop: 8 }}>
                {t('draft.sources')}
              </SM>
              <Sources>
                {draft.citations.map((citation) => (
                  <li key={citation.id}>
                    {citation.url ? (
                      <Anchor href={citation.url} target="_blank" rel="noopener noreferrer">
                        {citation.title}
                      </Anchor>
                    ) : (
                      citation.title
                    )}
                  </li>
                ))}
              </Sources>
            </>
          ) : (
            <SM style={{ marginTop: 8 }}>{t('draft.noSources')}</SM>
          )}
          <SM>{t(`draft.engine.${draft.engine}`)}</SM>
        </>
      )}
    </Well>
  )
}
