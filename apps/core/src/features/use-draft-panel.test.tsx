import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useTicket } from './ticket-context.tsx'
import { createFakeHost } from '../testing/fake-host.ts'
import { renderWithHost } from '../testing/render-with-host.tsx'
import { draftLanguageFor, useDraftPanel, type DraftPanel } from './use-draft-panel.ts'

describe('draftLanguageFor', () => {
  it('prefers the agent’s choice, then a customer language Deskmate writes, then the sidebar’s', () => {
    expect(draftLanguageFor('fr', 'de', 'en')).toBe('fr')
    expect(draftLanguageFor(undefined, 'de', 'en')).toBe('de')
    expect(draftLanguageFor(undefined, 'ja', 'es')).toBe('es')
    expect(draftLanguageFor(undefined, undefined, 'pt')).toBe('pt')
  })
})

describe('useDraftPanel', () => {
  const panelRef: { current: DraftPanel | null } = { current: null }
  const Probe = ({ customerLanguage }: { customerLanguage: string | undefined }) => {
    const ticket = useTicket()
    if (ticket.status !== 'success') return null
    return <Inner ticketData={ticket.data} customerLanguage={customerLanguage} />
  }
  const Inner = ({
    ticketData,
    customerLanguage,
  }: {
    ticketData: Parameters<typeof useDraftPanel>[0]
    customerLanguage: string | undefined
  }) => {
    const panel = useDraftPanel(ticketData, customerLanguage)
    panelRef.current = panel
    return <p>{`${panel.tone}/${panel.language}/${panel.draft.status}`}</p>
  }

  it('starts friendly in the customer’s language and follows the agent’s choices', async () => {
    renderWithHost(<Probe customerLanguage="de" />, createFakeHost())
    expect(await screen.findByText('friendly/de/idle')).toBeInTheDocument()
    act(() => {
      panelRef.current?.setTone('formal')
      panelRef.current?.setLanguage('es')
    })
    expect(screen.getByText('formal/es/idle')).toBeInTheDocument()
  })

  it('falls back to the sidebar’s language for a customer language Deskmate does not write', async () => {
    renderWithHost(<Probe customerLanguage="ja" />, createFakeHost(), { locale: 'fr-FR' })
    expect(await screen.findByText('friendly/fr/idle')).toBeInTheDocument()
  })

  it('asks the Worker for a draft in the chosen tone and language, signed with the agent’s name', async () => {
    const host = createFakeHost({
      routes: { 'POST /v1/replies/stream-token': () => Promise.reject(new Error('offline')) },
    })
    renderWithHost(<Probe customerLanguage="de" />, host)
    await screen.findByText('friendly/de/idle')
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
      panelRef.current?.start()
    })
    expect(host.calls.find((call) => call.path === '/v1/replies/stream-token')?.body).toMatchObject({
      tone: 'friendly',
      language: 'de',
      agentName: 'Dana Agent',
    })
  })
})
