// A minimal sidebar app built on the real ZAF SDK: the browser tests drive it to check the workspace host.
import ZAFClient from 'zendesk_app_framework_sdk'

const client = ZAFClient.init()
const events = []
const registered = new Promise((resolve) => client.on('app.registered', resolve))
for (const name of [
  'ticket.priority.changed',
  'ticket.subject.changed',
  'ticket.comments.changed',
  'ticket.updated',
]) {
  client.on(name, (data) => events.push({ name, data }))
}
window.probe = { client, events, registered }
