/**
 * The report's only script, inlined in the page (the report reads fully without it): hovering or
 * focusing a node of the network highlights its edges and neighbours. When it has run it sets
 * `document.body.dataset.ready = "1"`, which tests look for.
 *
 * @example
 * ```ts
 * import { REPORT_SCRIPT } from "akhbar"
 * REPORT_SCRIPT.includes("dataset.ready") // true
 * ```
 */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var svg = document.getElementById("chart-network");
  if (svg) {
    var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
    var nodes = Array.prototype.slice.call(svg.querySelectorAll(".node"));
    var clear = function () {
      svg.classList.remove("hovering");
      edges.forEach(function (e) { e.classList.remove("hl"); });
      nodes.forEach(function (n) { n.classList.remove("dim"); });
    };
    var show = function (node) {
      var id = node.getAttribute("data-id");
      var near = {};
      near[id] = true;
      svg.classList.add("hovering");
      edges.forEach(function (e) {
        var a = e.getAttribute("data-a"), b = e.getAttribute("data-b");
        var on = a === id || b === id;
        e.classList.toggle("hl", on);
        if (on) { near[a] = true; near[b] = true; }
      });
      nodes.forEach(function (n) { n.classList.toggle("dim", !near[n.getAttribute("data-id")]); });
    };
    nodes.forEach(function (n) {
      n.addEventListener("mouseenter", function () { show(n); });
      n.addEventListener("focus", function () { show(n); });
      n.addEventListener("mouseleave", clear);
      n.addEventListener("blur", clear);
    });
  }
  document.body.dataset.ready = "1";
})();
`
