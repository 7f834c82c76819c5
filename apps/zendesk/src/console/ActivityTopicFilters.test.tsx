import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import { I18nProvider, createConsoleClient, useActivityLog } from '@deskmate/app-core'
import { ActivitySection } from './ActivitySection.tsx'
import { ACTIVITY } from '@deskmate/app-core/testing'

/** A Worker answering the activity log, recording each query. */
const fakeWorker = () => {
  const queries: URLSearchParams[] = []
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input))
    queries.push(url.searchParams)
    if (url.searchParams.get('format') === 'csv') return new Response('created_at\r\n')
    return Response.json({ items: ACTIVITY })
  }
  return { fetch, queries }
}

const Harness = ({ fetch }: { fetch: typeof globalThis.fetch }) => {
  const client = useMemo(
    () =>
      createConsoleClient({ baseUrl: 'https://worker.test', session: { token: 't', expiresAt: '' }, fetch }),
    [fetch],
  )
  return <ActivitySection state={useActivityLog(client)} categories={['billing', 'custom_queue']} />
}

describe('the activity log’s category and language filters', { timeout: 20_000 }, () => {
  it('filters by the tenant’s categories and a language, and exports the same selection', async () => {
    const worker = fakeWorker()
    const user = userEvent.setup()
    URL.createObjectURL = () => 'blob:csv'
    URL.revokeObjectURL = () => undefined
    render(
      <ThemeProvider theme={DEFAULT_THEME}>
        <I18nProvider locale="en">
          <Harness fetch={worker.fetch} />
        </I18nProvider>
      </ThemeProvider>,
    )
    const category = await screen.findByRole('combobox', { name: 'Category' })
    expect([...(category as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'Any',
      'Billing',
      'custom_queue',
    ])
    await user.selectOptions(category, 'Billing')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'German')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    await screen.findAllByRole('row')
    const last = () => worker.queries.at(-1)!
    await expect.poll(() => last().get('category')).toBe('billing')
    expect(last().get('language')).toBe('de')
    await user.click(screen.getByRole('button', { name: /CSV/ }))
    await expect.poll(() => last().get('format')).toBe('csv')
    expect([last().get('category'), last().get('language')]).toEqual(['billing', 'de'])
  })
})
