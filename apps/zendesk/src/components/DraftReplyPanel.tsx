import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { useDraftPanel, useI18n, type HostTicket } from '@deskmate/app-core'
import { DraftControls } from './DraftControls.tsx'
import { DraftPreview } from './DraftPreview.tsx'
import { Panel } from './Panel.tsx'
import { ErrorState } from './PanelStates.tsx'

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
`

/** Props of DraftReplyPanel. */
export type DraftReplyPanelProps = {
  ticket: HostTicket
  /** The customer's language as analysis detected it (the default reply language). */
  customerLanguage: string | undefined
}

/**
 * Drafts a reply that streams into a preview, then inserts it into the composer. The Worker grounds it in the
 * suggestions that clear the tenant's threshold, so a ticket no article answers gets a draft that says so.
 */
export const DraftReplyPanel = ({ ticket, customerLanguage }: DraftReplyPanelProps) => {
  const { t } = useI18n()
  const panel = useDraftPanel(ticket, customerLanguage)
  const { draft, isStreaming, start } = panel

  return (
    <Panel title={t('draft.title')} isBusy={isStreaming}>
      <DraftControls
        tone={panel.tone}
        language={panel.language}
        isDisabled={isStreaming}
        onToneChange={panel.setTone}
        onLanguageChange={panel.setLanguage}
      />
      <Actions>
        {isStreaming ? (
          <Button size="small" onClick={draft.cancel}>
            {t('draft.cancel')}
          </Button>
        ) : panel.hasDraft ? (
          <>
            <Button size="small" isPrimary onClick={panel.insert}>
              {panel.isInsertAgain ? t('draft.insertAgain') : t('draft.insert')}
            </Button>
            <Button size="small" onClick={start}>
              {t('draft.regenerate')}
            </Button>
          </>
        ) : (
          <Button size="small" isPrimary onClick={start}>
            {t('draft.generate')}
          </Button>
        )}
      </Actions>
      {draft.status === 'error' ? (
        <ErrorState title={t('draft.error')} error={draft.error} onRetry={start} />
      ) : draft.status === 'idle' ? (
        <SM>{t('draft.empty')}</SM>
      ) : (
        <DraftPreview text={draft.text} draft={draft.draft} isStreaming={isStreaming} />
      )}
      <SM role="status">{panel.statusMessage}</SM>
    </Panel>
  )
}
