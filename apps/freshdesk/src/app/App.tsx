import { DeskmateProvider, type HostClient } from '@deskmate/app-core'
import { TicketSidebar } from '../locations/TicketSidebar.tsx'

/** Props of App. */
export type AppProps = { host: HostClient; locale: string; fetch?: typeof globalThis.fetch }

/** The Freshdesk ticket sidebar (the app's one location, `support_ticket.ticket_sidebar`). */
export const App = ({ host, locale, fetch }: AppProps) => (
  <DeskmateProvider host={host} locale={locale} {...(fetch ? { fetch } : {})}>
    <TicketSidebar />
  </DeskmateProvider>
)
