import { useDraftPanel, useI18n, type HostTicket } from '@deskmate/app-core'
import { Button } from './Button.tsx'
import { DraftControls } from './DraftControls.tsx'
import { DraftPreview } from './DraftPreview.tsx'
import { Panel } from './Panel.tsx'
import { ErrorState } from './PanelStates.tsx'

/** Props of DraftReplyPanel. */
export type DraftReplyPanelProps = {
  ticket: HostTicket
  /** The customer's language as analysis detected it (the default reply language). */
  customerLanguage: string | undefined
}

/**
 * Drafts a reply that streams into a preview, then inserts it into Freshdesk's reply editor. The Worker grounds
 * it in the suggestions that clear the tenant's threshold, so a ticket no article answers gets a draft that says so.
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
      <div className="fd-row">
        {isStreaming ? (
          <Button onClick={draft.cancel}>{t('draft.cancel')}</Button>
        ) : panel.hasDraft ? (
          <>
            <Button variant="primary" onClick={panel.insert}>
              {panel.isInsertAgain ? t('draft.insertAgain') : t('draft.insert')}
            </Button>
            <Button onClick={start}>{t('draft.regenerate')}</Button>
          </>
        ) : (
          <Button variant="primary" onClick={start}>
            {t('draft.generate')}
          </Button>
        )}
      </div>
      {draft.status === 'error' ? (
        <ErrorState title={t('draft.error')} error={draft.error} onRetry={start} />
      ) : draft.status === 'idle' ? (
        <span className="fd-small">{t('draft.empty')}</span>
      ) : (
        <DraftPreview text={draft.text} draft={draft.draft} isStreaming={isStreaming} />
      )}
      <span className="fd-small" role="status">
        {panel.statusMessage}
      </span>
    </Panel>
  )
}
