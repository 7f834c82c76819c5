import { createRoot } from 'react-dom/client'
import '@freshworks/crayons/css/crayons-min.css'
import './styles/sidebar.css'
import { App } from './app/App.tsx'
import { createFreshdeskHost } from './host/freshdesk-host.ts'
import type { FreshworksApp } from './host/freshworks-types.ts'

const boot = async (): Promise<void> => {
  const container = document.getElementById('root')
  if (!container) return
  // `{{{appclient}}}`, loaded first by index.html, defines `app`.
  const platform = (globalThis as { app?: FreshworksApp }).app
  if (!platform) {
    container.textContent = 'Deskmate runs inside the Freshdesk ticket view.'
    return
  }
  const host = createFreshdeskHost(await platform.initialized())
  const locale = await host.getLocale().catch(() => 'en')
  createRoot(container).render(<App host={host} locale={locale} />)
}

void boot()
