import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeConsoleClient } from '@deskmate/app-core/testing'
import { renderConsole } from '../testing/render-console.tsx'
import { MoreSections } from './MoreSections.tsx'

const SESSION = { token: 'admin-session', expiresAt: '2026-12-04T05:00:00Z', tenantId: 'freshdesk:acme' }

describe('the Freshdesk console’s further sections', { timeout: 20_000 }, () => {
  it('shows Activity, Analytics, Knowledge, Training and the changes, with who changed what', async () => {
    const client = fakeConsoleClient()
    renderConsole(
      <MoreSections client={client} session={SESSION} categories={['billing']} automationRevision={0} />,
    )
    for (const name of ['Activity', 'Analytics', 'Knowledge', 'Training'])
      expect(await screen.findByRole('region', { name })).toBeInTheDocument()
    const history = await screen.findByRole('list', { name: 'Changes' })
    const entries = within(history)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === history)
    expect(entries[0]).toHaveTextContent(/^Ada Admin, /)
    expect(entries[0]).toHaveTextContent(
      'Category model: the built-in model → your model, learned from 40 tickets on',
    )
    expect(entries[1]).toHaveTextContent(/^9, /)
    expect(entries[1]).toHaveTextContent('Answer threshold: 0.6 → 0.75')
    expect(screen.getByRole('link', { name: '#7' })).toHaveAttribute(
      'href',
      'https://acme.freshdesk.com/a/tickets/7',
    )
  })

  it('reads the changes again when the automation is saved', async () => {
    const client = fakeConsoleClient()
    const count = () => client.calls.filter((call) => call.startsWith('getHistory')).length
    const { rerender } = renderConsole(
      <MoreSections client={client} session={SESSION} categories={[]} automationRevision={0} />,
    )
    await screen.findByRole('list', { name: 'Changes' })
    expect(count()).toBe(1)
    rerender(<MoreSections client={client} session={SESSION} categories={[]} automationRevision={1} />)
    await vi.waitFor(() => expect(count()).toBe(2))
  })

  it('says when nothing has changed yet', async () => {
    const client = fakeConsoleClient({ overrides: { getHistory: async () => ({ items: [] }) } })
    renderConsole(<MoreSections client={client} session={SESSION} categories={[]} automationRevision={0} />)
    const history = await screen.findByRole('region', { name: 'Changes' })
    expect(await within(history).findByText('No changes yet.')).toBeInTheDocument()
  })

  it.each([
    ['de', ['Aktivität', 'Analysen', 'Wissen', 'Training', 'Änderungen']],
    ['es', ['Actividad', 'Analíticas', 'Conocimiento', 'Entrenamiento', 'Cambios']],
    ['fr', ['Activité', 'Statistiques', 'Connaissances', 'Entraînement', 'Modifications']],
    ['pt', ['Atividade', 'Análises', 'Conhecimento', 'Treinamento', 'Alterações']],
  ])('names every section in %s', async (locale, names) => {
    renderConsole(
      <MoreSections client={fakeConsoleClient()} session={SESSION} categories={[]} automationRevision={0} />,
      locale,
    )
    for (const name of names) expect(await screen.findByRole('region', { name })).toBeInTheDocument()
  })
})
