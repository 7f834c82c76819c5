import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { initZafClient } from './host/zaf-client.ts'
import { createZendeskHost } from './host/zendesk-host.ts'

const boot = async (): Promise<void> => {
  const container = document.getElementById('root')
  if (!container) return
  const zaf = await initZafClient()
  if (!zaf) {
    // Opened outside a helpdesk (no origin / app_guid): nothing to talk to.
    container.textContent = 'Deskmate runs inside the Zendesk agent workspace.'
    return
  }
  const host = createZendeskHost(zaf.client, zaf.registration)
  const locale = await host.getLocale().catch(() => 'en')
  createRoot(container).render(
    <App host={host} locale={locale} location={zaf.registration.context?.location} />,
  )
}

void boot()
