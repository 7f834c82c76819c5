import styled from 'styled-components'
import { Anchor } from '@zendeskgarden/react-buttons'
import { Well } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { Draft } from '@deskmate/shared'
import { useI18n } from '@deskmate/app-core'

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

/** The draft as it is written, then its sources and engine. */
export const DraftPreview = ({ text, draft, isStreaming }: DraftPreviewProps) => {
  const { t } = useI18n()
  return (
    <Well isRecessed>
      {/* Not a live region: reading every streamed word aloud would drown the agent; the status line announces progress. */}
      <Text role="region" aria-label={t('draft.preview')} aria-busy={isStreaming} tabIndex={0}>
        {text}
      </Text>
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
