import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { DeskmateProvider } from '../deskmate-provider.tsx'
import { createFakeHost, type FakeHost } from './fake-host.ts'

/** Options of renderWithHost; `wrapper` adds host-specific providers (a theme, for instance). */
export type RenderWithHostOptions = {
  locale?: string
  fetch?: typeof globalThis.fetch
  wrapper?: (props: { children: ReactNode }) => ReactElement
}

/** Renders `ui` inside DeskmateProvider over a fake host. */
export const renderWithHost = (
  ui: ReactElement,
  host: FakeHost = createFakeHost(),
  options: RenderWithHostOptions = {},
): RenderResult & { host: FakeHost } => {
  const Wrapper = options.wrapper ?? (({ children }: { children: ReactNode }) => <>{children}</>)
  const result = render(
    <Wrapper>
      <DeskmateProvider host={host} locale={options.locale ?? 'en-US'} {...(options.fetch ? { fetch: options.fetch } : {})}>
        {ui}
      </DeskmateProvider>
    </Wrapper>,
  )
  return { ...result, host }
}
