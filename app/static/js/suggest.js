/* Suggested links beside orphan actions: "Godta" adds the link as one change through the changes API
   (POST /api/datasets/{dataset}/changes, token kept for this tab as the editor keeps it); "Avvisa" hides the
   candidate in this browser. */
(function () {
  'use strict';
  var T = JSON.parse(document.getElementById('ui-texts').textContent);
  var dataset = JSON.parse(document.getElementById('suggest-dataset').textContent);
  var TOKEN_KEY = 'ruslink-write-token';
  var REJECTED_KEY = 'ruslink-rejected-suggestions:' + dataset;

  function rejected() {
    try { return JSON.parse(localStorage.getItem(REJECTED_KEY) || '[]'); } catch (e) { return []; }
  }
  function remember(key) {
    var list = rejected();
    list.push(key);
    try { localStorage.setItem(REJECTED_KEY, JSON.stringify(list)); } catch (e) { /* private mode */ }
  }
  var field = document.getElementById('suggest-token');
  try { field.value = sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { /* private mode */ }
  function token() {
    var value = field.value.trim();
    if (value) { try { sessionStorage.setItem(TOKEN_KEY, value); } catch (e) { /* private mode */ } }
    return value;
  }

  var hidden = rejected();
  document.querySelectorAll('.suggestions').forEach(function (box) {
    var subject = box.getAttribute('data-subject');
    box.querySelectorAll('.suggestion').forEach(function (item) {
      var candidate = item.getAttribute('data-candidate');
      var status = item.querySelector('.suggest-status');
      if (hidden.indexOf(subject + '→' + candidate) >= 0) { item.hidden = true; }
      item.querySelector('.suggest-reject').addEventListener('click', function () {
        remember(subject + '→' + candidate);
        item.hidden = true;
      });
      item.querySelector('.suggest-accept').addEventListener('click', function () {
        var because = item.getAttribute('data-because');
        var headers = { 'Content-Type': 'application/json' };
        var secret = token();
        if (secret) { headers.Authorization = 'Bearer ' + secret; }
        var body = { by: T.by, why: T.why.replace('{because}', because), changes: [
          { op: 'add', table: 'links', row: { from: subject, type: 'contributes_to', to: candidate, score: 1,
            rationale: because, source: T.source } }] };
        status.textContent = T.saving;
        fetch('/api/datasets/' + encodeURIComponent(dataset) + '/changes', {
          method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin'
        }).then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (payload) {
            if (response.ok) {
              status.textContent = T.saved.replace('{change}', payload.change || '');
              box.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
              return;
            }
            if (response.status === 401 || response.status === 403) {
              try { sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* private mode */ }
            }
            var err = payload && payload.error ? payload.error : { message: String(response.status) };
            status.textContent = T.failed + ' ' + err.message;
          });
        }).catch(function (e) { status.textContent = T.failed + ' ' + e; });
      });
    });
  });
})();
