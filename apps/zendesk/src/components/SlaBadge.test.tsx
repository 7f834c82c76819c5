import { Profiler } from 'react'
import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SlaClock } from '@deskmate/shared'
import { renderWithHost } from '../testing/render-with-host.tsx'
import { SlaBadge } from './SlaBadge.tsx'

const countdown = (deadline: string, startedAt: string | null = '2026-08-03T09:00:00Z'): SlaClock => ({
  kind: 'countdown',
  metric: 'first_reply_time',
  deadline: new Date(deadline),
  startedAt: startedAt ? new Date(startedAt) : null,
  businessHours: null,
  source: 'helpdesk',
})

const badgeText = () => document.querySelector('[data-sla-state]')
const liveRegion = () => screen.getByRole('status')

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-08-03T09:20:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('SlaBadge', () => {
  it('shows the state in words and the time left, ticking every second', () => {
    renderWithHost(<SlaBadge clock={countdown('2026-08-03T10:00:00Z')} />)
    expect(badgeText()).toHaveAttribute('data-sla-state', 'ok')
    expect(badgeText()).toHaveTextContent('On track')
    expect(badgeText()).toHaveTextContent('First reply · 40 min 00 s left')
    act(() => vi.advanceTimersByTime(1_000))
    expect(badgeText()).toHaveTextContent('39 min 59 s left')
  })

  it('turns at risk at 80 % of the target and announces only the state change', () => {
    renderWithHost(<SlaBadge clock={countdown('2026-08-03T09:30:00Z')} />)
    expect(badgeText()).toHaveTextContent('On track')
    expect(liveRegion()).toHaveTextContent('')
    act(() => vi.advanceTimersByTime(3_000))
    expect(liveRegion()).toHaveTextContent('')
    act(() => vi.advanceTimersByTime(237_000))
    expect(badgeText()).toHaveTextContent('At risk')
    expect(liveRegion()).toHaveTextContent('SLA First reply: At risk')
    const announced = liveRegion().textContent
    act(() => vi.advanceTimersByTime(5_000))
    expect(liveRegion().textContent).toBe(announced)
  })

  it('shows how long ago a breached target was missed', () => {
    renderWithHost(<SlaBadge clock={countdown('2026-08-03T09:20:05Z')} />)
    act(() => vi.advanceTimersByTime(5_000 + 2 * 3_600_000 + 60_000))
    expect(badgeText()).toHaveAttribute('data-sla-state', 'breached')
    expect(badgeText()).toHaveTextContent('Breached')
    expect(badgeText()).toHaveTextContent('2 h 01 min ago')
    expect(liveRegion()).toHaveTextContent('SLA First reply: Breached')
  })

  it('shows paused and met without a countdown', () => {
    const { rerender } = renderWithHost(
      <SlaBadge clock={{ kind: 'paused', metric: 'pausable_update_time' }} />,
    )
    expect(badgeText()).toHaveTextContent('PausedPausable update')
    rerender(<SlaBadge clock={{ kind: 'met', metric: 'first_reply_time' }} />)
    expect(badgeText()).toHaveAttribute('data-sla-state', 'met')
    expect(badgeText()).toHaveTextContent('Met')
  })

  it('says so when the ticket has no SLA', () => {
    renderWithHost(<SlaBadge clock={{ kind: 'none' }} />)
    expect(badgeText()).toHaveTextContent('No SLA target on this ticket')
  })

  it('re-renders only itself on each tick', () => {
    const siblingCommits = vi.fn()
    renderWithHost(
      <>
        <Profiler id="sibling" onRender={siblingCommits}>
          <p>Insights</p>
        </Profiler>
        <SlaBadge clock={countdown('2026-08-03T10:00:00Z')} />
      </>,
    )
    const before = siblingCommits.mock.calls.length
    act(() => vi.advanceTimersByTime(5_000))
    expect(siblingCommits.mock.calls.length).toBe(before)
    expect(badgeText()).toHaveTextContent('39 min 55 s left')
  })
})
