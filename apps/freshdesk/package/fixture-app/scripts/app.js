/* global app */
// The validator tests' stand-in sidebar (they run without a build): reads the settings through the
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
