import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deferred } from '../testing/deferred.ts'
import { useResource } from './use-resource.ts'

const View = ({ id, load }: { id: string | null; load: () => Promise<string> }) => {
  const resource = useResource(id, load)
  return (
    <p>
      {resource.status}:{resource.data ?? ''}:{resource.isRefreshing ? 'refreshing' : ''}:
      {resource.error?.code ?? ''}
    </p>
  )
}

describe('useResource', () => {
  it('keeps the previous data visible while a new key loads', async () => {
    const first = deferred<string>()
    const second = deferred<string>()
    const { rerender } = render(<View id="a" load={() => first.promise} />)
    expect(screen.getByText('loading:::')).toBeInTheDocument()
    await act(async () => first.resolve('A'))
    rerender(<View id="b" load={() => second.promise} />)
    expect(screen.getByText('success:A:refreshing:')).toBeInTheDocument()
    await act(async () => second.resolve('B'))
    expect(screen.getByText('success:B::')).toBeInTheDocument()
  })

  it('drops an answer that arrives after a newer request', async () => {
    const slow = deferred<string>()
    const fast = deferred<string>()
    const { rerender } = render(<View id="a" load={() => slow.promise} />)
    rerender(<View id="b" load={() => fast.promise} />)
    await act(async () => fast.resolve('B'))
    await act(async () => slow.resolve('A'))
    expect(screen.getByText('success:B::')).toBeInTheDocument()
  })

  it('reports a failure as an AppError and stays idle without a key', async () => {
    const failing = deferred<string>()
    const { rerender } = render(<View id="a" load={() => failing.promise} />)
    await act(async () => failing.reject(new Error('boom')))
    expect(screen.getByText('error:::internal')).toBeInTheDocument()
    rerender(<View id={null} load={() => failing.promise} />)
    expect(screen.getByText('idle:::')).toBeInTheDocument()
  })
})
