/* The network explorer: filters, search, side panel, focus, meeting mode, saved views and export.
   Texts and page state come from <script type="application/json"> blocks; the diagram is fetched as compact
   columns (viz/compact.py) and a row's details when its panel opens. Every text is set with textContent. */
(function () {
  'use strict';
  var R = window.ruslinkCommon;
  var T = R.readJSON('ui-texts');
  var page = R.readJSON('page-state');
  function getJSON(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; });
  }
  // The marks are asked for at once, beside the diagram (they are applied once it is drawn).
  var marksAsked = page.marksUrl ? getJSON(page.marksUrl).catch(function () { return null; }) : null;

  /* Columns back into one object per node and edge: style from its table, names from the code tables. */
  function rows(table, finish) {
    var cols = Object.keys(table.columns);
    var out = new Array(table.count);
    for (var i = 0; i < table.count; i++) {
      var r = Object.assign({}, table.styles[table.style[i]]);
      for (var c = 0; c < cols.length; c++) {
        var v = table.columns[cols[c]][i];
        if (v !== null && v !== undefined) { r[cols[c]] = v; }
      }
      finish(r);
      out[i] = r;
    }
    return out;
  }
  function unpack(packed) {
    var N = packed.names;
    var data = Object.assign({}, packed);
    data.nodes = rows(packed.nodes, function (n) {
      n.typeName = N.type[n.type] || '';
      n.strategyName = N.strategy[n.strategy] || '';
      if (N.status[n.status]) { n.statusName = N.status[n.status]; }
      n.marks = [];
      n.markNames = [];
    });
    data.edges = rows(packed.edges, function (e) {
      e.typeName = N.link[e.type] || '';
      var score = N.score[e.type + '|' + e.score];
      if (score) { e.scoreName = score; }
    });
    data.findings = {};
    return data;
  }
  /* Marks that arrive with the diagram (a warm version: both are cached) are drawn in its first frame; later
     ones are added when they come (a version's first request waits for the analyses). */
  var MARKS_WAIT_MS = 250;
  /* The server chose the renderer (viz.views.explorer_renderer) and sent vis-network with the page only when
     it draws: fastnet.js draws large node-level diagrams. */
  var fast = page.renderer === 'fast';
  getJSON(page.columnsUrl).then(function (packed) {
    if (!packed) { return; }  // the dataset went away meanwhile: the page says nothing more than it had
    var data = unpack(packed);
    var late = new Promise(function (resolve) { setTimeout(function () { resolve(undefined); }, MARKS_WAIT_MS); });
    Promise.race([marksAsked || Promise.resolve(null), late]).then(function (marks) { start(data, marks); });
  });

  function start(data, early) {
  window.ruslinkData = data;
  var V = fast ? window.ruslinkFast : window.vis;
  document.getElementById('network').setAttribute('data-renderer', fast ? 'fast' : 'vis');
  var container = document.getElementById('network');
  var form = document.getElementById('filters');
  var statusLine = document.getElementById('view-status');
  var caption = document.getElementById('meeting-caption');
  var SCORED = { CONTRIBUTES_TO: true, INTERACTS_WITH: true };
  var SATELLITE = { Actor: true, Indicator: true, Reference: true };
  var FACETS = ['strategies', 'goal_areas', 'statuses', 'actor_kinds', 'link_types'];

  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  if (early) { markNodes(early); }  // before the drawn copies are made: one first frame with the marks
  var anyPrimary = data.nodes.some(function (n) { return !SATELLITE[n.type]; });  // false in the actor network
  var hadLinks = {};
  data.edges.forEach(function (e) { hadLinks[e.from] = true; hadLinks[e.to] = true; });

  var visibleNodes = new Set();
  var visibleEdges = new Set();
  /* Two sets of positions: the full layout (x, y) and the gathered one (cx, cy); an opened group's actions
     are put in a row just below it. */
  data.nodes.forEach(function (n) { if (n.x !== undefined) { n.fullX = n.x; n.fullY = n.y; } });
  function placeFor(n) {
    if (!state.collapsed) { return n.fullX === undefined ? null : { x: n.fullX, y: n.fullY }; }
    if (n.cx !== undefined) { return { x: n.cx, y: n.cy }; }
    if (n.inGroups) {
      var g = null;
      n.inGroups.forEach(function (id) { if (!g && state.expanded.has(id)) { g = byId[id]; } });
      if (g) {
        var i = g.members.indexOf(n.id);
        return { x: g.cx + (i - (g.members.length - 1) / 2) * 150, y: g.cy + 40 + (i % 2) * 45 };
      }
    }
    return null;
  }
  function placeAll() {
    data.nodes.forEach(function (n) { var p = placeFor(n); if (p) { n.x = p.x; n.y = p.y; } });
  }
  if (collapsible) { placeAll(); }
  // Hover titles are built on first hover (below), not one DOM element per node and edge up front.
  var nodes = new V.DataSet(data.nodes.map(function (n) { return Object.assign({}, n); }));
  function moveAll() {
    placeAll();
    nodes.update(data.nodes.filter(function (n) { return n.x !== undefined; })
      .map(function (n) { return { id: n.id, x: n.x, y: n.y }; }));
  }
  function expandGroup(id) {
    state.expanded.add(id);
    moveAll();
    apply();
    fitVisible();
  }
  // Level of detail: a large diagram opens at overview zoom, where dashed lines cost most of a frame;
  // they are drawn solid there and get their dashes back when zoomed in (levelOfDetail below).
  var dashed = [];
  var DASHES_LOD_OVER = 300;  // edges: above this, dashes are left out at overview zoom
  var solid = !fast && data.edges.length > DASHES_LOD_OVER;
  var edges = new V.DataSet(data.edges.map(function (e) {
    var copy = Object.assign({}, e);
    if (e.dashes) { dashed.push({ id: e.id, dashes: e.dashes }); if (solid) { copy.dashes = false; } }
    return copy;
  }));
  var nodeView = new V.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new V.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });
  var collapsible = !!data.collapsible;
  var params0 = new URLSearchParams(window.location.search);
  /* A large network opens gathered: actions per goal, actors and indicators off (viz/collapse.py). */
  var full = params0.get('actions') === 'all';  // ?actions=all: the full network, every row on its own
  var state = { filters: null, focus: null, collapsed: collapsible && !full,
                expanded: new Set(), actors: !collapsible || full, indicators: !collapsible || full };
  var userMoved = false;  // has the user zoomed or panned since the last filter change?

  /* ---- filters: the same rules as viz/filters.py ---- */
  function readForm() {
    var f = { scoreMin: -3, scoreMax: 3 };
    FACETS.forEach(function (facet) {
      var boxes = form ? form.querySelectorAll('input[name="' + facet + '"]') : [];
      var all = boxes.length;
      var chosen = [];
      boxes.forEach(function (b) { if (b.checked) { chosen.push(b.value); } });
      f[facet] = chosen.length === all ? null : chosen;  // null = all
    });
    if (form) {
      f.scoreMin = parseInt(document.getElementById('score-min').value, 10);
      f.scoreMax = parseInt(document.getElementById('score-max').value, 10);
    }
    return f;
  }

  function writeForm(f) {
    if (!form) { return; }
    FACETS.forEach(function (facet) {
      form.querySelectorAll('input[name="' + facet + '"]').forEach(function (b) {
        b.checked = !f[facet] || f[facet].indexOf(b.value) >= 0;
      });
    });
    document.getElementById('score-min').value = String(f.scoreMin);
    document.getElementById('score-max').value = String(f.scoreMax);
  }

  function has(list, value) { return !list || list.indexOf(value) >= 0; }

  function nodeVisible(n, f) {
    if (n.type === 'Goal' || n.type === 'Action') {
      if (!has(f.strategies, n.strategy)) { return false; }
      if (f.goal_areas && !n.goalAreas.some(function (a) { return f.goal_areas.indexOf(a) >= 0; })) { return false; }
    }
    if (n.type === 'Action' && !has(f.statuses, n.status)) { return false; }
    if (n.type === 'Actor' && !has(f.actor_kinds, n.actorKind)) { return false; }
    return true;
  }

  function edgeVisible(e, f) {
    if (!has(f.link_types, e.type)) { return false; }
    if (SCORED[e.type] && (e.score < f.scoreMin || e.score > f.scoreMax)) { return false; }
    return true;
  }

  function filtering(f) {
    return FACETS.some(function (facet) { return f[facet]; }) || f.scoreMin > -3 || f.scoreMax < 3;
  }

  function shownNow(n, f) {
    if (n.type === 'ActionGroup') {
      return state.collapsed && !state.expanded.has(n.id) && nodeVisible(byId[n.groupOf], f) &&
        n.members.some(function (m) { return nodeVisible(byId[m], f); });
    }
    if (n.type === 'Action' && n.inGroups && state.collapsed) {
      return n.inGroups.some(function (g) { return state.expanded.has(g); }) && nodeVisible(n, f);
    }
    if (n.type === 'Actor' && !state.actors) { return false; }
    if (n.type === 'Indicator' && !state.indicators) { return false; }
    return nodeVisible(n, f);
  }

  function compute(f, focus) {
    var keep = new Set();
    data.nodes.forEach(function (n) { if (shownNow(n, f)) { keep.add(n.id); } });
    var es = data.edges.filter(function (e) {
      return keep.has(e.from) && keep.has(e.to) && edgeVisible(e, f) && (!e.gathered || state.collapsed);
    });
    if (!filtering(f) && !focus) {
      return { nodes: keep, edges: new Set(es.map(function (e) { return e.id; })) };
    }
    var kept = new Set();
    keep.forEach(function (id) { if (!SATELLITE[byId[id].type]) { kept.add(id); } });
    for (var pass = 0; pass < 2; pass++) {
      var add = [];
      es.forEach(function (e) {
        if (kept.has(e.to)) { add.push(e.from); }
        if (kept.has(e.from)) { add.push(e.to); }
      });
      add.forEach(function (id) { kept.add(id); });
    }
    keep.forEach(function (id) {
      if (anyPrimary && SATELLITE[byId[id].type] && hadLinks[id] && !kept.has(id)) { keep.delete(id); }
    });
    es = es.filter(function (e) { return keep.has(e.from) && keep.has(e.to); });
    if (focus && keep.has(focus)) {
      var near = neighbourhood(focus, es, 2);
      keep = new Set(Array.from(keep).filter(function (id) { return near.has(id); }));
      es = es.filter(function (e) { return keep.has(e.from) && keep.has(e.to); });
    }
    return { nodes: keep, edges: new Set(es.map(function (e) { return e.id; })) };
  }

  function neighbourhood(start, es, depth) {
    var adj = {};
    es.forEach(function (e) {
      (adj[e.from] = adj[e.from] || []).push(e.to);
      (adj[e.to] = adj[e.to] || []).push(e.from);
    });
    var seen = new Set([start]);
    var frontier = [start];
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (id) {
        (adj[id] || []).forEach(function (m) { if (!seen.has(m)) { seen.add(m); next.push(m); } });
      });
      frontier = next;
    }
    return seen;
  }

  function fitVisible() {
    network.fit({ nodes: Array.from(visibleNodes), animation: false });
    userMoved = false;
  }

  function apply() {
    var result = compute(state.filters, state.focus);
    visibleNodes = result.nodes;
    visibleEdges = result.edges;
    nodeView.refresh();
    edgeView.refresh();
    container.setAttribute('data-visible-nodes', String(visibleNodes.size));
    statusLine.textContent = T.visible + ' ' + visibleNodes.size + ' ' + T.of + ' ' + data.nodes.length + ' ' +
      T.nodes + ', ' + visibleEdges.size + ' ' + T.links + '.';
    if (state.focus) {
      var back = R.el('button', 'show-all', T.show_all);
      back.type = 'button';
      back.id = 'show-all';
      back.addEventListener('click', function () { state.focus = null; apply(); network.fit(); });
      statusLine.appendChild(document.createTextNode(' '));
      statusLine.appendChild(back);
    }
  }

  /* ---- the network ---- */
  state.filters = readForm();
  var params = new URLSearchParams(window.location.search);
  if (params.get('focus') && byId[params.get('focus')]) { state.focus = params.get('focus'); }
  (params.get('highlight') || params.get('focus') || '').split(',').forEach(function (id) {
    var n = byId[id];
    if (n && n.inGroups && state.collapsed) { state.expanded.add(n.inGroups[0]); }
  });
  if (collapsible) { placeAll(); nodes.update(data.nodes.filter(function (n) { return n.x !== undefined; })
    .map(function (n) { return { id: n.id, x: n.x, y: n.y }; })); }
  apply();
  var started = performance.now();
  var network = new V.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  window.ruslinkNetwork = network;

  function ready() {
    container.setAttribute('data-ready', '1');
    document.dispatchEvent(new Event('ruslink:network'));  // drawn: the edit tools may act on it (edit.js)
    window.ruslinkTimings = Object.assign(window.ruslinkTimings || {},
                                          { ready: performance.now(), sinceNetwork: performance.now() - started });
  }
  if (data.options.physics && data.options.physics.enabled) {
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: { enabled: false } });
      network.once('afterDrawing', ready);
    });
  } else {
    network.once('afterDrawing', ready);
  }
  if (state.focus) { network.once('afterDrawing', fitVisible); }
  network.once('afterDrawing', function () { levelOfDetail(); });  // a small diagram may open zoomed in

  /* The analyses' marks and findings arrive after the diagram is drawn (a cold dataset needs a moment). */
  function applyMarks(payload) {
    nodes.update(markNodes(payload));
    window.ruslinkTimings = Object.assign(window.ruslinkTimings || {}, { marks: performance.now() });
    interactiveOnNextFrame();
    if (!panel.hidden) { showPanel(panel.getAttribute('data-node')); }
  }
  /* The marks onto the nodes' own objects; returns the changes for the drawn copies. Hover titles are made
     on hover (from the marked node), not here. */
  function markNodes(payload) {
    if (payload.findings) { data.findings = payload.findings; }  // a small diagram's panel findings
    var updates = [];
    Object.keys(payload.marks || {}).forEach(function (id) {
      var n = byId[id];
      var m = payload.marks[id];
      if (!n) { return; }
      Object.assign(n, m.style);
      n.marks = m.marks;
      n.markNames = m.markNames;
      n.label = n.label + m.suffix;
      updates.push(Object.assign({ id: id, label: n.label, marks: n.marks, markNames: n.markNames, title: null },
                                 m.style));
    });
    return updates;
  }
  if (early !== undefined) {
    // The marks came with the diagram (null: none to show) and are in its first frame (marked above).
    network.once('afterDrawing', function () {
      var now = performance.now();
      window.ruslinkTimings = Object.assign(window.ruslinkTimings || {}, { marks: now, interactive: now });
      container.setAttribute('data-findings', '1');
    });
  } else if (marksAsked) {
    // The diagram works without marks: a failed request leaves it as it is.
    marksAsked.then(function (payload) {
      network.once('afterDrawing', function () { if (payload) { applyMarks(payload); } else { interactiveOnNextFrame(); } });
      network.redraw();
    });
  } else {
    interactiveOnNextFrame();
  }
  /* Interactive: the diagram is drawn with the analyses' marks on it (the benchmark times this). */
  function interactiveOnNextFrame() {
    network.once('afterDrawing', function () {
      window.ruslinkTimings = Object.assign(window.ruslinkTimings || {}, { interactive: performance.now() });
      container.setAttribute('data-findings', '1');
    });
    network.redraw();
  }
  if (params.get('highlight')) {
    var ids = params.get('highlight').split(',').filter(function (id) { return visibleNodes.has(id); });
    network.once('afterDrawing', function () { network.selectNodes(ids); if (ids.length) { showPanel(ids[0]); } });
  }

  /* ---- side panel ---- */
  var panel = document.getElementById('panel');
  var explorer = document.getElementById('explorer');
  var panelBody = document.getElementById('panel-body');
  /* A row's details and findings are asked for when its panel first opens, then kept. */
  function showPanel(id) {
    var n = byId[id];
    if (!n) { return; }
    if (n.details === undefined && n.type !== 'ActionGroup' && page.detailsUrl) {
      getJSON(page.detailsUrl + encodeURIComponent(id)).catch(function () { return null; }).then(function (d) {
        n.details = d ? d.details : [];
        data.findings[id] = d ? d.findings : [];
        showPanel(id);
      });
      return;
    }
    panelBody.textContent = '';
    panelBody.appendChild(R.el('p', 'muted', n.typeName));
    panelBody.appendChild(R.el('h2', null, n.name));
    if (n.markNames && n.markNames.length) {
      panelBody.appendChild(R.el('p', 'marks', T.marks + ': ' + n.markNames.join(', ')));
    }
    var dl = R.el('dl');
    (n.details || []).forEach(function (pair) {
      dl.appendChild(R.el('dt', null, pair[0]));
      dl.appendChild(R.el('dd', null, pair[1]));
    });
    panelBody.appendChild(dl);
    var actions = R.el('p');
    var focusBtn = R.el('button', null, T.focus);
    focusBtn.type = 'button';
    focusBtn.addEventListener('click', function () { focusOn(id); });
    actions.appendChild(focusBtn);
    if (n.type === 'Goal' && page.view !== 'goal') {
      actions.appendChild(document.createTextNode(' '));
      var link = R.el('a', null, T.goal_chain);
      link.href = '/datasets/' + encodeURIComponent(page.dataset) + '/goals/' + encodeURIComponent(id);
      actions.appendChild(link);
    }
    if (n.type === 'Actor' && n.actorKind !== 'forum') {  // a forum does no work of its own to draw
      actions.appendChild(document.createTextNode(' '));
      var only = R.el('a', 'only-actor', T.only_actor);
      only.href = '/datasets/' + encodeURIComponent(page.dataset) + '/diagram?actor=' + encodeURIComponent(id);
      actions.appendChild(only);
    }
    panelBody.appendChild(actions);
    panelBody.appendChild(R.el('h3', null, T.findings_here));
    var found = (data.findings || {})[id] || [];
    if (!found.length) { panelBody.appendChild(R.el('p', 'muted', T.no_findings_here)); }
    found.forEach(function (f) {
      if (f.more) { panelBody.appendChild(R.el('p', 'muted', f.text)); return; }
      var item = R.el('div', 'finding');
      item.appendChild(R.el('span', 'sev sev-' + f.severity, f.severityName));
      item.appendChild(document.createTextNode(' ' + f.explanation));
      panelBody.appendChild(item);
    });
    if (panel.hidden) { openPanelBeside(id); }
    panel.setAttribute('data-node', id);
  }
  document.getElementById('panel-close').addEventListener('click', function () {
    holdView();
    panel.hidden = true;
    container.focus();
  });
  /* Opening or closing the panel changes the diagram's width. Both renderers keep the middle of the view on a
     resize (vis-network zooms with the width as well), which would move every node, often from under the
     pointer of a person about to click again. The view is held instead: every node stays where it was on the
     screen. The panel opens on the side away from the node it describes, so that it never covers that node. */
  var held = null;
  function holdView() {
    var mine = held = { box: container.getBoundingClientRect(), scale: network.getScale(),
                        centre: network.getViewPosition() };
    requestAnimationFrame(function () { requestAnimationFrame(function () { if (held === mine) { held = null; } }); });
  }
  new ResizeObserver(function () {  // after the renderer's own (vis-network observes its frame from its start)
    var was = held;
    held = null;
    if (!was) { return; }
    var box = container.getBoundingClientRect();
    network.moveTo({ scale: was.scale, animation: false, position: {
      x: was.centre.x + (box.left - was.box.left + (box.width - was.box.width) / 2) / was.scale,
      y: was.centre.y + (box.top - was.box.top + (box.height - was.box.height) / 2) / was.scale } });
  }).observe(container);
  function openPanelBeside(id) {
    var box = container.getBoundingClientRect();
    var at = visibleNodes.has(id) ? network.canvasToDOM(network.getPosition(id)) : null;
    holdView();
    explorer.classList.remove('panel-left');
    panel.hidden = false;
    var width = panel.getBoundingClientRect().width;
    if (at && at.x > box.width - width - 40 && at.x > width + 40) { explorer.classList.add('panel-left'); }
  }

  function focusOn(id) {
    state.focus = id;
    apply();
    fitVisible();
  }
  network.on('zoom', function () { userMoved = true; levelOfDetail(); });
  /* Setting a title is a data change, which ends vis-network's drawing of a new link: none while drawing. */
  function drawingLink() { return !!(network.manipulation && network.manipulation.inMode); }
  network.on('hoverNode', function (p) {
    if (drawingLink()) { return; }
    var n = nodes.get(p.node);
    if (n && !n.title) { nodes.update({ id: n.id, title: R.nodeTooltip(n) }); }
  });
  network.on('hoverEdge', function (p) {
    if (drawingLink()) { return; }
    var e = edges.get(p.edge);
    if (e && !e.title) { edges.update({ id: e.id, title: R.edgeTooltip(e, T) }); }
  });

  function levelOfDetail() {
    if (fast || data.edges.length <= DASHES_LOD_OVER) { return; }  // fastnet.js leaves dashes out at overview itself
    var overview = network.getScale() < 0.5;
    if (overview === solid) { return; }
    solid = overview;
    edges.update(dashed.map(function (e) { return { id: e.id, dashes: overview ? false : e.dashes }; }));
  }
  network.on('dragEnd', function (params) { if (!params.nodes.length) { userMoved = true; } });

  network.on('click', function (params) {
    if (!params.nodes.length) { return; }
    var n = byId[params.nodes[0]];
    if (n && n.type === 'ActionGroup') { expandGroup(n.id); return; }
    showPanel(params.nodes[0]);
  });
  /* The "Show" switches of a large network: every action on its own, actors, indicators. */
  [['show-all-actions', function (on) { state.collapsed = !on; state.expanded.clear(); moveAll(); }],
   ['show-actors', function (on) { state.actors = on; }],
   ['show-indicators', function (on) { state.indicators = on; }]].forEach(function (pair) {
    var box = document.getElementById(pair[0]);
    if (!box) { return; }
    box.addEventListener('change', function (event) {
      event.stopPropagation();
      pair[1](box.checked);
      apply();
      fitVisible();
    });
  });
  function writeShow() {
    var pairs = [['show-all-actions', !state.collapsed], ['show-actors', state.actors],
                 ['show-indicators', state.indicators]];
    pairs.forEach(function (p) { var b = document.getElementById(p[0]); if (b) { b.checked = p[1]; } });
  }
  /* A double-click focuses on the node under its first click. That click opens the side panel, which narrows
     the diagram and moves every node before a person's second click lands (some 200 ms later), so the node
     under the second click is often another one, or none. The browser's own double-click is used (both
     renderers, and the double-click speed the user has set). */
  var pressedAt = [];  // the nodes under the last two presses
  function nodeAtEvent(event) {
    var box = container.getBoundingClientRect();
    return network.getNodeAt({ x: event.clientX - box.left, y: event.clientY - box.top });
  }
  container.addEventListener('pointerdown', function (event) {
    pressedAt = [pressedAt[pressedAt.length - 1], nodeAtEvent(event)];
  }, true);
  container.addEventListener('dblclick', function (event) {
    var id = pressedAt[0] !== undefined ? pressedAt[0] : nodeAtEvent(event);
    if (id !== undefined && byId[id]) { focusOn(id); }
  });
  /* Keyboard: n / p step through the visible nodes (top to bottom, left to right), Enter opens the panel
     of the selected node, f focuses on its neighbourhood. Arrow keys and + / − pan and zoom (vis-network). */
  function orderedVisible() {
    var pos = network.getPositions(Array.from(visibleNodes));
    return Object.keys(pos).sort(function (a, b) { return (pos[a].y - pos[b].y) || (pos[a].x - pos[b].x); });
  }
  container.addEventListener('keydown', function (event) {
    var sel = network.getSelectedNodes();
    if (event.key === 'Enter' && sel.length) {
      showPanel(sel[0]);
    } else if ((event.key === 'n' || event.key === 'p') && !document.body.classList.contains('meeting')) {
      var order = orderedVisible();
      if (!order.length) { return; }
      var at = sel.length ? order.indexOf(sel[0]) : -1;
      var step = event.key === 'n' ? 1 : -1;
      var next = order[at < 0 ? (step > 0 ? 0 : order.length - 1) : (at + step + order.length) % order.length];
      network.selectNodes([next]);
      network.focus(next, { scale: Math.max(network.getScale(), 0.8), animation: false });
      showPanel(next);
      container.focus();
    } else if (event.key === 'f' && sel.length) {
      focusOn(sel[0]);
    }
  });

  writeShow();

  /* ---- filter form and search ---- */
  if (form) {
    form.addEventListener('change', function () { state.filters = readForm(); apply(); fitVisible(); });
    document.getElementById('reset-filters').addEventListener('click', function () {
      form.reset();
      state.focus = null;
      state.filters = readForm();
      apply();
      network.fit();
    });
    var search = document.getElementById('search');
    var searchStatus = document.getElementById('search-status');
    var timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = search.value.trim().toLowerCase();
        if (!q) { searchStatus.textContent = ''; network.unselectAll(); return; }
        var hits = data.nodes.filter(function (n) {
          return visibleNodes.has(n.id) && (n.name.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0);
        }).map(function (n) { return n.id; });
        searchStatus.textContent = hits.length ? hits.length + ' ' + T.search_hits : T.search_none;
        network.selectNodes(hits.slice(0, 200));
        if (hits.length) { network.fit({ nodes: hits.slice(0, 200), animation: false }); }
        if (hits.length === 1) { showPanel(hits[0]); }
      }, 200);
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  }

  /* ---- saved views: localStorage and the URL ---- */
  var storeKey = 'ruslink.views.' + page.dataset + '.' + page.view + (page.focusGoal ? '.' + page.focusGoal : '');
  var views = [];
  var current = -1;
  function encodeViews(list) {
    var bytes = new TextEncoder().encode(JSON.stringify(list));
    var bin = '';
    bytes.forEach(function (b) { bin += String.fromCharCode(b); });
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function decodeViews(text) {
    var bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = Uint8Array.from(bin, function (c) { return c.charCodeAt(0); });
    var list = JSON.parse(new TextDecoder().decode(bytes));
    return Array.isArray(list) ? list : [];
  }
  function persist() {
    try { localStorage.setItem(storeKey, JSON.stringify(views)); } catch (e) { /* private mode: URL only */ }
    var url = new URL(window.location.href);
    url.hash = views.length ? 'views=' + encodeViews(views) : '';
    history.replaceState(null, '', url.toString());
    renderViews();
  }
  function loadViews() {
    var match = /views=([A-Za-z0-9_-]+)/.exec(window.location.hash);
    if (match) {
      try { views = decodeViews(match[1]); } catch (e) { views = []; }
      try { localStorage.setItem(storeKey, JSON.stringify(views)); } catch (e) { /* ignore */ }
      return;
    }
    try { views = JSON.parse(localStorage.getItem(storeKey) || '[]'); } catch (e) { views = []; }
  }
  var list = document.getElementById('saved-views');
  function renderViews() {
    if (!list) { return; }
    list.textContent = '';
    views.forEach(function (v, i) {
      var li = R.el('li', i === current ? 'current' : null);
      li.appendChild(R.el('span', null, v.name));
      var go = R.el('button', null, T.go);
      go.type = 'button';
      go.addEventListener('click', function () { showView(i); });
      var del = R.el('button', null, T['delete']);
      del.type = 'button';
      del.addEventListener('click', function () { views.splice(i, 1); current = -1; persist(); });
      li.appendChild(go);
      li.appendChild(del);
      list.appendChild(li);
    });
  }
  function captureView(name) {
    // A view the user has not zoomed is shown fitted to its nodes, whatever the screen it is shown on.
    return { name: name, filters: state.filters, focus: state.focus, fit: !userMoved, collapsed: state.collapsed,
             expanded: Array.from(state.expanded), actors: state.actors, indicators: state.indicators,
             scale: network.getScale(), position: network.getViewPosition() };
  }
  function showView(i) {
    if (!views.length) { return; }
    current = (i + views.length) % views.length;
    var v = views[current];
    state.filters = Object.assign({ scoreMin: -3, scoreMax: 3 }, v.filters || {});
    state.focus = v.focus && byId[v.focus] ? v.focus : null;
    if (collapsible && v.collapsed !== undefined) {
      state.collapsed = !!v.collapsed;
      state.expanded = new Set(v.expanded || []);
      state.actors = !!v.actors;
      state.indicators = !!v.indicators;
      writeShow();
      moveAll();
    }
    writeForm(state.filters);
    apply();
    if (v.fit) {
      fitVisible();
    } else {
      network.moveTo({ position: v.position, scale: v.scale, animation: false });
    }
    document.body.setAttribute('data-current-view', String(current));
    caption.textContent = T.view + ' ' + (current + 1) + '/' + views.length + ': ' + v.name + '  ·  ' + T.meeting_hint;
    renderViews();
  }
  var saveBtn = document.getElementById('save-view');
  if (saveBtn) {
    saveBtn.addEventListener('click', function () {
      var input = document.getElementById('view-name');
      var name = input.value.trim() || (T.view_default_name + ' ' + (views.length + 1));
      views.push(captureView(name));
      input.value = '';
      persist();
    });
  }
  loadViews();
  renderViews();

  /* ---- meeting mode ---- */
  var meetingBtn = document.getElementById('meeting-toggle');
  var meetingLegend = null;
  /* The legend sits beside the diagram in meeting mode (a copy of the side bar's, which is hidden). */
  function showMeetingLegend(on) {
    var source = document.querySelector('.controls .legend');
    if (on && source && !meetingLegend) {
      meetingLegend = R.el('aside', 'meeting-legend');
      meetingLegend.setAttribute('aria-label', T.legend || '');
      var copy = source.cloneNode(true);
      copy.querySelectorAll('[id]').forEach(function (n) { n.removeAttribute('id'); });
      copy.removeAttribute('aria-labelledby');
      meetingLegend.appendChild(copy);
      document.getElementById('explorer').appendChild(meetingLegend);
    } else if (!on && meetingLegend) {
      meetingLegend.remove();
      meetingLegend = null;
    }
  }
  function setMeeting(on) {
    if (on) { panel.hidden = true; }
    document.body.classList.toggle('meeting', on);
    showMeetingLegend(on);
    network.setOptions({ nodes: { font: { size: on ? 24 : 16 } }, edges: { font: { size: on ? 22 : 16 } },
                         interaction: { keyboard: { enabled: !on, bindToWindow: false } } });
    if (on) {
      caption.textContent = views.length ? T.meeting_hint : T.meeting_hint_esc;
      if (document.documentElement.requestFullscreen && !document.fullscreenElement) {
        document.documentElement.requestFullscreen().catch(function () { /* not allowed: stay in the window */ });
      }
      if (views.length) { showView(current >= 0 ? current : 0); }
      container.focus();
    } else if (document.fullscreenElement && document.exitFullscreen) {
      document.exitFullscreen().catch(function () { /* already left */ });
    }
    setTimeout(function () {
      network.redraw();
      var v = views[current];
      if (!on || !v || v.fit) { fitVisible(); }
    }, 80);
  }
  if (meetingBtn) { meetingBtn.addEventListener('click', function () { setMeeting(true); }); }
  document.addEventListener('keydown', function (event) {
    var tag = (event.target && event.target.tagName) || '';
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') { return; }
    if (!document.body.classList.contains('meeting')) { return; }
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') {
      event.preventDefault();
      showView(current + 1);
    } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
      event.preventDefault();
      showView(current - 1);
    } else if (event.key === 'Escape') {
      setMeeting(false);
    }
  });
  /* Fitted on every resize (a projector's resolution, leaving full screen) unless the user zoomed. */
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      network.redraw();
      var v = views[current];
      var meeting = document.body.classList.contains('meeting');
      if (meeting ? (!v || v.fit) : !userMoved) { fitVisible(); }
    }, 80);
  });
  document.addEventListener('fullscreenchange', function () {
    if (!document.fullscreenElement && document.body.classList.contains('meeting')) { setMeeting(false); }
  });
  if (params.get('meeting') === '1') { setMeeting(true); }

  /* ---- export: one self-contained .html file, and .png ---- */
  function scriptSafe(text) {
    return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  }
  function fileName(ext) {
    return 'ruslink-' + page.dataset + '-' + page.view + '.' + ext;
  }
  function exportHtml() {
    var ids = Array.from(visibleNodes);
    var positions = network.getPositions(ids);
    var options = JSON.parse(JSON.stringify(data.options));
    options.physics = { enabled: false };
    options.layout = { improvedLayout: false };
    var payload = {
      title: document.title, note: T.offline_note + ' ' + new Date().toISOString().slice(0, 10),
      illustrative: !!data.illustrative, texts: T, options: options, legend: data.legend || [],
      view: { scale: network.getScale(), position: network.getViewPosition() },
      nodes: data.nodes.filter(function (n) { return visibleNodes.has(n.id); }).map(function (n) {
        var copy = Object.assign({}, n);
        copy.x = positions[n.id].x;
        copy.y = positions[n.id].y;
        delete copy.details;
        return copy;
      }),
      edges: data.edges.filter(function (e) { return visibleEdges.has(e.id); })
    };
    var files = ['/static/vendor/vis-network/vis-network.min.js', '/static/js/common.js', '/static/js/offline.js',
                 '/static/css/offline.css'];
    Promise.all(files.map(function (f) { return fetch(f).then(function (r) { return r.text(); }); }))
      .then(function (texts) {
        var html = '<!doctype html>\n<html lang="' + (page.lang === 'en' ? 'en' : 'sv') + '">\n<head>\n' +
          '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
          '<title>ruslink</title>\n<style>\n' + texts[3] + '\n</style>\n</head>\n<body>\n' +
          '<header><h1 id="title"></h1><p id="illustrative"></p><p id="note"></p><ul id="legend"></ul></header>\n' +
          '<div id="network"></div>\n' +
          '<script type="application/json" id="network-data">' + scriptSafe(JSON.stringify(payload)) + '</script>\n' +
          '<script>\n' + texts[0] + '\n</script>\n<script>\n' + texts[1] + '\n</script>\n<script>\n' + texts[2] +
          '\n</script>\n</body>\n</html>\n';
        var url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
        R.download(url, fileName('html'));
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      });
  }
  function exportPng() {
    var source = container.querySelector('canvas');
    var canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    var ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(source, 0, 0);
    R.download(canvas.toDataURL('image/png'), fileName('png'));
  }
  var exportHtmlBtn = document.getElementById('export-html');
  if (exportHtmlBtn) { exportHtmlBtn.addEventListener('click', exportHtml); }
  var exportPngBtn = document.getElementById('export-png');
  if (exportPngBtn) { exportPngBtn.addEventListener('click', exportPng); }
  }
})();
