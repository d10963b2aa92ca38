/* The participant page of a scoring workshop: one card per pair, saved as you go.
   Every name is set with textContent; the key travels only to this app's own API. */
(function () {
  'use strict';
  var S = JSON.parse(document.getElementById('ws-state').textContent);
  var T = S.texts;
  var key = new URLSearchParams(window.location.search).get('key') || '';
  var api = '/api/workshops/' + encodeURIComponent(S.workshop);
  var storeKey = 'ruslink-workshop-' + S.workshop;
  var nameForm = document.getElementById('ws-name-form');
  var nameInput = document.getElementById('ws-name');
  var who = document.getElementById('ws-who');
  var cards = document.getElementById('ws-cards');
  var progress = document.getElementById('ws-progress');
  var bar = document.getElementById('ws-bar');
  var done = document.getElementById('ws-done');
  var participant = '';
  var saved = {};   // pair index -> true once the server has the score
  var state = {};   // pair index -> {score, rationale, confidence}

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k] !== undefined ? values[k] : ''; });
  }

  function showProgress() {
    var n = Object.keys(saved).length;
    progress.textContent = fill(T.progress, { done: n, n: S.pairs.length });
    done.hidden = n < S.pairs.length;
    document.getElementById('ws-next-open').hidden = n >= S.pairs.length;
  }

  function jumpToOpen() {
    // With forty cards on a phone, the first pair still without a score is one tap away.
    for (var i = 0; i < S.pairs.length; i++) {
      if (!saved[i]) {
        var target = document.getElementById('ws-card-' + i);
        target.scrollIntoView({ behavior: 'smooth', block: 'start' });
        target.querySelector('input').focus({ preventScroll: true });
        return;
      }
    }
  }

  function setStatus(i, text, cls) {
    var status = document.getElementById('ws-status-' + i);
    status.textContent = text;
    status.className = 'ws-status ' + (cls || '');
  }

  var timers = {};
  var inflight = {};  // pair index -> a request is on its way
  var again = {};     // pair index -> something changed while it was: send once more when it answers
  // One request per pair at a time, so an earlier answer can never overwrite a later one on the server.
  function save(i) {
    var s = state[i];
    if (!s || s.score === undefined || !participant) { return; }
    if (inflight[i]) { again[i] = true; return; }
    inflight[i] = true;
    again[i] = false;
    var pair = S.pairs[i];
    setStatus(i, T.saving, 'saving');
    fetch(api + '/scores?key=' + encodeURIComponent(key) + '&lang=' + S.lang, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ participant: participant, scores: [{ from: pair.from, to: pair.to, score: s.score,
        rationale: s.rationale || '', confidence: s.confidence || 'medium' }] })
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      saved[i] = true;
      document.getElementById('ws-card-' + i).classList.add('is-saved');
      if (!again[i]) { setStatus(i, '\u2713 ' + T.saved, 'ok'); }
      showProgress();
    }).catch(function () { setStatus(i, T.not_saved, 'error'); })
      .then(function () {
        inflight[i] = false;
        if (again[i]) { save(i); }
      });
  }

  function saveSoon(i, ms) {
    clearTimeout(timers[i]);
    timers[i] = setTimeout(function () { save(i); }, ms);
  }

  function card(pair, i) {
    var li = el('li', 'ws-card');
    li.id = 'ws-card-' + i;
    li.appendChild(el('p', 'ws-pairno', fill(T.pair, { i: i + 1, n: S.pairs.length })));
    li.appendChild(el('p', 'ws-q', T.question));
    var a = el('p', 'ws-goal', pair.fromName);
    if (pair.fromPlan) { a.appendChild(el('span', 'ws-plan', pair.fromPlan)); }
    li.appendChild(a);
    li.appendChild(el('p', 'ws-q', T.question_to));
    var b = el('p', 'ws-goal', pair.toName);
    if (pair.toPlan) { b.appendChild(el('span', 'ws-plan', pair.toPlan)); }
    li.appendChild(b);

    var scale = el('fieldset', 'ws-scale');
    scale.appendChild(el('legend', 'sr-only', pair.fromName + ' \u2192 ' + pair.toName));
    S.scale.forEach(function (opt) {
      var label = el('label', 'ws-opt');
      var input = el('input');
      input.type = 'radio';
      input.name = 'ws-score-' + i;
      input.value = String(opt.score);
      input.addEventListener('change', function () {
        state[i] = state[i] || {};
        state[i].score = opt.score;
        save(i);
      });
      label.appendChild(input);
      label.appendChild(el('span', 'ws-lbl score-' + (opt.score < 0 ? 'm' : 'p') + Math.abs(opt.score), opt.label));
      var words = el('span', 'ws-words');
      words.appendChild(el('span', 'ws-nm', opt.name));
      words.appendChild(el('span', 'ws-mn', opt.meaning));
      label.appendChild(words);
      scale.appendChild(label);
    });
    li.appendChild(scale);

    var rl = el('label', 'ws-field', T.rationale);
    var ta = el('textarea');
    ta.id = 'ws-rationale-' + i;
    ta.rows = 2;
    ta.maxLength = 2000;
    ta.addEventListener('input', function () {
      state[i] = state[i] || {};
      state[i].rationale = ta.value;
      saveSoon(i, 1200);
    });
    ta.addEventListener('blur', function () { if (state[i] && state[i].score !== undefined) { saveSoon(i, 0); } });
    rl.appendChild(ta);
    li.appendChild(rl);

    var conf = el('fieldset', 'ws-conf');
    conf.appendChild(el('legend', null, T.confidence));
    ['low', 'medium', 'high'].forEach(function (c) {
      var label = el('label', 'ws-confopt');
      var input = el('input');
      input.type = 'radio';
      input.name = 'ws-conf-' + i;
      input.value = c;
      if (c === 'medium') { input.checked = true; }
      input.addEventListener('change', function () {
        state[i] = state[i] || {};
        state[i].confidence = c;
        save(i);
      });
      label.appendChild(input);
      label.appendChild(el('span', null, T['confidence_' + c]));
      conf.appendChild(label);
    });
    li.appendChild(conf);

    var foot = el('div', 'ws-foot');
    var status = el('p', 'ws-status');
    status.id = 'ws-status-' + i;
    status.setAttribute('role', 'status');
    foot.appendChild(status);
    if (i + 1 < S.pairs.length) {
      var next = el('button', 'ws-next', T.next);
      next.type = 'button';
      next.addEventListener('click', function () {
        var target = document.getElementById('ws-card-' + (i + 1));
        target.scrollIntoView({ behavior: 'smooth', block: 'start' });
        target.querySelector('input').focus({ preventScroll: true });
      });
      foot.appendChild(next);
    }
    li.appendChild(foot);
    return li;
  }

  function restore() {
    // A participant who reopens the page (or changes phone) sees the scores already given under this name.
    fetch(api + '?key=' + encodeURIComponent(key)).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        data.pairs.forEach(function (p, i) {
          p.scores.forEach(function (s) {
            if (s.participant !== participant || i >= S.pairs.length) { return; }
            state[i] = { score: s.score, rationale: s.rationale, confidence: s.confidence };
            saved[i] = true;
            var radio = document.querySelector('input[name="ws-score-' + i + '"][value="' + s.score + '"]');
            if (radio) { radio.checked = true; }
            var conf = document.querySelector('input[name="ws-conf-' + i + '"][value="' + s.confidence + '"]');
            if (conf) { conf.checked = true; }
            document.getElementById('ws-rationale-' + i).value = s.rationale || '';
            document.getElementById('ws-card-' + i).classList.add('is-saved');
            setStatus(i, '\u2713 ' + T.saved, 'ok');
          });
        });
        showProgress();
      }).catch(function () {});
  }

  function begin(name) {
    participant = name.replace(/\s+/g, ' ').trim();
    if (!participant) { return; }
    try { window.localStorage.setItem(storeKey, participant); } catch (e) { /* private mode: fine */ }
    nameForm.hidden = true;
    who.hidden = false;
    document.getElementById('ws-who-name').textContent = participant;
    cards.hidden = false;
    bar.hidden = false;
    Array.prototype.forEach.call(cards.querySelectorAll('input[type="radio"][name^="ws-score-"]'),
      function (r) { r.checked = false; });
    Array.prototype.forEach.call(cards.querySelectorAll('.ws-card'), function (c) { c.classList.remove('is-saved'); });
    Array.prototype.forEach.call(cards.querySelectorAll('textarea'), function (ta) { ta.value = ''; });
    saved = {};
    state = {};
    S.pairs.forEach(function (_, i) { setStatus(i, '', ''); });
    showProgress();
    restore();
  }

  S.pairs.forEach(function (pair, i) { cards.appendChild(card(pair, i)); });
  document.getElementById('ws-next-open').addEventListener('click', jumpToOpen);
  nameForm.addEventListener('submit', function (event) {
    event.preventDefault();
    begin(nameInput.value);
  });
  document.getElementById('ws-change-name').addEventListener('click', function () {
    nameForm.hidden = false;
    who.hidden = true;
    nameInput.focus();
  });
  var remembered = null;
  try { remembered = window.localStorage.getItem(storeKey); } catch (e) { remembered = null; }
  if (remembered) {
    nameInput.value = remembered;
    begin(remembered);
  }
})();
