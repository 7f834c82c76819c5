import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SuggestResponse } from '@deskmate/shared'
import { useSuggestions, useTicket } from '@deskmate/app-core'
import { createFakeHost, problem } from '@deskmate/app-core/testing'
import { deferred, renderWithHost, sampleArticles } from '../testing/render-with-host.tsx'
import { ArticlesPanel } from './ArticlesPanel.tsx'

const Articles = ({ customerLanguage }: { customerLanguage?: string }) => {
  const ticket = useTicket()
  const current = ticket.status === 'success' ? ticket.data : undefined
  return <ArticlesPanel suggestions={useSuggestions(current, customerLanguage)} />
}

const hostAnswering = (answer: () => unknown) => createFakeHost({ routes: { 'POST /v1/kb/suggest': answer } })

describe('ArticlesPanel', () => {
  it('shows a loading state until suggestions arrive', async () => {
    renderWithHost(
      <Articles />,
      hostAnswering(() => deferred<SuggestResponse>().promise),
    )
    expect(await screen.findByText('Finding articles…')).toBeInTheDocument()
  })

  it('lists the articles with snippet and match, opening in a new tab', async () => {
    const { host } = renderWithHost(
      <Articles />,
      hostAnswering(() => ({ engine: 'local', articles: sampleArticles })),
    )
    const link = await screen.findByRole('link', { name: /^Reset your password/ })
    expect(link).toHaveTextContent('Reset your password (opens in a new tab)')
    expect(link).toHaveAttribute('href', 'https://help.example.com/a1')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByText('Open Settings.')).toBeInTheDocument()
    expect(screen.getByText('82% match')).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(host.calls[0]?.body).toMatchObject({ limit: 6 })
  })

  it('inserts a link to the article into the reply', async () => {
    const { host } = renderWithHost(
      <Articles />,
      hostAnswering(() => ({ engine: 'local', articles: sampleArticles })),
    )
    await userEvent.click(
      await screen.findByRole('button', { name: 'Insert a link to “Reset your password” into the reply' }),
    )
    expect(host.inserted).toEqual([
      {
        html: '<a href="https://help.example.com/a1">Reset your password</a>',
        text: 'Reset your password: https://help.example.com/a1',
      },
    ])
    expect(await screen.findByText('Link to “Reset your password” inserted.')).toBeInTheDocument()
  })

  it('shows the empty state when no article matches', async () => {
    renderWithHost(
      <Articles />,
      hostAnswering(() => ({ engine: 'local', articles: [] })),
    )
    expect(await screen.findByText('No matching article in your knowledge base.')).toBeInTheDocument()
  })

  it('shows the error with a Retry that asks again', async () => {
    let attempts = 0
    renderWithHost(
      <Articles />,
      hostAnswering(() => {
        attempts += 1
        if (attempts === 1) throw problem(401, 'unauthorized')
        return { engine: 'local', articles: sampleArticles }
      }),
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Deskmate could not verify this installation.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Open Settings.')).toBeInTheDocument()
  })

  it('drops 0 % matches and other-language filler, shows snippets as text and marks their language', async () => {
    const article = sampleArticles[0]!
    const articles = [
      {
        ...article,
        id: 'de1',
        title: 'Passwort zurücksetzen',
        locale: 'de',
        snippet: 'Öffnen Sie **Einstellungen**.',
      },
      { ...article, id: 'en1', title: 'Login help', locale: 'en', confidence: 0.2, snippet: 'Filler.' },
      { ...article, id: 'de2', title: 'Konto gesperrt', locale: 'de', confidence: 0, snippet: 'Nichts.' },
      {
        ...article,
        id: 'en2',
        title: 'Sign-in troubleshooting',
        locale: 'en-US',
        confidence: 0.7,
        snippet: 'x',
      },
    ]
    renderWithHost(
      <Articles customerLanguage="de" />,
      hostAnswering(() => ({ engine: 'local', articles })),
    )
    const link = await screen.findByRole('link', { name: /^Passwort zurücksetzen/ })
    expect(within(link).getByText('Passwort zurücksetzen')).toHaveAttribute('lang', 'de')
    expect(screen.getByText('Öffnen Sie Einstellungen.')).toHaveAttribute('lang', 'de')
    expect(screen.queryByText(/\*\*/)).not.toBeInTheDocument()
    expect(screen.queryByText('Login help')).not.toBeInTheDocument()
    expect(screen.queryByText('Konto gesperrt')).not.toBeInTheDocument()
    expect(within(screen.getByRole('link', { name: /^Sign-in/ })).getByText(/Sign-in/)).not.toHaveAttribute(
      'lang',
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })
})
