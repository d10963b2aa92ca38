/* The viewer inside an exported .html file: draws the saved view with physics off, no server needed. */
(function () {
  'use strict';
  var R = window.ruslinkCommon;
  var data = R.readJSON('network-data');
  var T = data.texts;
  document.title = data.title;
  document.getElementById('title').textContent = data.title;
  document.getElementById('note').textContent = data.note;
  if (data.illustrative) { document.getElementById('illustrative').textContent = T.illustrative; }
  var legend = document.getElementById('legend');
  (data.legend || []).forEach(function (item) {
    var li = R.el('li');
    var swatch = R.el('span', 'swatch');
    swatch.style.background = item.colour;
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(item.name));
    legend.appendChild(li);
  });
  var nodes = new vis.DataSet(data.nodes.map(R.prepareNode));
  var edges = new vis.DataSet(data.edges.map(function (e) { return R.prepareEdge(e, T); }));
  var container = document.getElementById('network');
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  network.once('afterDrawing', function () {
    if (data.view) { network.moveTo({ position: data.view.position, scale: data.view.scale, animation: false }); }
    container.setAttribute('data-ready', '1');
  });
  window.ruslinkNetwork = network;
})();
