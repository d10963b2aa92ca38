/* The delete buttons of the start page: confirm in a dialog (with the write token), then DELETE the dataset. */
(function () {
  'use strict';
  var dialog = document.getElementById('delete-dialog');
  if (!dialog) { return; }
  var T = JSON.parse(document.getElementById('delete-texts').textContent);
  var question = document.getElementById('delete-question');
  var status = document.getElementById('delete-status');
  var token = document.getElementById('delete-token');
  var current = null;
  Array.prototype.forEach.call(document.querySelectorAll('button.delete-dataset'), function (button) {
    button.addEventListener('click', function () {
      current = button.getAttribute('data-dataset');
      question.textContent = T.question.replace('{dataset}', current);
      status.textContent = '';
      dialog.showModal();
      token.focus();
    });
  });
  document.getElementById('delete-cancel').addEventListener('click', function () { dialog.close(); });
  document.getElementById('delete-form').addEventListener('submit', function (event) {
    event.preventDefault();
    if (!current) { return; }
    var headers = {};
    if (token.value) { headers.Authorization = 'Bearer ' + token.value; }
    status.textContent = T.deleting;
    fetch('/api/datasets/' + encodeURIComponent(current), { method: 'DELETE', headers: headers })
      .then(function (response) {
        if (response.ok) { window.location.reload(); return; }
        return response.json().catch(function () { return {}; }).then(function (payload) {
          var err = payload && payload.error ? payload.error : { message: String(response.status) };
          status.textContent = T.failed + ' ' + err.message;
        });
      })
      .catch(function (e) { status.textContent = T.failed + ' ' + e; });
  });
})();
