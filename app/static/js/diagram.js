/* A diagram page: the canvas takes the screen's height left under the bars (legend and caption stay in
   view), the SVG's viewBox fits the picture into it on load and on every resize, and Escape-free plain
   links open a box's page. */
(function () {
  "use strict";
  var canvas = document.getElementById("diagram");
  if (!canvas) return;
  function below() {
    var h = 0, el = canvas.nextElementSibling;
    while (el && (el.classList.contains("dg-legend") || el.classList.contains("dg-caption"))) {
      h += el.getBoundingClientRect().height;
      el = el.nextElementSibling;
    }
    return h;
  }
  function size() {
    var top = canvas.getBoundingClientRect().top + window.scrollY;
    var h = Math.max(360, window.innerHeight - top - below() - 2);
    canvas.style.height = h + "px";
  }
  size();
  window.addEventListener("resize", size);
})();
