import type { FreshdeskPageState } from '../../freshdesk/host/start-freshdesk-host.ts'
import { accountData } from '../../freshdesk/host/ticket-data.ts'
import { mountFreshdeskPage } from './mount-freshdesk-app.ts'

// Freshdesk's full-page app location: the Deskmate admin console (console.html of the app build) fills the page
// under the workspace's top bar, with the Freshworks client stand-in and the installation's templates.
const stateRes = await fetch('/__workspace/freshdesk/state')
if (!stateRes.ok) throw new Error('This workspace runs without Freshdesk: start it with npm start')
const state = (await stateRes.json()) as FreshdeskPageState
document.title = 'Deskmate workspace · Freshdesk admin console'
document.getElementById('account-name')!.textContent = `${state.domain} (simulated)`
document.getElementById('agent-locale')?.closest('label')?.setAttribute('hidden', '')
const layout = document.querySelector<HTMLElement>('.layout')!
layout.className = 'full-page-app'
mountFreshdeskPage(layout, {
  url: new URL('console.html', state.appUrl).toString(),
  title: 'Deskmate admin console',
  data: (name) => accountData(name, state.agent, state.domain),
  context: { location: 'full_page_app', product: 'freshdesk', data: {} },
  iparams: state.iparams,
  onInterface: () => false,
})
