/* A diagram page: the canvas takes the screen's height left under the bars (legend and caption stay in
   view), the SVG's viewBox fits the picture into it on load and on every resize, and plain
   links open a box's page; meeting mode shows only the picture; saved views list diagram pages. */
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

  /* Saved views: a named list of diagram pages (goal, plan, actors shown …) per dataset, kept in
     localStorage and in the URL (#views=…, so the list can be sent as a link). Recalling a view opens its
     page; in meeting mode the arrow keys step through the list, each page opening in meeting mode. */
  var R = window.ruslinkCommon, T = (R && R.readJSON("ui-texts")) || {};
  var state = (R && R.readJSON("dg-state")) || {};
  var caption = document.getElementById("meeting-caption");
  var here = pageOf(window.location.href);
  var views = null;
  function pageOf(href) {
    var url = new URL(href, window.location.href);
    url.searchParams.delete("meeting");
    url.hash = "";
    return url.pathname + url.search;
  }
  function open(v, inMeeting) {
    var url = new URL(v.url, window.location.href);
    if (inMeeting) url.searchParams.set("meeting", "1");
    url.hash = "views=" + window.ruslinkViews.encode(views.views);
    if (pageOf(url.href) === here) { hint(); return; }
    window.location.assign(url.toString());
  }
  if (window.ruslinkViews && state.dataset !== undefined) {
    views = window.ruslinkViews.create({
      key: "ruslink.views." + state.dataset + ".diagrams", texts: T,
      capture: function () { return {url: here}; },
      apply: function (v) { open(v, document.body.classList.contains("dg-meeting")); }
    });
    views.current = views.views.findIndex(function (v) { return v.url === here; });
    var count = document.getElementById("dg-views-count");
    var list = document.getElementById("saved-views");
    var shown = function () { if (count) count.textContent = String(views.count()); hint(); };
    if (list) new MutationObserver(shown).observe(list, {childList: true});
    shown();
  }
  /* The caption under the picture in meeting mode names only keys that do something here. */
  function hint() {
    if (!caption) return;
    var on = document.body.classList.contains("dg-meeting");
    var n = views ? views.count() : 0;
    var text = n ? T.meeting_hint : T.meeting_hint_esc;
    if (n && views.current >= 0) text = T.view + " " + (views.current + 1) + "/" + n + ": " + views.views[views.current].name + "  ·  " + text;
    caption.textContent = text || "";
    caption.hidden = !on;
  }

  /* Meeting mode: full screen, chrome hidden, the picture refitted; Escape (or the button) leaves it. */
  var button = document.getElementById("dg-meeting");
  function meeting(on) {
    document.body.classList.toggle("dg-meeting", on);
    if (button) button.setAttribute("aria-pressed", on ? "true" : "false");
    if (on && document.documentElement.requestFullscreen && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(function () { /* a window is fine too */ });
    }
    if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen();
    hint();
    size();
  }
  if (button) button.addEventListener("click", function () {
    meeting(!document.body.classList.contains("dg-meeting"));
  });
  document.addEventListener("keydown", function (e) {
    if (!document.body.classList.contains("dg-meeting")) return;
    if (e.key === "Escape") { meeting(false); return; }
    if (!views || !views.count()) return;
    var step = {ArrowRight: 1, PageDown: 1, " ": 1, ArrowLeft: -1, PageUp: -1}[e.key];
    if (!step) return;
    e.preventDefault();
    var n = views.count();
    views.current = views.current < 0 ? (step > 0 ? 0 : n - 1) : (views.current + step + n) % n;
    open(views.views[views.current], true);
  });
  if (new URLSearchParams(window.location.search).get("meeting") === "1") meeting(true);
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && document.body.classList.contains("dg-meeting")) meeting(false);
  });
})();
