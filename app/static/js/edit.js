/* Editing the model where it is shown, for holders of the write token; and undoing changes on the history page.
   The token is asked for once and kept in this tab (sessionStorage); without a token that may write, no edit
   control is shown. Every save is one change (POST /api/datasets/{d}/changes) with who and why; a refused
   change lists its problems in the dialog. Every text is set with textContent. */
(function () {
  'use strict';
  var stateEl = document.getElementById('page-state');
  var textEl = document.getElementById('edit-texts');
  if (!stateEl || !textEl) { return; }
  var page = JSON.parse(stateEl.textContent);
  var T = JSON.parse(textEl.textContent);
  var TOKEN_KEY = 'ruslink-write-token';
  var BY_KEY = 'ruslink-edit-by';
  var base = '/api/datasets/' + encodeURIComponent(page.dataset);
  var lang = page.lang === 'en' ? 'en' : 'sv';
  var model = null;   // the dataset's rows and columns, fetched when first needed

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function token() { try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; } }
  function authHeaders(extra) {
    var h = Object.assign({}, extra || {});
    if (token()) { h.Authorization = 'Bearer ' + token(); }
    return h;
  }

  function checkToken(candidate) {
    var h = candidate ? { Authorization: 'Bearer ' + candidate } : {};
    return fetch('/api/token', { headers: h, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : { write: false, token_required: false }; })
      .then(function (a) { return a.write ? 200 : (a.token_required ? 401 : 403); })
      .catch(function () { return 0; });
  }

  function post(url, body) {
    return fetch(url + '?lang=' + lang, {
      method: 'POST', credentials: 'same-origin',
      headers: authHeaders({ 'Content-Type': 'application/json' }), body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (payload) { return { ok: r.ok, payload: payload }; });
    });
  }

  function showProblems(list, payload) {
    list.textContent = '';
    var err = (payload && payload.error) || { message: T.refused, details: [] };
    list.appendChild(el('li', 'problem-head', T.refused + ' ' + err.message));
    (err.details || []).slice(0, 50).forEach(function (d) {
      list.appendChild(el('li', null, typeof d === 'string' ? d : (d.message || JSON.stringify(d))));
    });
  }

  /* ---- a dialog: fields, who and why, save; problems inline ---- */
  function dialog(title, build, onSave, saveText) {
    var dlg = el('dialog', 'edit-dialog');
    dlg.id = 'edit-dialog';
    var form = el('form');
    form.method = 'dialog';
    form.appendChild(el('h2', null, title));
    var body = el('div', 'edit-fields');
    build(body);
    form.appendChild(body);
    var byLabel = el('label', null, T.by);
    var by = el('input');
    by.id = 'edit-by'; by.required = true; by.maxLength = 200;
    try { by.value = localStorage.getItem(BY_KEY) || ''; } catch (e) { /* private mode */ }
    byLabel.htmlFor = 'edit-by';
    var whyLabel = el('label', null, T.why_q);
    var why = el('textarea');
    why.id = 'edit-why'; why.required = true; why.maxLength = 2000; why.rows = 2;
    whyLabel.htmlFor = 'edit-why';
    form.appendChild(byLabel); form.appendChild(by); form.appendChild(whyLabel); form.appendChild(why);
    var problems = el('ul', 'problems');
    problems.id = 'edit-problems';
    problems.setAttribute('aria-live', 'polite');
    form.appendChild(problems);
    var buttons = el('p');
    var save = el('button', null, saveText || T.save);
    save.type = 'submit'; save.id = 'edit-save';
    var cancel = el('button', null, T.cancel);
    cancel.type = 'button';
    cancel.addEventListener('click', function () { dlg.close(); dlg.remove(); });
    buttons.appendChild(save); buttons.appendChild(document.createTextNode(' ')); buttons.appendChild(cancel);
    form.appendChild(buttons);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var changes = onSave(problems);
      if (!changes) { return; }
      try { localStorage.setItem(BY_KEY, by.value.trim()); } catch (e) { /* private mode */ }
      problems.textContent = '';
      problems.appendChild(el('li', 'muted', T.saving));
      save.disabled = true;
      post(base + '/changes', { by: by.value, why: why.value, changes: changes }).then(function (res) {
        save.disabled = false;
        if (!res.ok) { showProblems(problems, res.payload); return; }
        problems.textContent = '';
        problems.appendChild(el('li', 'saved', T.saved.replace('{n}', res.payload.change)));
        setTimeout(function () { window.location.reload(); }, 300);
      });
    });
    dlg.appendChild(form);
    document.body.appendChild(dlg);
    dlg.showModal();
    return dlg;
  }

  function field(body, id, label, input) {
    var l = el('label', null, label);
    l.htmlFor = id;
    input.id = id;
    body.appendChild(l);
    body.appendChild(input);
    return input;
  }

  function select(options, value, allowEmpty) {
    var s = el('select');
    if (allowEmpty) { var o = el('option', null, T.empty); o.value = ''; s.appendChild(o); }
    options.forEach(function (opt) {
      var o = el('option', null, opt.name);
      o.value = String(opt.value);
      s.appendChild(o);
    });
    s.value = value === undefined || value === null ? '' : String(value);
    return s;
  }

  function loadModel() {
    if (model) { return Promise.resolve(model); }
    return fetch(base + '/rows?lang=' + lang, { credentials: 'same-origin' }).then(function (r) { return r.json(); })
      .then(function (m) { model = m; return m; });
  }

  var ENTITY = ['strategies', 'goals', 'actions', 'indicators', 'actors'];
  function findRow(id) {
    for (var i = 0; i < ENTITY.length; i++) {
      var rows = model.tables[ENTITY[i]];
      for (var j = 0; j < rows.length; j++) { if (rows[j].id === id) { return { table: ENTITY[i], row: rows[j] }; } }
    }
    return null;
  }

  function shown(value) {
    if (value === undefined || value === null) { return ''; }
    return Array.isArray(value) ? value.join('|') : String(value);
  }

  /* ---- edit a node's fields ---- */
  function editNode(id) {
    loadModel().then(function () {
      var found = findRow(id);
      if (!found) { status(T.not_editable); return; }
      var inputs = {};
      dialog(T.edit + ': ' + (found.row.name || id) + ' (' + id + ')', function (body) {
        model.columns[found.table].forEach(function (c) {
          if (c.name === 'id') { return; }
          var input;
          if (c.values.length) {
            input = select(c.values, found.row[c.name], !c.required);
          } else if (c.name === 'description') {
            input = el('textarea'); input.rows = 3; input.value = shown(found.row[c.name]);
          } else {
            input = el('input'); input.value = shown(found.row[c.name]);
          }
          inputs[c.name] = field(body, 'edit-f-' + c.name, c.label + ' (' + c.name + ')', input);
        });
      }, function (problems) {
        var set = {};
        Object.keys(inputs).forEach(function (name) {
          var now = inputs[name].value.trim();
          if (now !== shown(found.row[name]).trim()) { set[name] = now === '' ? null : now; }
        });
        if (!Object.keys(set).length) { problems.textContent = ''; problems.appendChild(el('li', null, T.nothing)); return null; }
        return [{ op: 'update', table: found.table, id: id, set: set }];
      });
    });
  }

  /* ---- a new link between two nodes ---- */
  function nodeOptions() {
    var opts = [];
    ENTITY.forEach(function (table) {
      model.tables[table].forEach(function (r) { opts.push({ value: r.id, name: r.name + ' (' + r.id + ')' }); });
    });
    var data = window.ruslinkData;  // the explorer's diagram, once fetched
    if (data) {
      data.nodes.forEach(function (n) {
        if (n.type === 'Reference') { opts.push({ value: n.id, name: n.name + ' (' + n.id + ')' }); }
      });
    }
    return opts;
  }

  function newLink(from, to) {
    loadModel().then(function () {
      var cols = {};
      model.columns.links.forEach(function (c) { cols[c.name] = c; });
      var f = {};
      dialog(T.new_link, function (body) {
        var opts = nodeOptions();
        f.from = field(body, 'link-from', T.link_from, select(opts, from, true));
        f.type = field(body, 'link-type', T.link_type, select(cols.type.values, 'contributes_to', false));
        f.to = field(body, 'link-to', T.link_to, select(opts, to, true));
        f.score = field(body, 'link-score', T.link_score, select(model.scores.map(function (s) {
          return { value: s.value, name: (s.value > 0 ? '+' : s.value < 0 ? '\u2212' : '') + Math.abs(s.value) + ' ' + s.name };
        }), 1, false));
        var rationale = el('textarea'); rationale.rows = 2;
        f.rationale = field(body, 'link-rationale', T.link_rationale, rationale);
        f.source = field(body, 'link-source', T.link_source, el('input'));
      }, function () {
        var row = { from: f.from.value, type: f.type.value, to: f.to.value, score: parseInt(f.score.value, 10) };
        if (f.rationale.value.trim()) { row.rationale = f.rationale.value.trim(); }
        if (f.source.value.trim()) { row.source = f.source.value.trim(); }
        return [{ op: 'add', table: 'links', row: row }];
      });
    });
  }

  /* ---- delete a node (and its links) or a link ---- */
  function remove(sel) {
    loadModel().then(function () {
      if (sel.node) {
        var found = findRow(sel.node);
        if (!found) { status(T.not_editable); return; }
        dialog(T.delete_q.replace('{name}', (found.row.name || sel.node) + ' (' + sel.node + ')'), function () {},
          function () { return [{ op: 'remove', table: found.table, id: sel.node }]; }, T.confirm_delete);
      } else if (sel.edge) {
        var e = sel.edge;
        var type = String(e.type || '').toLowerCase();
        dialog(T.delete_link_q.replace('{name}', e.from + ' \u2192 ' + e.to + ' (' + (e.typeName || type) + ')'),
          function () {}, function () {
            return [{ op: 'remove', table: 'links', row: { from: e.from, type: type, to: e.to } }];
          }, T.confirm_delete);
      }
    });
  }

  /* ---- the tools beside the diagram ---- */
  var statusLine = null;
  function status(text) { if (statusLine) { statusLine.textContent = text; } }

  function selection() {
    var net = window.ruslinkNetwork;
    if (!net) { return { nodes: boxes.slice(), edges: [] }; }
    return { nodes: net.getSelectedNodes(), edges: net.getSelectedEdges() };
  }

  /* ---- choosing boxes on a drawn diagram (goal pages, subgraph pages): a box is a link to its page, so
     choosing is a mode: while "Choose boxes" is pressed, a click marks the box (two for a new link) ---- */
  var boxes = [];
  function boxPicker(row) {
    var svg = document.querySelector('svg.ruslink-diagram');
    if (!svg || window.ruslinkNetwork) { return; }
    var picking = false;
    var toggle = button(row, 'edit-pick', T.pick_boxes, function () {
      picking = !picking;
      toggle.setAttribute('aria-pressed', picking ? 'true' : 'false');
      document.body.classList.toggle('dg-picking', picking);
      status(picking ? T.pick_help : '');
    });
    toggle.setAttribute('aria-pressed', 'false');
    svg.addEventListener('click', function (event) {
      var g = picking && event.target.closest ? event.target.closest('g.node[data-id]') : null;
      if (!g) { return; }
      event.preventDefault();
      var id = g.getAttribute('data-id');
      var at = boxes.indexOf(id);
      if (at >= 0) { boxes.splice(at, 1); } else { boxes.push(id); }
      if (boxes.length > 2) { boxes.shift(); }
      svg.querySelectorAll('g.node.picked').forEach(function (n) { n.classList.remove('picked'); });
      boxes.forEach(function (b) {
        svg.querySelectorAll('g.node[data-id]').forEach(function (n) {
          if (n.getAttribute('data-id') === b) { n.classList.add('picked'); }
        });
      });
      status(boxes.length ? T.picked.replace('{ids}', boxes.join(', ')) : T.pick_help);
    }, true);
  }

  function button(parent, id, text, onClick) {
    var b = el('button', null, text);
    b.type = 'button'; b.id = id;
    b.addEventListener('click', onClick);
    parent.appendChild(b);
    parent.appendChild(document.createTextNode(' '));
    return b;
  }

  function tools(controls) {
    var box = el('section', 'edit-tools');
    box.id = 'edit-tools';
    box.appendChild(el('h2', 'h3', T.tools));
    box.appendChild(el('p', 'muted', T.tools_help));
    var row = el('p');
    button(row, 'edit-node', T.edit_node, function () {
      var s = selection();
      if (s.nodes.length) { editNode(s.nodes[0]); } else { status(T.select_first); }
    });
    button(row, 'edit-new-link', T.new_link, function () {
      var s = selection();
      newLink(s.nodes[0], s.nodes[1]);
    });
    boxPicker(row);
    var net = window.ruslinkNetwork;
    if (net && typeof net.addEdgeMode === 'function') {
      net.setOptions({ interaction: { multiselect: true },
                       manipulation: { enabled: false, addEdge: function (edge, callback) {
                         callback(null); newLink(edge.from, edge.to); } } });
      button(row, 'edit-draw-link', T.draw_link, function () { status(T.drawing); net.addEdgeMode(); });
      document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') { net.disableEditMode(); status(''); }
      });
    }
    button(row, 'edit-delete', T.delete, function () {
      var s = selection();
      if (s.nodes.length) { remove({ node: s.nodes[0] }); return; }
      if (s.edges.length && net) { remove({ edge: net.body.data.edges.get(s.edges[0]) }); return; }
      status(T.select_first);
    });
    box.appendChild(row);
    var links = el('p');
    var history = el('a', null, T.history_link);
    history.href = '/datasets/' + encodeURIComponent(page.dataset) + '/history';
    history.id = 'edit-history';
    links.appendChild(history);
    links.appendChild(document.createTextNode(' '));
    if (token()) {
      button(links, 'edit-logout', T.logout, function () { sessionStorage.removeItem(TOKEN_KEY); window.location.reload(); });
    }
    box.appendChild(links);
    statusLine = el('p', 'muted');
    statusLine.id = 'edit-status';
    statusLine.setAttribute('role', 'status');
    box.appendChild(statusLine);
    place(controls, box);
  }

  /* Near the top of the controls (after the page's heading), where it is seen without scrolling. */
  function place(controls, box) {
    var heading = controls.querySelector('h1');
    if (heading && heading.parentNode === controls) {
      controls.insertBefore(box, heading.nextSibling);
    } else if (controls.classList.contains('dg-details')) {
      controls.insertBefore(box, controls.firstChild);  // a diagram page: right under the picture
    } else {
      controls.appendChild(box);
    }
  }

  /* ---- signing in: a token that may write, kept for this tab ---- */
  function loginForm(parent) {
    var form = el('form', 'edit-login');
    form.id = 'edit-login-form';
    var l = el('label', null, T.login);
    var input = el('input');
    input.type = 'password'; input.id = 'edit-token'; input.required = true; input.autocomplete = 'off';
    l.htmlFor = 'edit-token';
    var go = el('button', null, T.login);
    go.type = 'submit';
    var msg = el('span');
    msg.setAttribute('role', 'status');
    form.appendChild(l); form.appendChild(input); form.appendChild(go); form.appendChild(msg);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      checkToken(input.value).then(function (code) {
        if (code !== 200) { msg.textContent = T.login_bad; return; }
        sessionStorage.setItem(TOKEN_KEY, input.value);
        window.location.reload();
      });
    });
    parent.appendChild(form);
  }

  /* ---- the history page: undo a change ---- */
  function historyPage() {
    document.querySelectorAll('button.revert').forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () { openRevert(b.getAttribute('data-change')); });
    });
    if (token()) { button(document.getElementById('edit-login-box').parentNode, 'edit-logout', T.logout, function () {
      sessionStorage.removeItem(TOKEN_KEY); window.location.reload(); }); }
  }

  function openRevert(change) {
    var dlg = document.getElementById('revert-dialog');
    var problems = document.getElementById('revert-problems');
    var by = document.getElementById('revert-by');
    document.getElementById('revert-title').textContent = T.revert + ' ' + change;
    try { by.value = localStorage.getItem(BY_KEY) || ''; } catch (e) { /* private mode */ }
    problems.textContent = '';
    var form = document.getElementById('revert-form');
    form.onsubmit = function (event) {
      event.preventDefault();
      try { localStorage.setItem(BY_KEY, by.value.trim()); } catch (e) { /* private mode */ }
      post(base + '/changes/' + encodeURIComponent(change) + '/revert',
           { by: by.value, why: document.getElementById('revert-why').value }).then(function (res) {
        if (!res.ok) { showProblems(problems, res.payload); return; }
        window.location.reload();
      });
    };
    document.getElementById('revert-cancel').onclick = function () { dlg.close(); };
    dlg.showModal();
  }

  /* The explorer draws its diagram once the diagram's data has arrived: the tools that act on it wait. */
  function whenNetwork(fn) {
    var drawn = document.getElementById('network');
    if (!drawn || drawn.getAttribute('data-ready') === '1') { fn(); return; }
    document.addEventListener('ruslink:network', function () { fn(); }, { once: true });
  }

  /* ---- start: show controls only to a token that may write ---- */
  var onHistory = !!document.getElementById('revert-dialog');
  var controls = document.querySelector('aside.controls') || document.querySelector('.dg-details');
  checkToken(token()).then(function (code) {
    if (code === 200) {
      document.body.setAttribute('data-can-edit', '1');
      if (onHistory) { historyPage(); } else if (controls) { whenNetwork(function () { tools(controls); }); }
    } else if (code === 401) {
      if (token()) { sessionStorage.removeItem(TOKEN_KEY); }
      if (onHistory) {
        var box = document.getElementById('edit-login-box');
        box.hidden = false;
        box.textContent = '';
        loginForm(box);
      } else if (controls) {
        var wrap = el('section', 'edit-tools');
        wrap.id = 'edit-login';
        loginForm(wrap);
        controls.appendChild(wrap);  // signing in stays out of the way, at the bottom
      }
    }
    document.body.setAttribute('data-edit-ready', '1');
  });
})();
