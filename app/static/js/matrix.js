/* Meeting mode for the matrices: the table scaled to fit the screen (on entry and on every resize), its key
   kept below it, the caption a bar at the bottom that names only Esc (a matrix has no saved views). */
(function () {
  'use strict';
  var R = window.ruslinkCommon;
  var T = R.readJSON('ui-texts') || {};
  var wrap = document.querySelector('.matrix-wrap');
  var table = wrap && wrap.querySelector('table');
  var caption = document.getElementById('meeting-caption');

  function fit() {
    if (!table) { return; }
    table.style.transform = '';
    wrap.style.height = '';
    if (!document.body.classList.contains('meeting')) { return; }
    var after = 0;
    for (var el = wrap.nextElementSibling; el; el = el.nextElementSibling) {
      if (el.offsetParent !== null && el !== caption) { after += el.getBoundingClientRect().height + 8; }
    }
    var room = window.innerHeight - wrap.getBoundingClientRect().top - after -
      (caption ? caption.getBoundingClientRect().height : 0) - 12;
    var scale = Math.min(wrap.clientWidth / table.scrollWidth, room / table.scrollHeight, 2);
    table.style.transformOrigin = '0 0';
    table.style.transform = 'scale(' + scale + ')';
    wrap.style.height = Math.ceil(table.scrollHeight * scale) + 'px';
    document.body.setAttribute('data-matrix-scale', String(scale));
  }
  window.ruslinkMeeting.create({ texts: T, views: null, legend: null, fit: fit });
})();
