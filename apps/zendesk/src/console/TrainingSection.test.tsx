import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import { I18nProvider, createConsoleClient, useTraining } from '@deskmate/app-core'
import type { TrainingState } from '@deskmate/shared'
import {
  CANDIDATE,
  DEFAULT_MODEL,
  TENANT_MODEL,
  checkAdoption,
  checkTrainingComparison,
} from '@deskmate/app-core/testing'
import { TrainingSection } from './TrainingSection.tsx'

const problem = (status: number, code: string, title: string) =>
  Response.json({ type: 'about:blank', title, status, code }, { status })

/** A Worker serving the training routes; `agent` answers as it does to a non-admin. */
const fakeWorker = (options: { agent?: boolean } = {}) => {
  const calls: string[] = []
  let state: TrainingState = { active: DEFAULT_MODEL, candidate: null, previous: null }
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    const method = init?.method ?? 'GET'
    calls.push(`${method} ${url.pathname} ${typeof init?.body === 'string' ? init.body : ''}`.trim())
    if (options.agent) return problem(403, 'admin_required', 'Only an administrator can do this')
    if (url.pathname === '/v1/admin/training' && method === 'GET') return Response.json(state)
    if (url.pathname === '/v1/admin/training' && method === 'POST') {
      state = { ...state, candidate: CANDIDATE }
      return Response.json(CANDIDATE)
    }
    if (url.pathname === '/v1/admin/training/cand-1/adopt') {
      state = { active: TENANT_MODEL, candidate: null, previous: DEFAULT_MODEL }
      return Response.json(state)
    }
    if (url.pathname === '/v1/admin/training/rollback') {
      state = { active: DEFAULT_MODEL, candidate: null, previous: TENANT_MODEL }
      return Response.json(state)
    }
    return problem(404, 'not_found', 'Not found')
  }
  return { fetch, calls }
}

const Harness = ({ fetch }: { fetch: typeof globalThis.fetch }) => {
  const client = useMemo(
    () =>
      createConsoleClient({
        baseUrl: 'https://worker.test',
        session: { token: 'admin-session', expiresAt: '2026-12-04T05:00:00Z' },
        fetch,
      }),
    [fetch],
  )
  return <TrainingSection state={useTraining(client)} />
}

const renderSection = (worker: ReturnType<typeof fakeWorker>, locale = 'en') =>
  render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider locale={locale}>
        <Harness fetch={worker.fetch} />
      </I18nProvider>
    </ThemeProvider>,
  )

describe('TrainingSection', () => {
  it('trains from tags, compares per category, adopts and rolls back', async () => {
    const worker = fakeWorker()
    const user = userEvent.setup()
    renderSection(worker)
    const section = await screen.findByRole('region', { name: 'Training' })
    expect(await within(section).findByText('Category model in use: the built-in model')).toBeInTheDocument()
    await user.click(within(section).getByRole('button', { name: 'Learn from my solved tickets' }))
    expect(worker.calls).toContain('POST /v1/admin/training {"source":{"kind":"tags"},"limit":500}')
    await checkTrainingComparison(section)
    expect(within(section).getByRole('status')).toHaveTextContent('The new model is ready')
    await checkAdoption(section, user)
    expect(worker.calls).toContain('POST /v1/admin/training/cand-1/adopt {}')
    await user.click(within(section).getByRole('button', { name: 'Roll back to the built-in model' }))
    expect(await within(section).findByText('Category model in use: the built-in model')).toBeInTheDocument()
    expect(within(section).getByRole('status')).toHaveTextContent('The previous model is back in use.')
  })

  it('reads the category from a ticket field and checks the form before asking', async () => {
    const worker = fakeWorker()
    const user = userEvent.setup()
    renderSection(worker)
    const section = await screen.findByRole('region', { name: 'Training' })
    await user.click(within(section).getByRole('radio', { name: 'a ticket field' }))
    await user.type(within(section).getByRole('textbox', { name: /Ticket field id/ }), 'status')
    const limit = within(section).getByRole('textbox', { name: /Solved tickets to read/ })
    await user.clear(limit)
    await user.type(limit, '5000')
    await user.click(within(section).getByRole('button', { name: 'Learn from my solved tickets' }))
    expect(within(section).getByText("Enter the field's id (digits only).")).toBeInTheDocument()
    expect(within(section).getByText('Enter a whole number from 20 to 1,000.')).toBeInTheDocument()
    expect(worker.calls.filter((call) => call.startsWith('POST'))).toEqual([])
    await user.clear(within(section).getByRole('textbox', { name: /Ticket field id/ }))
    await user.type(within(section).getByRole('textbox', { name: /Ticket field id/ }), '360001')
    await user.clear(limit)
    await user.type(limit, '200{Enter}')
    expect(await within(section).findByRole('table')).toBeInTheDocument()
    expect(worker.calls).toContain(
      'POST /v1/admin/training {"source":{"kind":"field","fieldId":"360001"},"limit":200}',
    )
  })

  it('shows the Worker’s refusal, in German', async () => {
    renderSection(fakeWorker({ agent: true }), 'de')
    const section = await screen.findByRole('region', { name: 'Training' })
    expect(
      await within(section).findByText(
        /Der Trainingsstand konnte nicht geladen werden: Only an administrator/,
      ),
    ).toBeInTheDocument()
    expect(within(section).getByRole('button', { name: 'Aus meinen gelösten Tickets lernen' })).toBeEnabled()
  })
})
