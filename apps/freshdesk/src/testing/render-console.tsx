import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { I18nProvider } from '@deskmate/app-core'

/** Renders a console section in a UI language (RTL's wrapper, so `rerender` keeps the provider). */
export const renderConsole = (ui: ReactElement, locale = 'en'): RenderResult =>
  render(ui, {
    wrapper: ({ children }: { children: ReactNode }) => (
      <I18nProvider locale={locale}>{children}</I18nProvider>
    ),
  })
