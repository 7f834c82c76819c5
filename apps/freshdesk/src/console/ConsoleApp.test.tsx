import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '@deskmate/shared'
import { DRY_RUN_TICKETS } from '@deskmate/app-core/testing'
import type { TemplateOptions } from '../host/freshworks-types.ts'
import { createFakeFreshworksClient } from '../testing/fake-freshworks-client.ts'
import { ConsoleApp } from './ConsoleApp.tsx'

const ADMIN_KEY = 'adminOwnKey123'
const AGENT_KEY = 'agentOwnKey456'

const problem = (status: number, code: string) => ({
  status,
  response: JSON.stringify({ type: 'about:blank', title: 'Refused', status, code }),
})

/** The Worker behind the app's request templates, as Freshworks' servers would reach it. */
const fakeWorker = (options: { expiresInMs?: number; sessionRefusal?: [number, string] } = {}) => {
  let settings: Settings = { ...DEFAULT_SETTINGS, mode: 'auto_reply' }
  const puts: unknown[] = []
  const invoked: { name: string; options: TemplateOptions }[] = []
  const ok = (body: unknown) => Promise.resolve({ status: 200, response: JSON.stringify(body) })
  const answer = (name: string, call: TemplateOptions) => {
    invoked.push({ name, options: call })
    if (name === 'createAdminSession') {
      if (options.sessionRefusal) return Promise.reject(problem(...options.sessionRefusal))
      if (call.context?.admin_api_key !== ADMIN_KEY) return Promise.reject(problem(403, 'admin_required'))
      const expiresAt = options.expiresInMs
        ? new Date(Date.now() + options.expiresInMs).toISOString()
        : '2999-01-01T00:00:00Z'
      return ok({ token: 'admin-jwt', expiresAt })
    }
    if (name !== 'getSettings' && call.context?.admin_session !== 'admin-jwt')
      return Promise.reject(problem(401, 'unauthorized'))
    if (name === 'getSettings') return ok(settings)
    if (name === 'updateSettings') {
      const patch = JSON.parse(call.body ?? '{}') as Partial<Settings>
      puts.push(patch)
      settings = { ...settings, ...patch }
      return ok(settings)
    }
    if (name === 'listGroups') return ok({ groups: [{ id: '5', name: 'Billing specialists' }] })
    if (name === 'runDryRun') return ok({ tickets: DRY_RUN_TICKETS, tokens: 0 })
    return Promise.reject(problem(404, 'not_found'))
  }
  const fake = createFakeFreshworksClient({ invokeTemplate: answer })
  return { fake, puts, invoked }
}

const renderConsole = (worker: ReturnType<typeof fakeWorker>, locale = 'en') =>
  render(
    <ConsoleApp
      invoke={(name, options) => worker.fake.client.request.invokeTemplate(name, options)}
      locale={locale}
    />,
  )

const signIn = async (key: string) => {
  const user = userEvent.setup()
  const field = screen.getByLabelText('Your Freshdesk API key')
  expect(field).toHaveAttribute('type', 'password')
  await user.type(field, `${key}{Enter}`)
  return user
}

