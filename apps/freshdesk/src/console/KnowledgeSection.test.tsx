import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { useKnowledge, type ConsoleClient } from '@deskmate/app-core'
import {
  FAILED_SYNC,
  checkArticlePages,
  checkSyncSummary,
  fakeConsoleClient,
} from '@deskmate/app-core/testing'
import { renderConsole } from '../testing/render-console.tsx'
import { KnowledgeSection } from './KnowledgeSection.tsx'

const Harness = ({ client }: { client: ConsoleClient }) => <KnowledgeSection state={useKnowledge(client)} />

describe('the Freshdesk console’s Knowledge section', { timeout: 20_000 }, () => {
  it('shows the sync’s status, last run, error and counts per language', async () => {
    renderConsole(<Harness client={fakeConsoleClient()} />)
    const section = await screen.findByRole('region', { name: 'Knowledge' })
    await checkSyncSummary(section)
  })

  it('lists the indexed articles a page at a time, by keyboard', async () => {
    const client = fakeConsoleClient()
    const user = userEvent.setup()
    renderConsole(<Harness client={client} />)
    await checkArticlePages(user)
    expect(client.calls).toContain('listKnowledgeArticles {"q":"","language":"","offset":25,"limit":25}')
  })

  it('searches by title and language from the first page, and says when nothing matches', async () => {
    const client = fakeConsoleClient()
    const user = userEvent.setup()
    renderConsole(<Harness client={client} />)
    await screen.findByRole('table', { name: 'Indexed articles' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'French')
    await user.type(screen.getByRole('searchbox', { name: 'Title or id' }), 'article 0{Enter}')
    expect(await screen.findByText('Articles 1–3 of 3')).toBeInTheDocument()
    expect(client.calls).toContain(
      'listKnowledgeArticles {"q":"article 0","language":"fr","offset":0,"limit":25}',
    )
    await user.clear(screen.getByRole('searchbox', { name: 'Title or id' }))
    await user.type(screen.getByRole('searchbox', { name: 'Title or id' }), 'nothing')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText('No article matches.')).toBeInTheDocument()
  })

  it('queues a sync with "Sync now" and reads the summary again', async () => {
    const client = fakeConsoleClient()
    const user = userEvent.setup()
    renderConsole(<Harness client={client} />)
    await user.click(await screen.findByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText(/Sync started\. It runs in the background/)).toBeInTheDocument()
    expect(client.calls).toContain('syncKnowledge')
    await vi.waitFor(() => expect(client.calls.filter((call) => call === 'getKnowledge')).toHaveLength(2))
  })

  it('says the knowledge base is empty and never synced', async () => {
    const never = {
      sync: { ...FAILED_SYNC.sync, syncedAt: null, lastError: null, failedAt: null },
      languages: [],
    }
    renderConsole(<Harness client={fakeConsoleClient({ overrides: { getKnowledge: async () => never } })} />)
    expect(await screen.findByText('Never synced from the Help Center yet.')).toBeInTheDocument()
    expect(screen.getByText(/The knowledge base is empty/)).toBeInTheDocument()
  })

  it('shows the Worker’s refusal to a non-admin, for the summary, the list and "Sync now", in German', async () => {
    const user = userEvent.setup()
    renderConsole(<Harness client={fakeConsoleClient({ refuse: true })} />, 'de')
    const section = await screen.findByRole('region', { name: 'Wissen' })
    expect(await within(section).findAllByText(/Only an administrator/)).toHaveLength(2)
    await user.click(within(section).getByRole('button', { name: 'Jetzt synchronisieren' }))
    expect(await within(section).findAllByText(/Only an administrator/)).toHaveLength(3)
    expect(within(section).queryByText(/Synchronisierung gestartet/)).not.toBeInTheDocument()
  })
})
