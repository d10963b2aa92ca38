/* A diagram page: the canvas takes the screen's height left under the bars (legend and caption stay in
   view), the SVG's viewBox fits the picture into it on load and on every resize, and plain
   links open a box's page; meeting mode shows only the picture. */
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
  /* A small picture is enlarged to fill the screen, but not beyond 1.5 times its drawn size. */
  var svg = canvas.querySelector("svg.ruslink-diagram");
  if (svg && svg.viewBox && svg.viewBox.baseVal) {
    svg.style.maxWidth = (svg.viewBox.baseVal.width * 1.5) + "px";
    svg.style.maxHeight = (svg.viewBox.baseVal.height * 1.5) + "px";
    svg.style.margin = "0 auto";
  }
  size();
  window.addEventListener("resize", size);

  /* Meeting mode: full screen, chrome hidden, the picture refitted; Escape (or the button) leaves it. */
  var button = document.getElementById("dg-meeting");
  function meeting(on) {
    document.body.classList.toggle("dg-meeting", on);
    if (button) button.setAttribute("aria-pressed", on ? "true" : "false");
    if (on && document.documentElement.requestFullscreen && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(function () { /* a window is fine too */ });
    }
    if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen();
    size();
  }
  if (button) button.addEventListener("click", function () {
    meeting(!document.body.classList.contains("dg-meeting"));
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.body.classList.contains("dg-meeting")) meeting(false);
  });
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && document.body.classList.contains("dg-meeting")) meeting(false);
  });
})();
