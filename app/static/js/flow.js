/* The overview flow page: the SVG is drawn by the server; this adds highlighting (a plan, or only the negative
   contributions), saved views, meeting mode and window.ruslinkGeometry() for anyone checking the picture. */
(function () {
  'use strict';
  var R = window.ruslinkCommon;
  var T = R.readJSON('ui-texts') || {};
  var page = R.readJSON('page-state') || {};
  var model = R.readJSON('flow-geometry');
  var canvas = document.getElementById('flow-canvas');
  var svg = canvas.querySelector('svg');
  var select = document.getElementById('flow-highlight');
  var ready = false;

  /* ---- geometry in CSS pixels of the viewport (../shared/spec/interfaces.md) ---- */
  window.ruslinkGeometry = function () {
    if (!ready) { return null; }
    var m = svg.getScreenCTM();
    function pt(p) { return [Math.round((m.a * p[0] + m.e) * 100) / 100, Math.round((m.d * p[1] + m.f) * 100) / 100]; }
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      nodes: model.nodes.map(function (n) {
        var p = pt([n.x, n.y]);
        return { id: n.id, x: p[0], y: p[1], width: n.width * m.a, height: n.height * m.d, font_px: n.font_px * m.a };
      }),
      edges: model.edges.map(function (e) { return { from: e.from, to: e.to, points: e.points.map(pt) }; })
    };
  };

  /* ---- highlight: one plan's actions, or only the negative contributions ---- */
  var bands = Array.prototype.slice.call(svg.querySelectorAll('path.band'));
  var boxes = Array.prototype.slice.call(svg.querySelectorAll('g.node'));
  function highlight(value) {
    var keep = new Set();
    bands.forEach(function (b) {
      var plans = (b.getAttribute('data-plans') || '').split(' ');
      var on = !value || (value === 'negative' ? b.classList.contains('negative')
                                               : plans.indexOf(value.slice(5)) >= 0);
      b.classList.toggle('dim', !on);
      if (on) { keep.add(b.getAttribute('data-from')); keep.add(b.getAttribute('data-to')); }
    });
    boxes.forEach(function (g) { g.classList.toggle('dim', !!value && !keep.has(g.getAttribute('data-id'))); });
    if (select) { select.value = value || ''; }
    canvas.setAttribute('data-highlight', value || '');
  }
  if (select) { select.addEventListener('change', function () { highlight(select.value); }); }

  /* ---- saved views and meeting mode ---- */
  var meeting = null;
  var views = window.ruslinkViews.create({
    key: 'ruslink.views.' + page.dataset + '.flow', texts: T,
    capture: function () { return { highlight: select ? select.value : '' }; },
    apply: function (v) { highlight(v.highlight || ''); },
    onShow: function (i, v) { if (meeting) { meeting.caption(T.view + ' ' + (i + 1) + '/' + views.count() + ': ' + v.name); } }
  });
  meeting = window.ruslinkMeeting.create({ texts: T, views: views, legend: null, fit: function () { /* CSS fits the SVG */ } });

  /* Ready once the fonts the labels were measured with are in; window.ruslinkTimings.drawn (ms from
     navigation start) is taken after the next frame is painted, for the benchmark. */
  function markReady() {
    ready = true;
    canvas.setAttribute('data-ready', '1');
    requestAnimationFrame(function () {
      setTimeout(function () {
        window.ruslinkTimings = Object.assign(window.ruslinkTimings || {}, { drawn: performance.now() });
      }, 0);
    });
  }
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(markReady); } else { markReady(); }
})();
