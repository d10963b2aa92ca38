/* Shared by the explorer and by exported offline files. Every user-provided string is set with
   textContent or handed to vis-network inside a DOM element: never parsed as HTML. */
(function () {
  'use strict';

  function readJSON(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function nodeTooltip(n) {
    var box = el('div', 'tip');
    box.appendChild(el('strong', null, n.name));
    var line = n.typeName + (n.strategyName ? ' · ' + n.strategyName : '') + (n.statusName ? ' · ' + n.statusName : '');
    box.appendChild(el('div', null, line));
    (n.markNames || []).forEach(function (m) { box.appendChild(el('div', 'mark', m)); });
    return box;
  }

  function edgeTooltip(e, T) {
    var box = el('div', 'tip');
    box.appendChild(el('strong', null, e.typeName + (e.scoreName ? ' (' + e.scoreName + ')' : '')));
    if (e.rationale) { box.appendChild(el('div', null, T.rationale + ': ' + e.rationale)); }
    if (e.basis) { box.appendChild(el('div', null, T.basis + ': ' + e.basis)); }
    return box;
  }

  /* A copy of a node for vis-network with its hover title as a DOM element. */
  function prepareNode(n) {
    var copy = Object.assign({}, n);
    copy.title = nodeTooltip(n);
    return copy;
  }

  function prepareEdge(e, T) {
    var copy = Object.assign({}, e);
    copy.title = edgeTooltip(e, T);
    return copy;
  }

  function download(href, filename) {
    var a = document.createElement('a');
    a.href = href;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  window.ruslinkCommon = { readJSON: readJSON, el: el, prepareNode: prepareNode, prepareEdge: prepareEdge,
                           download: download, nodeTooltip: nodeTooltip, edgeTooltip: edgeTooltip };
})();
