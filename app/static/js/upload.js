/* The upload form: posts the file with the bearer token to the import endpoint. */
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var T = JSON.parse(document.getElementById('ui-texts').textContent);
  var status = document.getElementById('upload-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var name = document.getElementById('up-name').value.trim();
    var token = document.getElementById('up-token').value;
    var body = new FormData();
    body.append('file', document.getElementById('up-file').files[0]);
    status.textContent = T.uploading;
    fetch('/api/datasets/' + encodeURIComponent(name) + '/import', {
      method: 'POST', body: body, headers: { 'Authorization': 'Bearer ' + token }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (payload) {
        if (response.ok) {
          status.textContent = T.uploaded;
          window.location.reload();
          return;
        }
        var err = payload && payload.error ? payload.error : { message: String(response.status), details: [] };
        status.textContent = T.upload_failed + ' ' + err.message;
        (err.details || []).slice(0, 20).forEach(function (d) {
          var line = document.createElement('div');
          line.textContent = typeof d === 'string' ? d : (d.message || JSON.stringify(d));
          status.appendChild(line);
        });
      });
    }).catch(function (e) { status.textContent = T.upload_failed + ' ' + e; });
  });
})();
