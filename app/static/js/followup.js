/* The follow-up page: the print button, and the "Hämta från Kolada" job with its progress. */
(function () {
  'use strict';
  var printButton = document.getElementById('fu-print');
  if (printButton) {
    printButton.addEventListener('click', function () {
      document.querySelectorAll('details.fu-areas').forEach(function (d) { d.open = true; });
      window.print();
    });
  }
  var form = document.getElementById('kolada-form');
  if (!form) { return; }
  var T = JSON.parse(document.getElementById('kolada-texts').textContent);
  var status = document.getElementById('kolada-status');
  var bar = document.getElementById('kolada-progress');
  function show(lines) {
    lines.forEach(function (text) {
      var line = document.createElement('div');
      line.textContent = text;
      status.appendChild(line);
    });
  }
  function poll(url, token) {
    fetch(url, { headers: { 'Authorization': 'Bearer ' + token } }).then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.total) { bar.max = job.total; bar.value = job.done; }
        if (job.state === 'running') { window.setTimeout(function () { poll(url, token); }, 700); return; }
        status.textContent = job.state === 'done' ? T.done : T.failed + ' ' + (job.message || '');
        show(job.lines || job.details || []);
        if (job.state === 'done') { window.setTimeout(function () { window.location.reload(); }, 2500); }
      }).catch(function (e) { status.textContent = T.failed + ' ' + e; });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var token = document.getElementById('kolada-token').value;
    var dataset = form.getAttribute('data-dataset');
    status.textContent = T.running;
    bar.hidden = false;
    bar.removeAttribute('value');
    fetch('/api/datasets/' + encodeURIComponent(dataset) + '/kolada/fetch?lang=' + document.documentElement.lang, {
      method: 'POST', headers: { 'Authorization': 'Bearer ' + token }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (payload) {
        if (!response.ok) {
          var err = payload && payload.error ? payload.error : { message: String(response.status) };
          status.textContent = T.failed + ' ' + err.message;
          bar.hidden = true;
          return;
        }
        poll(payload.poll, token);
      });
    }).catch(function (e) { status.textContent = T.failed + ' ' + e; });
  });
})();