// A form of some thirty controls: user-event in jsdom takes a few seconds on a loaded machine.
describe('the Freshdesk admin console', { timeout: 20_000 }, () => {
  it('tells an agent that only administrators may open it, and opens nothing', async () => {
    const worker = fakeWorker()
    renderConsole(worker)
    await signIn(AGENT_KEY)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only administrators can open the Deskmate console.',
    )
    expect(screen.queryByRole('heading', { name: 'Automation' })).toBeNull()
    expect(worker.invoked.map((call) => call.name)).toEqual(['createAdminSession'])
    expect(document.body.textContent).not.toContain(AGENT_KEY)
  })

  it.each([
    [401, 'unauthorized', 'Freshdesk did not accept this API key.'],
    [429, 'rate_limited', 'Too many sign-in attempts.'],
    [502, 'helpdesk_upstream', 'Freshdesk did not answer.'],
  ])('explains a %i %s from the Worker', async (status, code, message) => {
    renderConsole(fakeWorker({ sessionRefusal: [status, code] }))
    await signIn(ADMIN_KEY)
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
  })

  it('signs an admin in from the keyboard and saves the mode through the templates', async () => {
    const worker = fakeWorker()
    renderConsole(worker)
    const user = await signIn(ADMIN_KEY)
    await user.click(await screen.findByRole('radio', { name: 'Nothing (automation off)' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/Saved\./)).toBeInTheDocument()
    expect(worker.puts).toEqual([{ mode: 'off' }])
    const update = worker.invoked.find((call) => call.name === 'updateSettings')
    expect(update?.options).toEqual({ context: { admin_session: 'admin-jwt' }, body: '{"mode":"off"}' })
    expect(screen.queryByLabelText('Your Freshdesk API key')).toBeNull()
  })

  it('shows validation errors by field and sends nothing', async () => {
    const worker = fakeWorker()
    renderConsole(worker)
    const user = await signIn(ADMIN_KEY)
    const threshold = await screen.findByRole('textbox', { name: 'Answer threshold' })
    await user.clear(threshold)
    await user.type(threshold, '7')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Enter a number from 0 to 1.')).toBeInTheDocument()
    expect(threshold).toHaveAttribute('aria-invalid', 'true')
    expect(threshold).toHaveAccessibleDescription(/Enter a number from 0 to 1\./)
    expect(worker.puts).toEqual([])
  })

  it('picks the escalation group from the helpdesk’s groups', async () => {
    renderConsole(fakeWorker())
    await signIn(ADMIN_KEY)
    const picker = await screen.findByRole('combobox', { name: 'Assign escalated tickets to group' })
    expect(await within(picker).findByRole('option', { name: 'Billing specialists' })).toBeInTheDocument()
  })

  it('projects the dry run and moves it with the unsaved threshold and categories', async () => {
    const worker = fakeWorker()
    renderConsole(worker)
    const user = await signIn(ADMIN_KEY)
    await user.click(await screen.findByRole('button', { name: 'Run the dry run' }))
    const summary = await screen.findByRole('status', { name: 'Projection' })
    expect(summary).toHaveTextContent('Would answer 1 of 2 tickets (50%) and escalate 1.')
    const table = screen.getByRole('table', { name: 'Dry run' })
    expect(table).toHaveTextContent('with “Reset your password” (82% confident)')
    expect(table).toHaveTextContent('Use the reset link on the sign-in page.')
    expect(table).toHaveTextContent('Mentions legal action')
    const threshold = screen.getByRole('textbox', { name: 'Answer threshold' })
    await user.clear(threshold)
    await user.type(threshold, '0.9')
    expect(summary).toHaveTextContent('Would answer 0 of 2 tickets (0%) and escalate 2.')
    await user.clear(threshold)
    await user.type(threshold, '0.5')
    await user.click(screen.getByRole('checkbox', { name: 'Account and login' }))
    expect(summary).toHaveTextContent('Would answer 0 of 2 tickets (0%)')
    expect(worker.invoked.filter((call) => call.name === 'runDryRun')).toHaveLength(1)
  })

  it('speaks the admin’s helpdesk language and switches it', async () => {
    renderConsole(fakeWorker(), 'de')
    expect(await screen.findByLabelText('Ihr Freshdesk-API-Schlüssel')).toBeInTheDocument()
    await userEvent.setup().selectOptions(screen.getByRole('combobox'), 'fr')
    expect(await screen.findByLabelText('Votre clé d’API Freshdesk')).toBeInTheDocument()
  })

  it('asks for the key again when the session expires', async () => {
    renderConsole(fakeWorker({ expiresInMs: 2_000 }))
    await signIn(ADMIN_KEY)
    expect(await screen.findByRole('heading', { name: 'Automation' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText(/Your session expired/)).toBeInTheDocument(), {
      timeout: 5_000,
    })
    expect(screen.getByLabelText('Your Freshdesk API key')).toHaveValue('')
    expect(screen.queryByRole('heading', { name: 'Automation' })).toBeNull()
  })
})
