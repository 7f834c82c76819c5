import type { ComponentType } from 'react'
import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming'
import { DeskmateProvider, type HostClient } from '@deskmate/app-core'
import { TicketSidebar } from '../locations/TicketSidebar.tsx'

/** The component for each ZAF location this app declares. */
export const LOCATIONS: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
  new_ticket_sidebar: TicketSidebar,
}

/** Props of App. */
export type AppProps = { host: HostClient; locale: string; location: string | undefined }

/** The themed app for one ZAF location (the ticket sidebar when the host does not say). */
export const App = ({ host, locale, location = 'ticket_sidebar' }: AppProps) => {
  const Location = LOCATIONS[location]
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <DeskmateProvider host={host} locale={locale}>
        {Location ? <Location /> : null}
      </DeskmateProvider>
    </ThemeProvider>
  )
}
