import type { ReactElement, ReactNode } from 'react'
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming'
import {
  renderWithHost as renderWithCoreHost,
  createFakeHost,
  type FakeHost,
  type RenderWithHostOptions,
} from '@deskmate/app-core/testing'

const GardenTheme = ({ children }: { children: ReactNode }) => (
  <ThemeProvider theme={DEFAULT_THEME}>{children}</ThemeProvider>
)

/** Renders `ui` with the Garden theme and DeskmateProvider over a fake host. */
export const renderWithHost = (
  ui: ReactElement,
  host: FakeHost = createFakeHost(),
  options: RenderWithHostOptions = {},
) => renderWithCoreHost(ui, host, { wrapper: GardenTheme, ...options })

export { deferred, sampleActivity, sampleAnalysis, sampleArticles } from '@deskmate/app-core/testing'
