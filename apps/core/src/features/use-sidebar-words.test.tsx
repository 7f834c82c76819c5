import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { SlaClock, Suggestion } from '@deskmate/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeHost } from '../testing/fake-host.ts'
import { renderWithHost } from '../testing/render-with-host.tsx'
import { useArticleInsert } from './use-article-insert.ts'
import { useInsightWords } from './use-insight-words.ts'
import { useSlaBadge } from './use-sla-badge.ts'

const Words = () => {
  const words = useInsightWords()
  return (
    <p>
      {[
        words.label('category', 'account_login'),
        words.label('category', 'warranty_claims'),
        words.label('priority', 'high'),
        words.languageName('de'),
        words.languageName('xx'),
        words.sureness(0.9),
        words.sureness(0.3),
      ].join(' | ')}
    </p>
  )
}

describe('useInsightWords', () => {
  it('words labels from the catalog, readable ids without one, languages and certainty', async () => {
    renderWithHost(<Words />, createFakeHost())
    expect(
      await screen.findByText(
        'Account and login | Warranty claims | High | German | XX | Confident (90%) | Unsure — a guess (30%)',
      ),
    ).toBeInTheDocument()
  })
})

const ARTICLE: Suggestion = {
  id: 'a1',
  title: 'Reset your password',
  url: 'https://help.example.com/a1',
  snippet: '',
  score: 0.9,
  confidence: 0.9,
  locale: 'en',
}

const Insert = () => {
  const { message, insertLink } = useArticleInsert()
  return (
    <button type="button" onClick={() => void insertLink(ARTICLE)}>
      {message || 'insert'}
    </button>
  )
}

describe('useArticleInsert', () => {
  it('inserts the article’s link into the composer and says so', async () => {
    const { host } = renderWithHost(<Insert />, createFakeHost())
    await userEvent.click(await screen.findByRole('button', { name: 'insert' }))
    expect(await screen.findByText('Link to “Reset your password” inserted.')).toBeInTheDocument()
    expect(host.inserted[0]?.html).toContain('https://help.example.com/a1')
  })

  it('says when the composer refused the link', async () => {
    const host = createFakeHost()
    host.insertReply = () => Promise.reject(new Error('no composer'))
    renderWithHost(<Insert />, host)
    await userEvent.click(await screen.findByRole('button', { name: 'insert' }))
    expect(await screen.findByText('Could not insert the link.')).toBeInTheDocument()
  })
})

const Badge = ({ clock }: { clock: SlaClock }) => {
  const badge = useSlaBadge(clock)
  return <p>{[badge.stateLabel, badge.metric, badge.time ?? '-', String(badge.isFromPolicy)].join(' | ')}</p>
}

const countdown = (deadline: string, source: 'helpdesk' | 'policy' = 'helpdesk'): SlaClock => ({
  kind: 'countdown',
  metric: 'first_reply_time',
  deadline: new Date(deadline),
  startedAt: new Date('2026-08-03T09:00:00Z'),
  businessHours: null,
  source,
})

describe('useSlaBadge', () => {
  afterEach(() => vi.useRealTimers())

  it('words the state, the metric, the time left or overdue, and where the target came from', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-08-03T09:20:00Z'))
    const { rerender } = renderWithHost(<Badge clock={countdown('2026-08-03T10:00:00Z')} />, createFakeHost())
    expect(screen.getByText('On track | First reply | 40 min 00 s left | false')).toBeInTheDocument()
    rerender(<Badge clock={countdown('2026-08-03T09:10:00Z', 'policy')} />)
    await act(async () => vi.advanceTimersByTime(1_000))
    expect(screen.getByText(/^Breached \| First reply \| .+ ago \| true$/)).toBeInTheDocument()
    rerender(<Badge clock={{ kind: 'paused', metric: 'pausable_update_time' }} />)
    expect(screen.getByText('Paused | Pausable update | - | false')).toBeInTheDocument()
    rerender(<Badge clock={{ kind: 'none' }} />)
    expect(screen.getByText(/^No SLA target on this ticket \|\s+\| - \| false$/)).toBeInTheDocument()
  })
})
