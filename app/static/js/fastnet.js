/* A level-of-detail canvas for large node-level diagrams (thousands of nodes), with the small part of
   vis-network's interface the explorer uses (DataSet, DataView, Network: fit, moveTo, selectNodes, events).
   vis-network draws every node, edge, dash and label each frame; at 10,000 nodes a pan frame took seconds.
   Here one frame draws edges batched by colour and nodes batched by fill, culled to the screen; dashes,
   arrow heads and labels appear only when zoomed in far enough to read them. One DOM tooltip is reused. */
(function () {
  'use strict';

  function Emitter() { this._on = {}; }
  Emitter.prototype.on = function (name, fn) { (this._on[name] = this._on[name] || []).push(fn); };
  Emitter.prototype.off = function (name, fn) {
    this._on[name] = (this._on[name] || []).filter(function (f) { return f !== fn && f._orig !== fn; });
  };
  Emitter.prototype.once = function (name, fn) {
    var self = this;
    var wrap = function (p) { self.off(name, wrap); fn(p); };
    wrap._orig = fn;
    this.on(name, wrap);
  };
  Emitter.prototype.emit = function (name, p) {
    (this._on[name] || []).slice().forEach(function (fn) { fn(p); });
  };

  /* Items by id; update merges into the stored objects (vis-network's DataSet, minus what is not used). */
  function DataSet(items) {
    Emitter.call(this);
    this._map = new Map();
    var m = this._map;
    items.forEach(function (item) { m.set(item.id, item); });
  }
  DataSet.prototype = Object.create(Emitter.prototype);
  DataSet.prototype.get = function (id) {
    if (id === undefined) { return Array.from(this._map.values()); }
    return this._map.get(id) || null;
  };
  DataSet.prototype.getIds = function () { return Array.from(this._map.keys()); };
  DataSet.prototype.update = function (list) {
    var m = this._map;
    var drawn = false;  // a hover title set on first hover changes nothing that is drawn
    (Array.isArray(list) ? list : [list]).forEach(function (u) {
      var item = m.get(u.id);
      if (item) { Object.assign(item, u); } else { m.set(u.id, u); }
      drawn = drawn || Object.keys(u).some(function (k) { return k !== 'id' && k !== 'title'; });
    });
    this.emit('change', { drawn: drawn });
  };
  Object.defineProperty(DataSet.prototype, 'length', { get: function () { return this._map.size; } });

  /* The items of a DataSet that pass a filter, recomputed on refresh(). */
  function DataView(source, opts) {
    Emitter.call(this);
    this.source = source;
    this.filter = opts.filter;
    this.items = [];
    this.refresh();
    var self = this;
    source.on('change', function (p) { self.emit('change', p); });
  }
  DataView.prototype = Object.create(Emitter.prototype);
  DataView.prototype.refresh = function () {
    var f = this.filter;
    this.items = this.source.get().filter(function (item) { return f(item); });
    this.ids = new Set(this.items.map(function (item) { return item.id; }));
    this.emit('change');
  };
  DataView.prototype.get = function (id) {
    if (id === undefined) { return this.items.slice(); }
    return this.ids.has(id) ? this.source.get(id) : null;
  };
  DataView.prototype.getIds = function () { return Array.from(this.ids); };
  Object.defineProperty(DataView.prototype, 'length', { get: function () { return this.ids.size; } });

  var LABEL_SCALE = 0.45;   // labels are drawn from this zoom on (16 px text at ≥ 7 px)
  var DETAIL_SCALE = 0.6;   // dashes, arrow heads and edge labels from this zoom on
  var MAX_LABELS = 1500;

  function colourOf(c, fallback) {
    if (!c) { return fallback; }
    if (typeof c === 'string') { return c; }
    return c.background || c.color || fallback;
  }

  function Network(container, data, options) {
    Emitter.call(this);
    var self = this;
    this.container = container;
    this.nodeView = data.nodes;
    this.edgeView = data.edges;
    this.options = options || {};
    this.groups = this.options.groups || {};
    this.fontSize = ((this.options.nodes || {}).font || {}).size || 16;
    this.nodeSize = (this.options.nodes || {}).size || 14;
    this.body = { data: { nodes: data.nodes, edges: data.edges } };
    this.renderer = { _redraw: function () { self._draw(); } };
    this.physics = { options: { enabled: false } };
    this.scale = 1;
    this.centre = { x: 0, y: 0 };
    this.selected = [];
    container.textContent = '';
    this.canvas = document.createElement('canvas');
    this.canvas.style.display = 'block';
    this.canvas.style.width = '100%';
    this.canvas.style.height = '100%';
    container.appendChild(this.canvas);
    this.tip = document.createElement('div');
    this.tip.className = 'vis-tooltip';
    this.tip.style.position = 'absolute';
    this.tip.style.visibility = 'hidden';
    this.tip.style.pointerEvents = 'none';
    container.appendChild(this.tip);
    this.version = 0;  // bumped on every change of the data: the cached picture is drawn again
    var change = function (p) {
      if (p && p.drawn === false) { return; }
      self.version++;
      self._index();
      self.redraw();
    };
    data.nodes.on('change', change);
    data.edges.on('change', function (p) { if (!p || p.drawn !== false) { self.version++; self.redraw(); } });
    this._index();
    this._bind();
    this._measure();
    this.fit();
  }
  Network.prototype = Object.create(Emitter.prototype);

  Network.prototype._measure = function () {
    var r = this.container.getBoundingClientRect();
    var dpr = window.devicePixelRatio || 1;
    this.w = Math.max(1, r.width);
    this.h = Math.max(1, r.height);
    this.canvas.width = Math.round(this.w * dpr);
    this.canvas.height = Math.round(this.h * dpr);
    this.dpr = dpr;
  };

  /* A grid of the visible nodes by position, for hit tests under the pointer. */
  Network.prototype._index = function () {
    var grid = new Map();
    this.nodeView.items.forEach(function (n) {
      if (n.x === undefined || n.x === null) { return; }
      var key = Math.floor(n.x / 100) + ':' + Math.floor(n.y / 100);
      var cell = grid.get(key);
      if (cell) { cell.push(n); } else { grid.set(key, [n]); }
    });
    this.grid = grid;
  };

  Network.prototype._halfSize = function (n) {
    if (n.shape === 'box' || n.shape === 'database') {
      var w = Math.min(230, 14 + 0.55 * this.fontSize * String(n.label || '').length);
      return { w: w / 2, h: this.fontSize * 0.9 };
    }
    return { w: this.nodeSize, h: this.nodeSize };
  };

  Network.prototype.nodeAt = function (p) {
    var best = null;
    var bx = Math.floor(p.x / 100);
    var by = Math.floor(p.y / 100);
    for (var i = -2; i <= 2; i++) {
      for (var j = -1; j <= 1; j++) {
        (this.grid.get((bx + i) + ':' + (by + j)) || []).forEach(function (n) {
          var s = this._halfSize(n);
          if (Math.abs(n.x - p.x) <= s.w && Math.abs(n.y - p.y) <= s.h) { best = n; }
        }, this);
      }
    }
    return best;
  };

  Network.prototype.edgeAt = function (p) {
    var tol = 6 / this.scale;
    var found = null;
    var nodes = this.nodeView.source;
    this.edgeView.items.some(function (e) {
      var a = nodes.get(e.from);
      var b = nodes.get(e.to);
      if (!a || !b || p.x < Math.min(a.x, b.x) - tol || p.x > Math.max(a.x, b.x) + tol ||
          p.y < Math.min(a.y, b.y) - tol || p.y > Math.max(a.y, b.y) + tol) { return false; }
      var dx = b.x - a.x;
      var dy = b.y - a.y;
      var len2 = dx * dx + dy * dy || 1;
      var t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
      var ex = a.x + t * dx - p.x;
      var ey = a.y + t * dy - p.y;
      if (ex * ex + ey * ey <= tol * tol) { found = e; return true; }
      return false;
    });
    return found;
  };

  /* The id of the node at a point on the canvas (pixels from its top left), as in vis-network. */
  Network.prototype.getNodeAt = function (p) {
    var n = this.nodeAt(this.DOMtoCanvas(p));
    return n ? n.id : undefined;
  };
  Network.prototype.DOMtoCanvas = function (p) {
    return { x: (p.x - this.w / 2) / this.scale + this.centre.x, y: (p.y - this.h / 2) / this.scale + this.centre.y };
  };
  Network.prototype.canvasToDOM = function (p) {
    return { x: (p.x - this.centre.x) * this.scale + this.w / 2, y: (p.y - this.centre.y) * this.scale + this.h / 2 };
  };
  Network.prototype.getScale = function () { return this.scale; };
  Network.prototype.getViewPosition = function () { return { x: this.centre.x, y: this.centre.y }; };
  Network.prototype.getPosition = function (id) {
    var n = this.nodeView.source.get(id);
    return n ? { x: n.x, y: n.y } : null;
  };
  Network.prototype.getPositions = function (ids) {
    var out = {};
    var view = this.nodeView;
    (ids || view.getIds()).forEach(function (id) {
      var n = view.get(id);
      if (n && n.x !== undefined) { out[id] = { x: n.x, y: n.y }; }
    });
    return out;
  };
  Network.prototype.moveTo = function (o) {
    if (o.position) { this.centre = { x: o.position.x, y: o.position.y }; }
    if (o.scale) { this.scale = o.scale; }
    this.redraw();
  };
  Network.prototype.fit = function (o) {
    var ids = o && o.nodes && o.nodes.length ? new Set(o.nodes) : null;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    this.nodeView.items.forEach(function (n) {
      if ((ids && !ids.has(n.id)) || n.x === undefined || n.x === null) { return; }
      x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y);
    });
    if (x0 === Infinity) { return; }
    var pad = 60;
    this.centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
    this.scale = Math.min(4, (this.w - 20) / (x1 - x0 + 2 * pad), (this.h - 20) / (y1 - y0 + 2 * pad));
    this.redraw();
  };
  Network.prototype.focus = function (id, o) {
    var n = this.nodeView.source.get(id);
    if (n) { this.moveTo({ position: { x: n.x, y: n.y }, scale: (o && o.scale) || this.scale }); }
  };
  Network.prototype.selectNodes = function (ids) { this.selected = ids.slice(); this.version++; this.redraw(); };
  Network.prototype.getSelectedNodes = function () { return this.selected.slice(); };
  Network.prototype.getSelectedEdges = function () { return []; };  // edges are not selectable here
  Network.prototype.unselectAll = function () { this.selected = []; this.version++; this.redraw(); };
  Network.prototype.setOptions = function (o) {
    if (o.nodes && o.nodes.font && o.nodes.font.size) { this.fontSize = o.nodes.font.size; }
    this.version++;
    this.redraw();
  };
  Network.prototype.redraw = function () {
    var self = this;
    if (this._pending) { return; }
    this._pending = requestAnimationFrame(function () { self._pending = null; self._measure(); self._draw(); });
  };

  /* One frame. At overview zoom the whole diagram is drawn once into an offscreen picture and a pan frame
     only copies it; zoomed in, only what is on screen is drawn. */
  var CACHE_PX = 4096;
  Network.prototype._draw = function () {
    var ctx = this.canvas.getContext('2d');
    var s = this.scale;
    var dpr = this.dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, this.w, this.h);
    var b = this._extent();
    var pw = Math.ceil((b.x1 - b.x0) * s * dpr);
    var ph = Math.ceil((b.y1 - b.y0) * s * dpr);
    if (b.x0 !== Infinity && pw <= CACHE_PX && ph <= CACHE_PX) {
      var key = [s, dpr, this.version, this.nodeView.items.length, this.edgeView.items.length].join('|');
      if (!this.picture || this.picture.key !== key) {
        var pic = (this.picture && this.picture.canvas) || document.createElement('canvas');
        pic.width = Math.max(1, pw);
        pic.height = Math.max(1, ph);
        var pctx = pic.getContext('2d');
        pctx.setTransform(dpr * s, 0, 0, dpr * s, -b.x0 * s * dpr, -b.y0 * s * dpr);
        this._scene(pctx, { x: b.x0, y: b.y0 }, { x: b.x1, y: b.y1 });
        this.picture = { canvas: pic, key: key, x0: b.x0, y0: b.y0 };
      }
      var at = this.canvasToDOM({ x: this.picture.x0, y: this.picture.y0 });
      ctx.drawImage(this.picture.canvas, Math.round(at.x * dpr) / dpr, Math.round(at.y * dpr) / dpr,
                    this.picture.canvas.width / dpr, this.picture.canvas.height / dpr);
    } else {
      ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * (this.w / 2 - this.centre.x * s), dpr * (this.h / 2 - this.centre.y * s));
      this._scene(ctx, this.DOMtoCanvas({ x: 0, y: 0 }), this.DOMtoCanvas({ x: this.w, y: this.h }));
    }
    this.emit('afterDrawing', ctx);
  };

  /* `_bounds`, found again only when the data or what is shown changed: a pan frame at overview zoom is then a
     copy of the picture, whatever the number of nodes (it went through every node each frame). */
  Network.prototype._extent = function () {
    var key = this.version + '|' + this.nodeView.items.length;
    if (!this.extent || this.extent.key !== key) { this.extent = { key: key, b: this._bounds() }; }
    return this.extent.b;
  };

  /* The drawn extent of the visible nodes (with room for labels and borders). */
  Network.prototype._bounds = function () {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    this.nodeView.items.forEach(function (n) {
      if (n.x === undefined || n.x === null) { return; }
      if (n.x < x0) { x0 = n.x; } if (n.x > x1) { x1 = n.x; }
      if (n.y < y0) { y0 = n.y; } if (n.y > y1) { y1 = n.y; }
    });
    return { x0: x0 - 150, y0: y0 - 60, x1: x1 + 150, y1: y1 + 60 };
  };

  /* Everything between world corners tl and br, on a context already transformed to world coordinates. */
  Network.prototype._scene = function (ctx, tl, br) {
    var s = this.scale;
    var m = 240;
    function inside(n) { return n.x >= tl.x - m && n.x <= br.x + m && n.y >= tl.y - m && n.y <= br.y + m; }
    var detail = s >= DETAIL_SCALE;
    var nodes = this.nodeView.source;
    var buckets = new Map();
    var shown = [];
    this.edgeView.items.forEach(function (e) {
      var a = nodes.get(e.from);
      var b = nodes.get(e.to);
      if (!a || !b || a.x === undefined || b.x === undefined || (!inside(a) && !inside(b))) { return; }
      var colour = colourOf(e.color, '#8c8c8c');
      var dash = detail && Array.isArray(e.dashes) ? e.dashes.join(',') : (detail && e.dashes === true ? '5,5' : '');
      var key = colour + '|' + (detail ? (e.width || 1) : 1) + '|' + dash;
      var list = buckets.get(key);
      if (!list) { list = []; buckets.set(key, list); }
      list.push(a, b);
      if (detail) { shown.push(e); }
    });
    ctx.globalAlpha = detail ? 1 : 0.3;  // at overview the nodes and their marks stand out of the edges
    buckets.forEach(function (list, key) {
      var parts = key.split('|');
      ctx.strokeStyle = parts[0];
      ctx.lineWidth = Math.max(parseFloat(parts[1]), 0.8 / s);
      ctx.setLineDash(parts[2] ? parts[2].split(',').map(Number) : []);
      ctx.beginPath();
      for (var i = 0; i < list.length; i += 2) { ctx.moveTo(list[i].x, list[i].y); ctx.lineTo(list[i + 1].x, list[i + 1].y); }
      ctx.stroke();
    });
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    var self = this;
    if (detail && shown.length < 6000) { shown.forEach(function (e) { self._arrow(ctx, e, nodes); }); }
    var fills = new Map();
    var visible = [];
    this.nodeView.items.forEach(function (n) {
      if (n.x === undefined || n.x === null || !inside(n)) { return; }
      visible.push(n);
      var colour = colourOf(n.color, colourOf((self.groups[n.group] || {}).color, '#d9d9d9'));
      var key = colour + '|' + (n.opacity || 1);
      var list = fills.get(key);
      if (!list) { list = []; fills.set(key, list); }
      list.push(n);
    });
    var tiny = s < 0.25;
    fills.forEach(function (list, key) {
      var parts = key.split('|');
      ctx.fillStyle = parts[0];
      ctx.globalAlpha = parseFloat(parts[1]);
      ctx.beginPath();
      list.forEach(function (n) { self._shape(ctx, n, tiny); });
      ctx.fill();
    });
    ctx.globalAlpha = 1;
    ctx.strokeStyle = '#1a1a1a';
    ctx.lineWidth = Math.max(1, 0.6 / s);
    ctx.beginPath();
    visible.forEach(function (n) { if (!tiny || n.shape === 'box') { self._shape(ctx, n, tiny); } });
    ctx.stroke();
    /* Marks (thick borders) and the selection are drawn at every zoom: they are what an analyst looks for. */
    var borders = new Map();
    visible.forEach(function (n) {
      if (!n.borderWidth || n.borderWidth < 3 || !n.marks || !n.marks.length) { return; }
      var colour = colourOf(n.color && n.color.border, '#1a1a1a');
      var list = borders.get(colour);
      if (!list) { list = []; borders.set(colour, list); }
      list.push(n);
    });
    ctx.lineWidth = Math.max(3, 2.5 / s);
    borders.forEach(function (list, colour) {
      ctx.strokeStyle = colour;
      ctx.beginPath();
      list.forEach(function (n) { self._shape(ctx, n, tiny, 3); });
      ctx.stroke();
    });
    var sel = new Set(this.selected);
    ctx.strokeStyle = '#0072B2';
    ctx.lineWidth = Math.max(4, 3 / s);
    visible.forEach(function (n) {
      if (sel.has(n.id)) { ctx.beginPath(); self._shape(ctx, n, false, 6); ctx.stroke(); }
    });
    if (s >= LABEL_SCALE) { this._labels(ctx, visible, shown); }
  };

  Network.prototype._shape = function (ctx, n, tiny, grow) {
    var g = grow || 0;
    var h = this._halfSize(n);
    var w = h.w + g;
    var hh = h.h + g;
    if (tiny) { ctx.rect(n.x - w, n.y - hh, 2 * w, 2 * hh); return; }
    ctx.moveTo(n.x + w, n.y);
    if (n.shape === 'dot') {
      ctx.arc(n.x, n.y, w, 0, 2 * Math.PI);
    } else if (n.shape === 'diamond') {
      ctx.lineTo(n.x, n.y + hh); ctx.lineTo(n.x - w, n.y); ctx.lineTo(n.x, n.y - hh); ctx.closePath();
    } else if (n.shape === 'hexagon') {
      for (var k = 1; k <= 6; k++) {
        ctx.lineTo(n.x + w * Math.cos(k * Math.PI / 3), n.y + hh * Math.sin(k * Math.PI / 3));
      }
      ctx.closePath();
    } else {
      ctx.rect(n.x - w, n.y - hh, 2 * w, 2 * hh);
    }
  };

  Network.prototype._arrow = function (ctx, e, nodes) {
    var arrows = e.arrows;
    var to = arrows && (arrows === 'to' || (arrows.to && arrows.to.enabled));
    if (!to) { return; }
    var a = nodes.get(e.from);
    var b = nodes.get(e.to);
    var dx = b.x - a.x;
    var dy = b.y - a.y;
    var len = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / len;
    var uy = dy / len;
    var r = this._halfSize(b);
    var back = Math.min(r.w, r.h / Math.max(Math.abs(uy), 0.05)) + 2;
    var tipX = b.x - ux * Math.min(back, r.w + 2);
    var tipY = b.y - uy * Math.min(back, r.w + 2);
    var size = 8 + (e.width || 1);
    ctx.fillStyle = colourOf(e.color, '#8c8c8c');
    ctx.strokeStyle = ctx.fillStyle;
    ctx.beginPath();
    if (arrows.to && arrows.to.type === 'bar') {
      ctx.lineWidth = 3;
      ctx.moveTo(tipX - uy * size, tipY + ux * size);
      ctx.lineTo(tipX + uy * size, tipY - ux * size);
      ctx.stroke();
      return;
    }
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size - uy * size / 2, tipY - uy * size + ux * size / 2);
    ctx.lineTo(tipX - ux * size + uy * size / 2, tipY - uy * size - ux * size / 2);
    ctx.closePath();
    ctx.fill();
  };

  Network.prototype._labels = function (ctx, visible, edges) {
    var size = this.fontSize;
    ctx.font = size + 'px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    var self = this;
    visible.slice(0, MAX_LABELS).forEach(function (n) {
      var text = String(n.label || '');
      if (!text) { return; }
      var inBox = n.shape === 'box' || n.shape === 'database';
      var y = inBox ? n.y : n.y + self._halfSize(n).h + size * 0.75;
      ctx.fillStyle = (n.font && n.font.color) || '#1a1a1a';
      if (!inBox) { ctx.strokeText(text, n.x, y); }
      ctx.fillText(text, n.x, y, inBox ? 2 * self._halfSize(n).w - 8 : undefined);
    });
    if (this.scale < DETAIL_SCALE) { return; }
    var nodes = this.nodeView.source;
    edges.slice(0, MAX_LABELS).forEach(function (e) {
      if (!e.label) { return; }
      var a = nodes.get(e.from);
      var b = nodes.get(e.to);
      var x = (a.x + b.x) / 2;
      var y = (a.y + b.y) / 2;
      ctx.fillStyle = (e.font && e.font.color) || '#1a1a1a';
      ctx.strokeText(e.label, x, y);
      ctx.fillText(e.label, x, y);
    });
  };

  Network.prototype._showTip = function (item, dom) {
    if (!item || !item.title) { this.tip.style.visibility = 'hidden'; return; }
    this.tip.textContent = '';
    this.tip.appendChild(item.title);
    this.tip.style.left = (dom.x + 14) + 'px';
    this.tip.style.top = (dom.y + 14) + 'px';
    this.tip.style.visibility = 'visible';
  };

  Network.prototype._bind = function () {
    var self = this;
    var c = this.canvas;
    var drag = null;
    var hoverTimer = null;
    function dom(ev) {
      var r = c.getBoundingClientRect();
      return { x: ev.clientX - r.left, y: ev.clientY - r.top };
    }
    function zoomAt(p, factor) {
      var before = self.DOMtoCanvas(p);
      self.scale = Math.max(0.02, Math.min(6, self.scale * factor));
      var after = self.DOMtoCanvas(p);
      self.centre.x += before.x - after.x;
      self.centre.y += before.y - after.y;
      self.emit('zoom', { scale: self.scale, pointer: p });
      self.redraw();
    }
    c.addEventListener('pointerdown', function (ev) {
      drag = { start: dom(ev), centre: { x: self.centre.x, y: self.centre.y }, moved: false };
      self.tip.style.visibility = 'hidden';
    });
    window.addEventListener('pointerup', function (ev) {
      if (!drag) { return; }
      var was = drag;
      drag = null;
      if (was.moved) { self.emit('dragEnd', { nodes: [] }); return; }
      if (ev.target !== c) { return; }
      var n = self.nodeAt(self.DOMtoCanvas(dom(ev)));
      if (n) { self.selected = [n.id]; self.version++; self.redraw(); }
      self.emit('click', { nodes: n ? [n.id] : [], edges: [], pointer: { DOM: dom(ev) } });
    });
    c.addEventListener('pointermove', function (ev) {
      var p = dom(ev);
      if (drag) {
        var dx = p.x - drag.start.x;
        var dy = p.y - drag.start.y;
        if (Math.abs(dx) + Math.abs(dy) > 4) { drag.moved = true; }
        if (drag.moved) {
          self.centre = { x: drag.centre.x - dx / self.scale, y: drag.centre.y - dy / self.scale };
          self.redraw();
        }
        return;
      }
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(function () {
        var w = self.DOMtoCanvas(p);
        var n = self.nodeAt(w);
        if (n) {
          self.emit('hoverNode', { node: n.id });
          self._showTip(self.nodeView.source.get(n.id), p);
          return;
        }
        var e = self.scale >= DETAIL_SCALE ? self.edgeAt(w) : null;
        if (e) {
          self.emit('hoverEdge', { edge: e.id });
          self._showTip(self.edgeView.source.get(e.id), p);
          return;
        }
        self._showTip(null, p);
      }, (self.options.interaction || {}).tooltipDelay || 120);
    });
    c.addEventListener('pointerleave', function () { clearTimeout(hoverTimer); self.tip.style.visibility = 'hidden'; });
    c.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      zoomAt(dom(ev), Math.pow(1.0015, -ev.deltaY));
    }, { passive: false });
    this.container.addEventListener('keydown', function (ev) {
      var step = 60 / self.scale;
      var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (moves[ev.key]) {
        self.centre.x += moves[ev.key][0];
        self.centre.y += moves[ev.key][1];
        self.redraw();
      } else if (ev.key === '+' || ev.key === '=' || ev.key === '-') {
        zoomAt({ x: self.w / 2, y: self.h / 2 }, ev.key === '-' ? 1 / 1.2 : 1.2);
      }
    });
    window.addEventListener('resize', function () { self.redraw(); });
  };

  window.ruslinkFast = { DataSet: DataSet, DataView: DataView, Network: Network };
})();
