/* What a ruslink diagram drew, in CSS pixels of the viewport: window.ruslinkGeometry() (see the interfaces
   spec, "Diagram geometry"). Boxes are rect[data-id]; edges are path[data-from][data-to] whose "d" is a list
   of straight segments. Returns null until the picture is drawn (svg[data-drawn="1"]). */
(function () {
  "use strict";
  function pointsOf(path) {
    var nums = (path.getAttribute("d") || "").match(/-?\d+(\.\d+)?/g) || [];
    var m = path.getScreenCTM(), out = [];
    for (var i = 0; i + 1 < nums.length; i += 2) {
      var x = parseFloat(nums[i]), y = parseFloat(nums[i + 1]);
      out.push([m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
    }
    return out;
  }
  window.ruslinkGeometry = function () {
    var svg = document.querySelector("svg.ruslink-diagram");
    if (!svg) return null;
    if (svg.getAttribute("data-drawn") !== "1") return null;
    var nodes = [], edges = [];
    svg.querySelectorAll("rect[data-id]").forEach(function (r) {
      var b = r.getBoundingClientRect(), m = r.getScreenCTM();
      nodes.push({id: r.getAttribute("data-id"), x: b.left, y: b.top, width: b.width, height: b.height,
                  font_px: parseFloat(r.getAttribute("data-font-px") || "0") * Math.abs(m.a)});
    });
    svg.querySelectorAll("path[data-from][data-to]").forEach(function (p) {
      edges.push({from: p.getAttribute("data-from"), to: p.getAttribute("data-to"), points: pointsOf(p)});
    });
    return {viewport: {width: window.innerWidth, height: window.innerHeight}, nodes: nodes, edges: edges};
  };
  /* The first frame with the final picture: the SVG arrives laid out, so it is the first frame after the
     canvas is sized. window.ruslinkTimings.drawn (ms from navigation start) is taken once that frame has
     been painted (a task queued from its animation frame runs after the paint); the benchmark reads it. */
  function drawn() {
    var svg = document.querySelector("svg.ruslink-diagram");
    if (svg) window.requestAnimationFrame(function () {
      svg.setAttribute("data-drawn", "1");
      setTimeout(function () {
        window.ruslinkTimings = Object.assign(window.ruslinkTimings || {}, {drawn: performance.now()});
      }, 0);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawn);
  else drawn();
})();
