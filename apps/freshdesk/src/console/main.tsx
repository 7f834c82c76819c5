import { createRoot } from 'react-dom/client'
import '@freshworks/crayons/css/crayons-min.css'
import '../styles/sidebar.css'
import '../styles/console.css'
import type { InvokeTemplate } from '@deskmate/app-core'
import { createFreshdeskHost } from '../host/freshdesk-host.ts'
import type { FreshworksApp } from '../host/freshworks-types.ts'
import { ConsoleApp } from './ConsoleApp.tsx'

const boot = async (): Promise<void> => {
  const container = document.getElementById('console-root')
  if (!container) return
  // `{{{appclient}}}`, loaded first by console.html, defines `app`.
  const platform = (globalThis as { app?: FreshworksApp }).app
  if (!platform) {
    container.textContent = 'The Deskmate console runs inside Freshdesk.'
    return
  }
  const client = await platform.initialized()
  const locale = await createFreshdeskHost(client)
    .getLocale()
    .catch(() => 'en')
  const invoke: InvokeTemplate = (name, options) => client.request.invokeTemplate(name, options)
  createRoot(container).render(<ConsoleApp invoke={invoke} locale={locale} />)
}

void boot()
