/* The coordinator page of a scoring workshop: live (polling) counts, medians and spread, the widest
   disagreement first, a matrix coloured by median, and accepting the agreed scores.
   Every name is set with textContent. */
(function () {
  'use strict';
  var S = JSON.parse(document.getElementById('ws-state').textContent);
  var T = S.texts;
  var key = new URLSearchParams(window.location.search).get('key') || '';
  var api = '/api/workshops/' + encodeURIComponent(S.workshop);
  var POLL_MS = 3000;
  var names = {};
  S.goals.forEach(function (g) { names[g.id] = g.name; });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k] !== undefined ? values[k] : ''; });
  }

  function num(v) {
    if (v === null || v === undefined) { return '\u2013'; }
    var text = (Math.round(v * 10) / 10).toString();
    if (S.lang !== 'en') { text = text.replace('.', ','); }
    return (v > 0 ? '+' : '') + text.replace('-', '\u2212');
  }

  function scoreClass(v) {
    var r = v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);  // half away from zero, as accepting does
    return 'score-' + (r < 0 ? 'm' : 'p') + Math.abs(r);
  }

  function dots(pair) {
    // One mark per score on the −3…+3 line: the spread at a glance.
    var line = el('span', 'ws-dots');
    line.setAttribute('aria-label', num(pair.min) + ' \u2026 ' + num(pair.max));
    for (var s = -3; s <= 3; s++) {
      var count = pair.scores.filter(function (x) { return x.score === s; }).length;
      var slot = el('span', 'ws-slot' + (count ? ' ' + scoreClass(s) : ''), count ? String(count) : '');
      slot.title = (s > 0 ? '+' : '') + s;
      line.appendChild(slot);
    }
    return line;
  }

  function spread(p) { return p.n ? p.max - p.min : -1; }

  function joinUrl() {
    var url = window.location.origin + '/workshops/' + encodeURIComponent(S.workshop) + '?key=' + encodeURIComponent(key);
    document.getElementById('ws-join-url').textContent = url;
    document.getElementById('ws-qr').src = '/workshops/' + encodeURIComponent(S.workshop) + '/join.svg?key=' +
      encodeURIComponent(key);
  }

  function renderDiscuss(pairs) {
    var list = document.getElementById('ws-discuss');
    list.textContent = '';
    var wide = pairs.filter(function (p) { return p.n >= 2 && spread(p) > 0; })
      .sort(function (a, b) { return spread(b) - spread(a) || b.n - a.n; }).slice(0, 8);
    if (!wide.length) { list.appendChild(el('li', 'muted ws-empty', T.no_disagreement)); return; }
    wide.forEach(function (p) {
      var li = el('li', 'ws-disc');
      li.appendChild(el('strong', null, names[p.from] + ' \u2192 ' + names[p.to]));
      var facts = el('div', 'ws-facts');
      facts.appendChild(el('span', null, T.n + ' ' + p.n + ' \u00b7 ' + T.median + ' ' + num(p.median) + ' \u00b7 ' +
        T.spread + ' ' + num(p.min) + ' \u2026 ' + num(p.max)));
      facts.appendChild(dots(p));
      li.appendChild(facts);
      var why = p.scores.filter(function (s) { return s.rationale; })
        .sort(function (a, b) { return a.score - b.score; });
      if (why.length) {
        var ul = el('ul', 'ws-why');
        [why[0], why[why.length - 1]].filter(function (s, i, all) { return i === 0 || s !== all[0]; })
          .forEach(function (s) { ul.appendChild(el('li', null, num(s.score) + ' ' + s.participant + ': ' + s.rationale)); });
        li.appendChild(ul);
      }
      list.appendChild(li);
    });
  }

  function renderMatrix(pairs) {
    var byPair = {};
    pairs.forEach(function (p) { byPair[p.from + '\u0000' + p.to] = p; });
    var rows = S.goals.filter(function (g) { return pairs.some(function (p) { return p.from === g.id; }); });
    var cols = S.goals.filter(function (g) { return pairs.some(function (p) { return p.to === g.id; }); });
    var table = el('table', 'matrix ws-matrix');
    var head = el('tr');
    head.appendChild(el('th', null, ''));
    cols.forEach(function (g) { var th = el('th', 'ws-col', g.id); th.title = g.name; th.scope = 'col'; head.appendChild(th); });
    var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    var body = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr');
      var th = el('th', null, r.name); th.scope = 'row';
      th.appendChild(el('span', 'muted', ' ' + r.id));
      tr.appendChild(th);
      cols.forEach(function (c) {
        var p = byPair[r.id + '\u0000' + c.id];
        var td;
        if (!p) { td = el('td', 'cell empty'); }
        else if (!p.n) { td = el('td', 'cell ws-open', '\u00b7'); td.title = r.name + ' \u2192 ' + c.name; }
        else {
          td = el('td', 'cell ' + scoreClass(p.median), num(p.median));
          td.title = r.name + ' \u2192 ' + c.name + ': ' + T.n + ' ' + p.n;
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    var wrap = document.getElementById('ws-matrix');
    wrap.textContent = '';
    wrap.appendChild(table);
  }

  function renderRows(pairs) {
    var tbody = document.getElementById('ws-rows');
    tbody.textContent = '';
    pairs.slice().sort(function (a, b) { return spread(b) - spread(a) || b.n - a.n; }).forEach(function (p) {
      var tr = el('tr');
      tr.appendChild(el('td', null, names[p.from]));
      tr.appendChild(el('td', null, names[p.to]));
      tr.appendChild(el('td', 'num', String(p.n)));
      var med = el('td', 'num', num(p.median));
      if (p.n) { med.className = 'num cell ' + scoreClass(p.median); }
      tr.appendChild(med);
      var sp = el('td');
      sp.appendChild(dots(p));
      tr.appendChild(sp);
      tbody.appendChild(tr);
    });
  }

  function render(data) {
    var people = {};
    var count = 0;
    data.pairs.forEach(function (p) { p.scores.forEach(function (s) { people[s.participant] = true; count += 1; }); });
    document.getElementById('ws-participants').textContent = String(Object.keys(people).length);
    document.getElementById('ws-count').textContent = String(count);
    renderDiscuss(data.pairs);
    renderMatrix(data.pairs);
    renderRows(data.pairs);
  }

  var live = document.getElementById('ws-live');
  var liveText = live.textContent;
  function poll() {
    fetch(api + '?key=' + encodeURIComponent(key)).then(function (r) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return r.json();
    }).then(function (data) {
      render(data);
      live.textContent = liveText;
      document.body.setAttribute('data-polled', String(Number(document.body.getAttribute('data-polled') || 0) + 1));
    }).catch(function () { live.textContent = T.offline; })
      .then(function () { setTimeout(poll, POLL_MS); });
  }

  document.getElementById('ws-accept-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var status = document.getElementById('ws-accept-status');
    var headers = { 'Content-Type': 'application/json' };
    var token = document.getElementById('ws-token');
    if (token) { headers.Authorization = 'Bearer ' + token.value; }
    var minN = parseInt(document.getElementById('ws-min-n').value, 10) || 2;
    status.textContent = '';
    fetch(api + '/accept?lang=' + S.lang, { method: 'POST', headers: headers,
      body: JSON.stringify({ rule: 'median', min_n: minN }) })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (b) { return [r, b]; }); })
      .then(function (rb) {
        var r = rb[0], b = rb[1];
        if (r.ok) {
          status.className = 'ws-ok';
          status.textContent = fill(T.accepted, { n: b.links.length });
        } else {
          status.className = 'ws-error';
          status.textContent = T.accept_failed + ' ' + (b.error ? b.error.message : String(r.status));
        }
      }).catch(function (e) { status.className = 'ws-error'; status.textContent = T.accept_failed + ' ' + e; });
  });

  joinUrl();
  poll();
})();
