/** The simulated account whose administrator opens the console. */
export type ConsoleSimulator = { url: string; account: string }

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * What Zendesk does when an admin clicks the app's `nav_bar` icon: it POSTs a fresh ZAF JWT (signed for the
 * account's administrator) as the form field `token` to the signed location, the Worker's `/admin`. The page
 * submits that form at once, so the browser lands on the console the Worker serves.
 */
export const buildConsolePage = async (simulator: ConsoleSimulator, workerUrl: string): Promise<string> => {
  const res = await fetch(`${simulator.url}/__sim/${simulator.account}/app-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'admin' }),
  })
  if (!res.ok) throw new Error(`The simulator answered ${res.status} for an admin token`)
  const { token } = (await res.json()) as { token: string }
  const action = `${workerUrl.replace(/\/+$/, '')}/admin`
  return `<!doctype html>
<html lang="en">
  <meta charset="utf-8" />
  <title>Deskmate administration (opening…)</title>
  <form id="signed-location" method="post" action="${escapeAttribute(action)}">
    <input type="hidden" name="token" value="${escapeAttribute(token)}" />
    <noscript><button type="submit">Open the admin console</button></noscript>
  </form>
  <script>document.getElementById('signed-location').submit()</script>
</html>`
}
