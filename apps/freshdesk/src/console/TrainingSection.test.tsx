import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useTicketFields, useTraining, type ConsoleClient } from '@deskmate/app-core'
import { checkAdoption, checkTrainingComparison, fakeConsoleClient } from '@deskmate/app-core/testing'
import { renderConsole } from '../testing/render-console.tsx'
import { TrainingSection } from './TrainingSection.tsx'

const Harness = ({ client }: { client: ConsoleClient }) => <TrainingSection state={useTraining(client)} />

const PickerHarness = ({ client }: { client: ConsoleClient }) => (
  <TrainingSection state={useTraining(client)} fields={useTicketFields(client)} />
)

describe('the Freshdesk console’s Training section', { timeout: 20_000 }, () => {
  it('trains from tags, compares per category beside the current model, adopts and rolls back', async () => {
    const client = fakeConsoleClient()
    const user = userEvent.setup()
    renderConsole(<Harness client={client} />)
    const section = await screen.findByRole('region', { name: 'Training' })
    expect(await within(section).findByText('Category model in use: the built-in model')).toBeInTheDocument()
    await user.click(within(section).getByRole('button', { name: 'Learn from my solved tickets' }))
    expect(client.calls).toContain('train {"source":{"kind":"tags"},"limit":500}')
    await checkTrainingComparison(section)
    expect(
      within(section).getByText('The new model is ready: compare it, then adopt it or keep the current one.'),
    ).toBeInTheDocument()
    await checkAdoption(section, user)
    expect(client.calls).toContain('adoptModel "cand-1"')
    await user.click(within(section).getByRole('button', { name: 'Roll back to the built-in model' }))
    expect(await within(section).findByText('Category model in use: the built-in model')).toBeInTheDocument()
    expect(within(section).getByText('The previous model is back in use.')).toBeInTheDocument()
  })

  it('reads the category from a ticket field and checks the form before asking', async () => {
    const client = fakeConsoleClient()
    const user = userEvent.setup()
    renderConsole(<Harness client={client} />)
    const section = await screen.findByRole('region', { name: 'Training' })
    await user.click(within(section).getByRole('radio', { name: 'a ticket field' }))
    const field = within(section).getByRole('textbox', { name: 'Ticket field id' })
    expect(field).toHaveAccessibleDescription(/Admin, Workflows, Ticket fields/)
    await user.type(field, 'status')
    const limit = within(section).getByRole('textbox', { name: /Solved tickets to read/ })
    await user.clear(limit)
    await user.type(limit, '5000')
    await user.click(within(section).getByRole('button', { name: 'Learn from my solved tickets' }))
    expect(field).toHaveAccessibleDescription(/Enter the field's id \(digits only\)\./)
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(limit).toHaveAccessibleDescription('Enter a whole number from 20 to 1,000.')
    expect(client.calls.filter((call) => call.startsWith('train'))).toEqual([])
    await user.clear(field)
    await user.type(field, '360001')
    await user.clear(limit)
    await user.type(limit, '200{Enter}')
    expect(await within(section).findByRole('table')).toBeInTheDocument()
    expect(client.calls).toContain('train {"source":{"kind":"field","fieldId":"360001"},"limit":200}')
  })

  it('picks the ticket field by name when the helpdesk lists its fields, and sends its id', async () => {
    const client = fakeConsoleClient({
      overrides: {
        listTicketFields: async () => ({
          fields: [
            { id: '4001', name: 'Product area' },
            { id: '4002', name: 'Request kind' },
          ],
        }),
      },
    })
    const user = userEvent.setup()
    renderConsole(<PickerHarness client={client} />)
    const section = await screen.findByRole('region', { name: 'Training' })
    await user.click(within(section).getByRole('radio', { name: 'a ticket field' }))
    const picker = await within(section).findByRole('combobox', {
      name: 'Ticket field that holds the category',
    })
    expect(within(section).queryByRole('textbox', { name: 'Ticket field id' })).toBeNull()
    await user.click(within(section).getByRole('button', { name: 'Learn from my solved tickets' }))
    expect(picker).toHaveAttribute('aria-invalid', 'true')
    expect(client.calls.filter((call) => call.startsWith('train'))).toEqual([])
    await user.selectOptions(picker, 'Request kind')
    await user.click(within(section).getByRole('button', { name: 'Learn from my solved tickets' }))
    expect(await within(section).findByRole('table')).toBeInTheDocument()
    expect(client.calls).toContain('train {"source":{"kind":"field","fieldId":"4002"},"limit":500}')
  })

  it('falls back to typing the id when the helpdesk cannot list its fields', async () => {
    renderConsole(<PickerHarness client={fakeConsoleClient()} />)
    const section = await screen.findByRole('region', { name: 'Training' })
    await userEvent.setup().click(within(section).getByRole('radio', { name: 'a ticket field' }))
    expect(within(section).getByRole('textbox', { name: 'Ticket field id' })).toBeInTheDocument()
    expect(within(section).queryByRole('combobox')).toBeNull()
  })

  it('shows the Worker’s refusal, in German', async () => {
    renderConsole(<Harness client={fakeConsoleClient({ refuse: true })} />, 'de')
    const section = await screen.findByRole('region', { name: 'Training' })
    expect(
      await within(section).findByText(
        /Der Trainingsstand konnte nicht geladen werden: Only an administrator/,
      ),
    ).toBeInTheDocument()
    expect(within(section).getByRole('button', { name: 'Aus meinen gelösten Tickets lernen' })).toBeEnabled()
  })
})
