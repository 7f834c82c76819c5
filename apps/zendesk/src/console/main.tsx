import { createRoot } from 'react-dom/client'
import { readAdminSession } from '@deskmate/app-core'
import { ConsoleApp } from './ConsoleApp.tsx'

// The Worker's admin page (POST /admin) carries the session in meta tags and loads this script.
const container = document.getElementById('console-root')
if (container) {
  createRoot(container).render(
    <ConsoleApp
      session={readAdminSession(document)}
      baseUrl={window.location.origin}
      locale={navigator.language || 'en'}
    />,
  )
}
