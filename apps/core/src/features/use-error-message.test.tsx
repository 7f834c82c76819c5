import { screen } from '@testing-library/react'
import { AppError } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { createFakeHost } from '../testing/fake-host.ts'
import { renderWithHost } from '../testing/render-with-host.tsx'
import { useErrorMessage } from './use-error-message.ts'

const Message = ({ error }: { error: AppError | null }) => <p>{useErrorMessage()(error)}</p>

describe('useErrorMessage', () => {
  it('words a known error code in the agent’s language, and any other failure generically', async () => {
    const { rerender } = renderWithHost(<Message error={new AppError('rate_limited')} />, createFakeHost())
    expect(await screen.findByText('Too many requests right now. Try again in a moment.')).toBeInTheDocument()
    rerender(<Message error={null} />)
    expect(screen.getByText('Something went wrong. Please try again.')).toBeInTheDocument()
  })
})
