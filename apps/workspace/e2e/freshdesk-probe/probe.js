/* global app */
// Exposes the Freshworks client to the browser tests, and records the events it receives.
;(function () {
  var probe = { events: [], activated: 0 }
  app.initialized().then(function (client) {
    probe.client = client
    client.events.on('app.activated', function () {
      probe.activated += 1
    })
    client.events.on('ticket.propertiesUpdated', function (event) {
      probe.events.push(event.helper.getData())
    })
    window.probe = probe
    document.getElementById('status').textContent = 'Client ready'
  })
})()
