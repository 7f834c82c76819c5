// The workspace shows one helpdesk at a time: `?helpdesk=freshdesk` opens Freshdesk's ticket view.
const helpdesk =
  new URLSearchParams(window.location.search).get('helpdesk') === 'freshdesk' ? 'freshdesk' : 'zendesk'

for (const link of document.querySelectorAll<HTMLAnchorElement>('#helpdesk-switch a')) {
  if (link.dataset.helpdesk === helpdesk) link.setAttribute('aria-current', 'page')
}

// `?helpdesk=freshdesk&view=console` is Freshdesk's full-page app: the admin console.
const isConsole = new URLSearchParams(window.location.search).get('view') === 'console'
if (helpdesk === 'freshdesk' && isConsole) await import('./freshdesk/freshdesk-console-view.ts')
else if (helpdesk === 'freshdesk') await import('./freshdesk/freshdesk-view.ts')
else await import('./zendesk-view.ts')

export {}
