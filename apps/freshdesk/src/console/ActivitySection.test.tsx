import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useActivityLog, type ConsoleClient } from '@deskmate/app-core'
import { fakeConsoleClient } from '@deskmate/app-core/testing'
import { renderConsole } from '../testing/render-console.tsx'
import { ActivitySection } from './ActivitySection.tsx'

const Harness = ({ client }: { client: ConsoleClient }) => (
  <ActivitySection
    state={useActivityLog(client)}
    tenantId="freshdesk:acme"
    categories={['billing', 'custom_queue']}
  />
)

afterEach(() => vi.restoreAllMocks())

describe('the Freshdesk console’s Activity section', { timeout: 20_000 }, () => {
  it('lists each decision with its reasons in the admin’s words, linked to the Freshdesk ticket', async () => {
    renderConsole(<Harness client={fakeConsoleClient()} />, 'de')
    const section = await screen.findByRole('region', { name: 'Aktivität' })
    const table = await within(section).findByRole('table', { name: 'Aktivität' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    // A log: the time does not name its row, so all four columns are cells.
    expect(within(rows[0]!).getAllByRole('cell')).toHaveLength(4)
    const link = within(rows[0]!).getByRole('link', { name: '#7' })
    expect(link).toHaveAttribute('href', 'https://acme.freshdesk.com/a/tickets/7')
    expect(rows[0]).toHaveTextContent('Erwähnt rechtliche Schritte')
    expect(within(rows[1]!).getByRole('link', { name: '#8' })).toHaveAttribute(
      'href',
      'https://acme.freshdesk.com/a/tickets/8',
    )
  })

  it('filters by outcome, category, language, dates and words, and exports that selection as a CSV file', async () => {
    const client = fakeConsoleClient()
    const user = userEvent.setup()
    const blobs: Blob[] = []
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:csv')
    URL.revokeObjectURL = () => undefined
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('deskmate-activity.csv')
    })
    renderConsole(<Harness client={client} />)
    await screen.findByRole('table', { name: 'Activity' })
    const category = screen.getByRole('combobox', { name: 'Category' })
    expect([...(category as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'Any',
      'Billing',
      'custom_queue',
    ])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'Escalated to an agent')
    await user.selectOptions(category, 'Billing')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'German')
    await user.type(screen.getByLabelText('From'), '2026-12-01')
    await user.type(screen.getByRole('textbox', { name: 'Ticket or words' }), 'refund{Enter}')
    const applied = {
      decision: 'escalated',
      reason: '',
      from: '2026-12-01',
      to: '',
      q: 'refund',
      category: 'billing',
      language: 'de',
    }
    await vi.waitFor(() => expect(client.calls).toContain(`searchActivity ${JSON.stringify(applied)}`))
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled())
    expect(client.calls).toContain(`exportActivity ${JSON.stringify(applied)}`)
    expect(await blobs[0]!.text()).toBe('created_at,ticket_id\r\n')
  })

  it('says when nothing matches', async () => {
    renderConsole(
      <Harness client={fakeConsoleClient({ overrides: { searchActivity: async () => ({ items: [] }) } })} />,
    )
    expect(await screen.findByText('No decisions match.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('shows the Worker’s refusal to a non-admin, in German', async () => {
    renderConsole(<Harness client={fakeConsoleClient({ refuse: true })} />, 'de')
    const section = await screen.findByRole('region', { name: 'Aktivität' })
    expect(await within(section).findByRole('alert')).toHaveTextContent('Only an administrator can do this')
  })
})
