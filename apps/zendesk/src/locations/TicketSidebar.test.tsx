import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@deskmate/shared'
import { WorkerResponseError } from '@deskmate/app-core'
import { createFakeHost, problem } from '@deskmate/app-core/testing'
import { deferred, renderWithHost, sampleAnalysis, sampleArticles } from '../testing/render-with-host.tsx'
import { TicketSidebar } from './TicketSidebar.tsx'

const workingHost = () =>
  createFakeHost({
    routes: {
      'POST /v1/tickets/analyze': () => sampleAnalysis(),
      'POST /v1/kb/suggest': () => ({ engine: 'local', articles: sampleArticles }),
      'GET /v1/settings': () => DEFAULT_SETTINGS,
      'GET /v1/activity': () => ({ items: [], counters: {} }),
    },
  })

describe('TicketSidebar', () => {
  it('renders the panels top to bottom', async () => {
    renderWithHost(<TicketSidebar />, workingHost())
    const headings = await screen.findAllByRole('heading', { level: 2 })
    expect(headings.map((h) => h.textContent)).toEqual([
      'SLA',
      'Insights',
      'Draft reply',
      'Suggested articles',
      'Automation',
    ])
  })

  it('starts in the agent locale, falling back from pt-BR to pt', async () => {
    renderWithHost(<TicketSidebar />, workingHost(), { locale: 'pt-BR' })
    expect(await screen.findByRole('heading', { name: 'Análise' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Idioma da interface' })).toHaveValue('pt')
  })

  it('switches the interface language', async () => {
    renderWithHost(<TicketSidebar />, workingHost())
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Interface language' }), 'fr')
    expect(await screen.findByRole('heading', { name: 'Brouillon de réponse' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Langue de l’interface' })).toHaveValue('fr')
  })

  it('shows an error with Retry when the ticket cannot be read', async () => {
    const host = workingHost()
    const read = host.getTicket
    host.getTicket = vi.fn().mockRejectedValueOnce(problem(502, 'helpdesk_upstream')).mockImplementation(read)
    renderWithHost(<TicketSidebar />, host)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not read the ticket.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeInTheDocument()
  })

  it('sizes the host frame to its content', async () => {
    const observers: ResizeObserverCallback[] = []
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observers.push(callback)
        }
        observe() {}
        disconnect() {}
      },
    )
    const { host } = renderWithHost(<TicketSidebar />, workingHost())
    await screen.findByRole('heading', { name: 'Insights' })
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ height: 640.4 } as DOMRect)
    observers[0]?.([], {} as ResizeObserver)
    expect(host.heights).toEqual([641])
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('shows an admin notice when registration fails, and the panels all the same', async () => {
    const host = workingHost()
    host.registerInstallation = vi.fn().mockRejectedValue(problem(403, 'forbidden'))
    renderWithHost(<TicketSidebar />, host)
    expect(await screen.findByText('Deskmate could not connect this Zendesk account.')).toBeInTheDocument()
    expect(await screen.findByText('Account and login')).toBeInTheDocument()
    expect(host.registerInstallation).toHaveBeenCalledTimes(1)
  })

  it('analyzes a new installation once its registration lands', async () => {
    const host = workingHost()
    let isRegistered = false
    const analyze = host.routes['POST /v1/tickets/analyze']!
    host.routes['POST /v1/tickets/analyze'] = (call) => {
      if (!isRegistered) throw problem(401, 'unauthorized')
      return analyze(call)
    }
    const registering = deferred<'registered'>()
    host.registerInstallation = vi.fn(() => registering.promise)
    renderWithHost(<TicketSidebar />, host)
    await vi.waitFor(() => expect(host.calls.map((c) => c.path)).toContain('/v1/tickets/analyze'), {
      timeout: 5_000,
    })
    isRegistered = true
    registering.resolve('registered')
    expect(await screen.findByText('Account and login')).toBeInTheDocument()
    expect(screen.queryByText('Deskmate could not connect this Zendesk account.')).not.toBeInTheDocument()
  })

  it('shows one banner while the server is unreachable, keeps the SLA badge, and retries until it answers', async () => {
    const host = workingHost()
    const answers = { ...host.routes }
    let isDown = true
    for (const [route, answer] of Object.entries(answers)) {
      host.routes[route] = (call) => {
        // What Zendesk's proxy answers when the Worker does not.
        if (isDown) throw new WorkerResponseError(502, { error: 'Upstream unreachable' })
        return answer(call)
      }
    }
    host.registerInstallation = vi.fn().mockRejectedValue(new WorkerResponseError(502, undefined))
    renderWithHost(<TicketSidebar />, host, { retryDelaysMs: [50, 100] })
    expect(await screen.findByText('Deskmate’s server is unreachable — retrying')).toBeInTheDocument()
    await vi.waitFor(() => expect(screen.getAllByText('Waiting for Deskmate’s server…')).toHaveLength(3))
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expect(screen.queryByText(/API token/)).not.toBeInTheDocument()
    expect(await screen.findByText(/On track|At risk|Breached|Paused|Met|No SLA/)).toBeInTheDocument()
    const callsWhileDown = host.calls.length
    await vi.waitFor(() => expect(host.calls.length).toBeGreaterThan(callsWhileDown + 2))
    isDown = false
    expect(await screen.findByText('Account and login', {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(screen.queryByText('Deskmate’s server is unreachable — retrying')).not.toBeInTheDocument()
  })

  it('keeps credential advice for a refused registration and explains admin_required in plain words', async () => {
    const host = workingHost()
    host.registerInstallation = vi.fn().mockRejectedValue(problem(403, 'admin_required'))
    renderWithHost(<TicketSidebar />, host)
    expect(await screen.findByText(/An admin must open Deskmate’s admin page/)).toBeInTheDocument()
    expect(screen.queryByText(/API token/)).not.toBeInTheDocument()
  })
})
