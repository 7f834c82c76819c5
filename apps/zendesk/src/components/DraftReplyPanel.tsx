import { useState } from 'react'
import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { isSupportedLanguage, type Tone } from '@deskmate/shared'
import { useAgentName, useDraftInsert, useDraftReply, useI18n, type HostTicket } from '@deskmate/app-core'
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
  const { t, language: uiLanguage } = useI18n()
  const draft = useDraftReply(ticket)
  const agentName = useAgentName()
  const inserting = useDraftInsert(draft.status === 'done' ? draft.text : '')
  const [tone, setTone] = useState<Tone>('friendly')
  const [chosenLanguage, setChosenLanguage] = useState<string | undefined>()
  const language =
    chosenLanguage ??
    (customerLanguage && isSupportedLanguage(customerLanguage) ? customerLanguage : uiLanguage)
  const isStreaming = draft.status === 'streaming'
  const hasDraft = draft.status === 'done'

  const start = () => draft.start({ tone, language, ...(agentName ? { agentName } : {}) })
  const insertMessage = {
    idle: '',
    inserted: t('draft.inserted'),
    confirm: t('draft.alreadyInserted'),
    failed: t('draft.insertFailed'),
  }[inserting.status]

  return (
    <Panel title={t('draft.title')} isBusy={isStreaming}>
      <DraftControls
        tone={tone}
        language={language}
        isDisabled={isStreaming}
        onToneChange={setTone}
        onLanguageChange={setChosenLanguage}
      />
      <Actions>
        {isStreaming ? (
          <Button size="small" onClick={draft.cancel}>
            {t('draft.cancel')}
          </Button>
        ) : hasDraft ? (
          <>
            <Button size="small" isPrimary onClick={() => void inserting.insert()}>
              {inserting.status === 'confirm' ? t('draft.insertAgain') : t('draft.insert')}
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
      <SM role="status">
        {isStreaming
          ? t('draft.streaming')
          : draft.status === 'cancelled'
            ? t('draft.cancelled')
            : insertMessage}
      </SM>
    </Panel>
  )
}
