import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeHost, sampleTicket } from '../testing/fake-host.ts'
import { renderWithHost } from '../testing/render-with-host.tsx'
import { TICKET_CHANGE_DEBOUNCE_MS, useTicket } from './ticket-context.tsx'

const Subject = () => {
  const ticket = useTicket()
  return <p>{ticket.status === 'success' ? ticket.data.ticket.subject : ticket.status}</p>
}

afterEach(() => vi.useRealTimers())

describe('TicketProvider', () => {
  it('reads the ticket again once change events stop for the debounce period', async () => {
    vi.useFakeTimers()
    const host = createFakeHost()
    const getTicket = vi.spyOn(host, 'getTicket')
    renderWithHost(<Subject />, host)
    await act(async () => {})
    expect(screen.getByText('Cannot log in')).toBeInTheDocument()

    act(() => {
      host.changeTicket(sampleTicket({ subject: 'Still cannot log in' }))
      host.changeTicket(sampleTicket({ subject: 'Still cannot log in!' }))
    })
    await act(async () => vi.advanceTimersByTime(TICKET_CHANGE_DEBOUNCE_MS - 1))
    expect(getTicket).toHaveBeenCalledTimes(1)
    await act(async () => vi.advanceTimersByTime(1))
    expect(getTicket).toHaveBeenCalledTimes(2)
    expect(screen.getByText('Still cannot log in!')).toBeInTheDocument()
  })

  it('stops listening to the host when unmounted', async () => {
    const host = createFakeHost()
    const { unmount } = renderWithHost(<Subject />, host)
    await act(async () => {})
    unmount()
    const getTicket = vi.spyOn(host, 'getTicket')
    vi.useFakeTimers()
    host.changeTicket(sampleTicket())
    vi.advanceTimersByTime(TICKET_CHANGE_DEBOUNCE_MS * 2)
    expect(getTicket).not.toHaveBeenCalled()
  })
})
