/* Saved views for any page with a diagram: a list kept in localStorage and in the URL (#views=…), so a view
   list can be sent as a link. The page says what a view holds (capture) and how to show one (apply). */
(function () {
  'use strict';
  var R = window.ruslinkCommon;

  function encode(list) {
    var bytes = new TextEncoder().encode(JSON.stringify(list));
    var bin = '';
    bytes.forEach(function (b) { bin += String.fromCharCode(b); });
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function decode(text) {
    var bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = Uint8Array.from(bin, function (c) { return c.charCodeAt(0); });
    var list = JSON.parse(new TextDecoder().decode(bytes));
    return Array.isArray(list) ? list : [];
  }

  /* opts: {key, capture(), apply(view), texts, onShow(index, view)} */
  function create(opts) {
    var T = opts.texts || {};
    var list = document.getElementById('saved-views');
    var input = document.getElementById('view-name');
    var saveBtn = document.getElementById('save-view');
    var ctl = { views: [], current: -1 };

    function load() {
      var match = /views=([A-Za-z0-9_-]+)/.exec(window.location.hash);
      if (match) {
        try { ctl.views = decode(match[1]); } catch (e) { ctl.views = []; }
        return;
      }
      try { ctl.views = JSON.parse(localStorage.getItem(opts.key) || '[]'); } catch (e) { ctl.views = []; }
      if (!Array.isArray(ctl.views)) { ctl.views = []; }
    }

    function persist() {
      try { localStorage.setItem(opts.key, JSON.stringify(ctl.views)); } catch (e) { /* private mode: URL only */ }
      var url = new URL(window.location.href);
      url.hash = ctl.views.length ? 'views=' + encode(ctl.views) : '';
      history.replaceState(null, '', url.toString());
      render();
    }

    function render() {
      if (!list) { return; }
      list.textContent = '';
      ctl.views.forEach(function (v, i) {
        var li = R.el('li', i === ctl.current ? 'current' : null);
        li.appendChild(R.el('span', null, v.name));
        var go = R.el('button', null, T.go);
        go.type = 'button';
        go.addEventListener('click', function () { ctl.show(i); });
        var del = R.el('button', null, T['delete']);
        del.type = 'button';
        del.addEventListener('click', function () { ctl.views.splice(i, 1); ctl.current = -1; persist(); });
        li.appendChild(go);
        li.appendChild(del);
        list.appendChild(li);
      });
    }

    ctl.count = function () { return ctl.views.length; };
    ctl.show = function (i) {
      if (!ctl.views.length) { return null; }
      ctl.current = (i + ctl.views.length) % ctl.views.length;
      var v = ctl.views[ctl.current];
      opts.apply(v);
      document.body.setAttribute('data-current-view', String(ctl.current));
      render();
      if (opts.onShow) { opts.onShow(ctl.current, v); }
      return v;
    };
    ctl.save = function (name) {
      var view = opts.capture();
      view.name = name || (T.view_default_name + ' ' + (ctl.views.length + 1));
      ctl.views.push(view);
      persist();
    };
    if (saveBtn) {
      saveBtn.addEventListener('click', function () {
        ctl.save(input ? input.value.trim() : '');
        if (input) { input.value = ''; }
      });
    }
    load();
    render();
    return ctl;
  }

  window.ruslinkViews = { create: create, encode: encode, decode: decode };
})();
