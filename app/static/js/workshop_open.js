/* Opening a scoring workshop from the interaction matrix page: suggested pairs, the coordinator's token. */
(function () {
  'use strict';
  var form = document.getElementById('ws-open-form');
  if (!form) { return; }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var dataset = form.getAttribute('data-dataset');
    var token = document.getElementById('ws-open-token').value;
    var headers = { 'Content-Type': 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    var error = document.getElementById('ws-open-error');
    error.hidden = true;
    var lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
    fetch('/api/datasets/' + encodeURIComponent(dataset) + '/workshops?lang=' + lang, {
      method: 'POST', headers: headers,
      body: JSON.stringify({ title: document.getElementById('ws-open-title').value, pairs: 'suggested' })
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) { return [r, body]; });
    }).then(function (rb) {
      var r = rb[0], body = rb[1];
      if (!r.ok) {
        error.textContent = body.error ? body.error.message : String(r.status);
        error.hidden = false;
        return;
      }
      var join = window.location.origin + body.join;
      var coord = window.location.origin + '/workshops/' + encodeURIComponent(body.workshop) + '/coordinator?key=' +
        encodeURIComponent(body.key);
      var a = document.getElementById('ws-open-join');
      a.href = join; a.textContent = join;
      var c = document.getElementById('ws-open-coord');
      c.href = coord; c.textContent = coord;
      document.getElementById('ws-open-result').hidden = false;
    }).catch(function (e) { error.textContent = String(e); error.hidden = false; });
  });
})();
