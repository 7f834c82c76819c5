import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import { I18nProvider, createConsoleClient, useKnowledge } from '@deskmate/app-core'
import type { KnowledgeSummary } from '@deskmate/shared'
import {
  KNOWLEDGE_ARTICLES as ARTICLES,
  FAILED_SYNC as FAILED,
  checkArticlePages,
  checkSyncSummary,
} from '@deskmate/app-core/testing'
import { KnowledgeSection } from './KnowledgeSection.tsx'

const problem = (status: number, code: string, title: string) =>
  Response.json({ type: 'about:blank', title, status, code }, { status })

/** A Worker serving the knowledge routes over 30 articles; `agent` answers as it does to a non-admin. */
const fakeWorker = (summary: KnowledgeSummary, options: { agent?: boolean } = {}) => {
  const calls: string[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`)
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer admin-session')
    if (options.agent) return problem(403, 'admin_required', 'Only an administrator can do this')
    if (url.pathname === '/v1/admin/knowledge') return Response.json(summary)
    if (url.pathname === '/v1/kb/sync' && init?.method === 'POST')
      return Response.json({ queued: true }, { status: 202 })
    if (url.pathname === '/v1/admin/knowledge/articles') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase()
      const language = url.searchParams.get('language') ?? ''
      const offset = Number(url.searchParams.get('offset'))
      const limit = Number(url.searchParams.get('limit'))
      const found =
        summary.languages.length === 0
          ? []
          : ARTICLES.filter((a) => a.title.toLowerCase().includes(q) && a.language.startsWith(language))
      return Response.json({ items: found.slice(offset, offset + limit), total: found.length })
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
  return <KnowledgeSection state={useKnowledge(client)} />
}

const renderSection = (worker: ReturnType<typeof fakeWorker>, locale = 'en') =>
  render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider locale={locale}>
        <Harness fetch={worker.fetch} />
      </I18nProvider>
    </ThemeProvider>,
  )

describe('KnowledgeSection', () => {
  it('shows the sync’s status, last run, error and counts per language', async () => {
    renderSection(fakeWorker(FAILED))
    const section = await screen.findByRole('region', { name: 'Knowledge' })
    await checkSyncSummary(section)
  })

  it('lists the indexed articles a page at a time, by keyboard', async () => {
    const worker = fakeWorker(FAILED)
    const user = userEvent.setup()
    renderSection(worker)
    await checkArticlePages(user)
    expect(worker.calls).toContain('GET /v1/admin/knowledge/articles?offset=25&limit=25')
  })

  it('searches by title from the first page, and says when nothing matches', async () => {
    const worker = fakeWorker(FAILED)
    const user = userEvent.setup()
    renderSection(worker)
    await user.type(await screen.findByRole('searchbox', { name: 'Title or id' }), 'article 07{Enter}')
    expect(await screen.findByRole('row', { name: /Article 07/ })).toBeInTheDocument()
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Indexed articles' })).getAllByRole('row'),
      ).toHaveLength(2),
    )
    expect(worker.calls).toContain('GET /v1/admin/knowledge/articles?offset=0&limit=25&q=article+07')
    await user.clear(screen.getByRole('searchbox', { name: 'Title or id' }))
    await user.type(screen.getByRole('searchbox', { name: 'Title or id' }), 'nothing{Enter}')
    expect(await screen.findByText('No article matches.')).toBeInTheDocument()
  })

  it('narrows the list to a language of the index', async () => {
    const worker = fakeWorker(FAILED)
    const user = userEvent.setup()
    renderSection(worker)
    await screen.findByRole('table', { name: 'Indexed articles' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'French')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    const pages = screen.getByRole('navigation', { name: 'Pages of indexed articles' })
    expect(await within(pages).findByText('Articles 1–10 of 10')).toBeInTheDocument()
    expect(worker.calls).toContain('GET /v1/admin/knowledge/articles?offset=0&limit=25&language=fr')
  })

  it('queues a sync with "Sync now" and reads the summary again', async () => {
    const worker = fakeWorker(FAILED)
    const user = userEvent.setup()
    renderSection(worker)
    await user.click(await screen.findByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText(/Sync started\. It runs in the background/)).toBeInTheDocument()
    expect(worker.calls).toContain('POST /v1/kb/sync')
    await waitFor(() =>
      expect(worker.calls.filter((call) => call === 'GET /v1/admin/knowledge')).toHaveLength(2),
    )
  })

  it('says the knowledge base is empty and never synced', async () => {
    renderSection(
      fakeWorker({
        sync: { ...FAILED.sync, syncedAt: null, lastError: null, failedAt: null },
        languages: [],
      }),
    )
    expect(await screen.findByText('Never synced from the Help Center yet.')).toBeInTheDocument()
    expect(screen.getByText(/The knowledge base is empty/)).toBeInTheDocument()
    expect(await screen.findByText('No article matches.')).toBeInTheDocument()
  })

  it('shows the Worker’s refusal to a non-admin, for the summary, the list and "Sync now"', async () => {
    const user = userEvent.setup()
    renderSection(fakeWorker(FAILED, { agent: true }))
    const refusals = await screen.findAllByText(/Could not load the knowledge base: Only an administrator/)
    expect(refusals).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(
      await screen.findByText('Could not start the sync: Only an administrator can do this'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Sync started/)).not.toBeInTheDocument()
  })

  it('speaks the admin’s language', async () => {
    renderSection(fakeWorker(FAILED), 'de')
    expect(await screen.findByRole('button', { name: 'Jetzt synchronisieren' })).toBeInTheDocument()
    expect(await screen.findByText('Die letzte Synchronisierung ist fehlgeschlagen.')).toBeInTheDocument()
  })
})
