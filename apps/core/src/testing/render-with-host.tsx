import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { DeskmateProvider } from '../deskmate-provider.tsx'
import { createFakeHost, type FakeHost } from './fake-host.ts'

/** Options of renderWithHost; `wrapper` adds host-specific providers (a theme, for instance). */
export type RenderWithHostOptions = {
  locale?: string
  fetch?: typeof globalThis.fetch
  retryDelaysMs?: readonly number[]
  wrapper?: (props: { children: ReactNode }) => ReactElement
}

/** Renders `ui` inside DeskmateProvider over a fake host. */
export const renderWithHost = (
  ui: ReactElement,
  host: FakeHost = createFakeHost(),
  options: RenderWithHostOptions = {},
): RenderResult & { host: FakeHost } => {
  const Outer = options.wrapper ?? (({ children }: { children: ReactNode }) => <>{children}</>)
  // Passed as RTL's wrapper so that `rerender` keeps the providers.
  const Providers = ({ children }: { children: ReactNode }) => (
    <Outer>
      <DeskmateProvider
        host={host}
        locale={options.locale ?? 'en-US'}
        {...(options.fetch ? { fetch: options.fetch } : {})}
        {...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {})}
      >
        {children}
      </DeskmateProvider>
    </Outer>
  )
  const result: RenderResult = render(ui, { wrapper: Providers })
  return Object.assign(result, { host })
}
