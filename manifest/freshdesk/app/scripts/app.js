/* global app */
// Connection check shown until the full sidebar build replaces this folder: reads the settings through the
// getSettings request template, so the secure iparams stay on Freshdesk's side.
;(function () {
  var status = document.getElementById('status')
  var show = function (text) {
    status.textContent = text
  }
  app
    .initialized()
    .then(function (client) {
      return client.request.invokeTemplate('getSettings', {})
    })
    .then(function () {
      show('Deskmate is connected.')
    })
    .catch(function (error) {
      show(
        'Deskmate could not reach its backend (' + (error && error.status ? error.status : 'network') + ').',
      )
    })
})()
