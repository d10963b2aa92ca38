/* "Läs in dokument": upload a plan, review the rows it gives (tick, correct names), accept them as one change
   through POST /api/datasets/{dataset}/changes. Every text from the document reaches the page as text. */
(function () {
  'use strict';
  var T = JSON.parse(document.getElementById('ui-texts').textContent);
  var dataset = JSON.parse(document.getElementById('doc-dataset').textContent);
  var TOKEN_KEY = 'ruslink-write-token';
  var form = document.getElementById('doc-form');
  var status = document.getElementById('doc-status');
  var table = document.getElementById('doc-rows');
  var accept = document.getElementById('doc-accept');
  var tokenField = document.getElementById('doc-token');
  var found = null;
  try { tokenField.value = sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { /* private mode */ }

  function headers() {
    var token = tokenField.value.trim();
    if (token) { try { sessionStorage.setItem(TOKEN_KEY, token); } catch (e) { /* private mode */ } }
    return token ? { Authorization: 'Bearer ' + token } : {};
  }
  function failed(response, payload) {
    var err = payload && payload.error ? payload.error : { message: String(response.status), details: [] };
    status.textContent = T.failed + ' ' + err.message;
    (err.details || []).slice(0, 20).forEach(function (d) {
      var line = document.createElement('div');
      line.textContent = typeof d === 'string' ? d : (d.message || JSON.stringify(d));
      status.appendChild(line);
    });
  }
  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text === undefined || text === null ? '' : String(text);
    row.appendChild(td);
    return td;
  }
  function details(change) {
    var r = change.row;
    var parts = [];
    if (change.table === 'links') { return r.from + ' ' + (T['link.' + r.type] || r.type) + ' ' + r.to; }
    if (r.level) { parts.push(T['level.' + r.level] || r.level); }
    if (r.parent) { parts.push('↑ ' + r.parent); }
    if (r.valid_from || r.start) { parts.push([r.valid_from || r.start, r.valid_to || r.end].filter(Boolean).join('–')); }
    if (r.source_ref) { parts.push('Kolada ' + r.source_ref); }
    if (r.baseline_value !== undefined || r.target_value !== undefined) {
      parts.push([r.baseline_value, r.target_value].map(function (v) {
        return v === undefined ? '–' : String(v).replace('.', ',');
      }).join(' → ') + (r.unit ? ' ' + r.unit : ''));
    }
    if (r.note) { parts.push('⚠ ' + r.note); }
    return parts.join(' · ');
  }
  function show(answer) {
    found = answer;
    var head = table.querySelector('thead tr');
    var body = table.querySelector('tbody');
    head.textContent = '';
    body.textContent = '';
    T.columns.split('|').forEach(function (c) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c;
      head.appendChild(th);
    });
    answer.changes.forEach(function (change, index) {
      var tr = document.createElement('tr');
      tr.dataset.index = String(index);
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.className = 'doc-take';
      cell(tr, '').appendChild(box);
      cell(tr, T['table.' + change.table] || change.table);
      cell(tr, change.row.id || '');
      var nameCell = cell(tr, '');
      if (change.row.name !== undefined) {
        var input = document.createElement('input');
        input.type = 'text';
        input.className = 'doc-name';
        input.value = change.row.name;
        nameCell.appendChild(input);
      }
      cell(tr, details(change));
      cell(tr, change.row.source || change.row.source_document || '');
      body.appendChild(tr);
    });
    table.hidden = false;
    accept.hidden = false;
    status.textContent = T.found.replace('{n}', answer.changes.length).replace('{file}', answer.document);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = new FormData();
    body.append('file', document.getElementById('doc-file').files[0]);
    var sid = document.getElementById('doc-id').value.trim();
    if (sid) { body.append('strategy_id', sid); }
    status.textContent = T.reading;
    fetch('/api/datasets/' + encodeURIComponent(dataset) + '/ingest', {
      method: 'POST', body: body, headers: headers(), credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (payload) {
        if (response.ok) { show(payload); } else { failed(response, payload); }
      });
    }).catch(function (e) { status.textContent = T.failed + ' ' + e; });
  });

  accept.addEventListener('click', function () {
    if (!found) { return; }
    var changes = [];
    var left = {};
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var row = found.changes[Number(tr.dataset.index)].row;
      if (!tr.querySelector('.doc-take').checked && row.id) { left[row.id] = true; }
    });
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      if (!tr.querySelector('.doc-take').checked) { return; }
      var original = found.changes[Number(tr.dataset.index)];
      // A row left out takes its links with it, or the change would name an id that does not exist.
      if (original.table === 'links' && (left[original.row.from] || left[original.row.to])) { return; }
      var change = JSON.parse(JSON.stringify(found.changes[Number(tr.dataset.index)]));
      var name = tr.querySelector('.doc-name');
      if (name) { change.row.name = name.value.trim(); }
      changes.push(change);
    });
    var h = headers();
    h['Content-Type'] = 'application/json';
    var payload = { by: T.by, why: T.why.replace('{file}', found.document), changes: changes };
    fetch('/api/datasets/' + encodeURIComponent(dataset) + '/changes', {
      method: 'POST', headers: h, body: JSON.stringify(payload), credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.ok) {
          status.textContent = T.saved.replace('{change}', answer.change || '');
          accept.disabled = true;
        } else { failed(response, answer); }
      });
    }).catch(function (e) { status.textContent = T.failed + ' ' + e; });
  });
})();
