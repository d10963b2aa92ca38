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
    var lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
    fetch('/api/datasets/' + encodeURIComponent(name) + '/import?lang=' + lang, {
      method: 'POST', body: body, headers: { 'Authorization': 'Bearer ' + token }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (payload) {
        var notes = response.ok && payload && payload.warnings ? payload.warnings : [];
        if (response.ok && !notes.length) {
          status.textContent = T.uploaded;
          window.location.reload();
          return;
        }
        if (response.ok) {
          // What the importer had to interpret (a name read as a code, a title above the header) is shown
          // before the page moves on: the analyst checks it, then opens the dataset.
          status.textContent = T.uploaded_with_notes;
          notes.slice(0, 20).forEach(function (d) {
            var line = document.createElement('div');
            line.textContent = String(d);
            status.appendChild(line);
          });
          var open = document.createElement('a');
          open.href = '/datasets/' + encodeURIComponent(name);
          open.textContent = T.open_dataset;
          status.appendChild(open);
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
