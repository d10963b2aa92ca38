/* Meeting mode for every page with a diagram: full screen, chrome and side panels closed, the legend beside
   (never over) the diagram, the diagram fitted on entry and on every resize, and a caption that names only
   keys that do something on this page (arrow keys only when there are saved views). */
(function () {
  'use strict';
  var R = window.ruslinkCommon;

  /* opts: {fit(), views (a ruslinkViews controller or null), texts, legend (element to show beside the diagram,
     or null when the diagram carries its own), host (the element the legend is put in), onChange(on)} */
  function create(opts) {
    var T = opts.texts || {};
    var caption = document.getElementById('meeting-caption');
    var button = document.getElementById('meeting-toggle');
    var aside = null;
    var ctl = { active: false };

    function hasViews() { return !!(opts.views && opts.views.count()); }

    function hint(viewText) {
      var keys = hasViews() ? T.meeting_hint : T.meeting_hint_esc;
      return viewText ? viewText + '  ·  ' + keys : keys;
    }
    ctl.caption = function (viewText) { if (caption) { caption.textContent = hint(viewText); } };

    function closePanels() {
      document.querySelectorAll('.panel, [data-side-panel]').forEach(function (p) { p.hidden = true; });
    }

    function showLegend(on) {
      if (!opts.legend) { return; }
      if (on && !aside) {
        aside = R.el('aside', 'meeting-legend');
        aside.setAttribute('aria-label', T.legend || '');
        var copy = opts.legend.cloneNode(true);
        copy.querySelectorAll('[id]').forEach(function (n) { n.removeAttribute('id'); });
        copy.removeAttribute('id');
        aside.appendChild(copy);
        (opts.host || document.body).appendChild(aside);
      } else if (!on && aside) {
        aside.remove();
        aside = null;
      }
    }

    function refit() { if (opts.fit) { opts.fit(); } }

    ctl.enter = function () {
      if (ctl.active) { return; }
      ctl.active = true;
      closePanels();
      document.body.classList.add('meeting');
      showLegend(true);
      ctl.caption('');
      if (document.documentElement.requestFullscreen && !document.fullscreenElement) {
        document.documentElement.requestFullscreen().catch(function () { /* not allowed: stay in the window */ });
      }
      if (opts.onChange) { opts.onChange(true); }
      if (hasViews()) { opts.views.show(opts.views.current >= 0 ? opts.views.current : 0); }
      requestAnimationFrame(refit);
      setTimeout(refit, 120);
    };

    ctl.leave = function () {
      if (!ctl.active) { return; }
      ctl.active = false;
      document.body.classList.remove('meeting');
      showLegend(false);
      if (document.fullscreenElement && document.exitFullscreen) {
        document.exitFullscreen().catch(function () { /* already left */ });
      }
      if (opts.onChange) { opts.onChange(false); }
      requestAnimationFrame(refit);
      setTimeout(refit, 120);
    };

    if (button) { button.addEventListener('click', ctl.enter); }
    document.addEventListener('keydown', function (event) {
      var tag = (event.target && event.target.tagName) || '';
      if (!ctl.active || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') { return; }
      if (event.key === 'Escape') {
        ctl.leave();
      } else if (hasViews() && (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ')) {
        event.preventDefault();
        opts.views.show(opts.views.current + 1);
      } else if (hasViews() && (event.key === 'ArrowLeft' || event.key === 'PageUp')) {
        event.preventDefault();
        opts.views.show(opts.views.current - 1);
      }
    });
    document.addEventListener('fullscreenchange', function () {
      if (!document.fullscreenElement && ctl.active) { ctl.leave(); }
    });
    var timer = null;
    window.addEventListener('resize', function () {
      clearTimeout(timer);
      timer = setTimeout(refit, 60);
    });
    if (new URLSearchParams(window.location.search).get('meeting') === '1') { ctl.enter(); }
    return ctl;
  }

  window.ruslinkMeeting = { create: create };
})();
