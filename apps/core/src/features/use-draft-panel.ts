import { useState } from 'react'
import { isSupportedLanguage, type Tone } from '@deskmate/shared'
import type { HostTicket } from '../host/host-client.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import { useAgentName } from './use-agent-name.ts'
import { useDraftInsert } from './use-draft-insert.ts'
import { useDraftReply } from './use-draft-reply.ts'

/** The tone a draft starts with. */
export const DEFAULT_TONE: Tone = 'friendly'

/**
 * The reply language: the agent's choice, else the customer's language when Deskmate writes it, else the
 * sidebar's own language.
 */
export const draftLanguageFor = (
  chosen: string | undefined,
  customerLanguage: string | undefined,
  uiLanguage: string,
): string =>
  chosen ?? (customerLanguage && isSupportedLanguage(customerLanguage) ? customerLanguage : uiLanguage)

/**
 * Everything the Draft reply panel does, for any host to render: the tone and language pickers' state, drafting
 * signed with the agent's name, inserting into the composer, and the status line in the agent's words.
 * `customerLanguage` is the language analysis detected (the default reply language).
 */
export const useDraftPanel = (ticket: HostTicket, customerLanguage: string | undefined) => {
  const { t, language: uiLanguage } = useI18n()
  const draft = useDraftReply(ticket)
  const agentName = useAgentName()
  const inserting = useDraftInsert(draft.status === 'done' ? draft.text : '')
  const [tone, setTone] = useState<Tone>(DEFAULT_TONE)
  const [chosenLanguage, setLanguage] = useState<string | undefined>()
  const language = draftLanguageFor(chosenLanguage, customerLanguage, uiLanguage)
  const isStreaming = draft.status === 'streaming'

  const start = () => draft.start({ tone, language, ...(agentName ? { agentName } : {}) })
  const insertMessage = {
    idle: '',
    inserted: t('draft.inserted'),
    confirm: t('draft.alreadyInserted'),
    failed: t('draft.insertFailed'),
  }[inserting.status]
  const statusMessage = isStreaming
    ? t('draft.streaming')
    : draft.status === 'cancelled'
      ? t('draft.cancelled')
      : insertMessage

  return {
    draft,
    tone,
    setTone,
    language,
    setLanguage,
    isStreaming,
    hasDraft: draft.status === 'done',
    start,
    insert: () => void inserting.insert(),
    /** Inserting the same draft again needs the agent's confirmation. */
    isInsertAgain: inserting.status === 'confirm',
    statusMessage,
  }
}
export type DraftPanel = ReturnType<typeof useDraftPanel>
