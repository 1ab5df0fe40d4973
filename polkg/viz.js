// polkg viz: draws the graph in #polkg-data as SVG. No dependencies, nothing fetched.
// Layout: Fruchterman–Reingold, run to rest before the first paint (deterministic: nodes start on a spiral).
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("polkg-data").textContent);
  var nodes = data.nodes, edges = data.edges, n = nodes.length;
  var svg = document.getElementById("graph"), tip = document.getElementById("tip");
  var K = 70, GRAVITY = 0.15;  // gravity keeps disconnected parts of a result together on one screen

  function layout() {
    var p = [], i, j, it;
    for (i = 0; i < n; i++) {
      var a = i * 2.399963, r = K * 0.6 * Math.sqrt(i + 1);
      p.push({ x: r * Math.cos(a), y: r * Math.sin(a), dx: 0, dy: 0 });
    }
    var iterations = Math.max(40, Math.min(300, Math.floor(3e7 / (n * n + 1))));
    var heat = K * 3;
    for (it = 0; it < iterations; it++) {
      for (i = 0; i < n; i++) { p[i].dx = 0; p[i].dy = 0; }
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var dx = p[i].x - p[j].x, dy = p[i].y - p[j].y, d2 = dx * dx + dy * dy + 0.01, f = K * K / d2;
          p[i].dx += dx * f; p[i].dy += dy * f; p[j].dx -= dx * f; p[j].dy -= dy * f;
        }
      }
      for (i = 0; i < edges.length; i++) {
        var s = p[edges[i].s], t = p[edges[i].t];
        var ex = s.x - t.x, ey = s.y - t.y, d = Math.sqrt(ex * ex + ey * ey) + 0.01, g = d / K;
        s.dx -= ex * g; s.dy -= ey * g; t.dx += ex * g; t.dy += ey * g;
      }
      for (i = 0; i < n; i++) {
        var q = p[i];
        q.dx -= q.x * GRAVITY; q.dy -= q.y * GRAVITY;
        var m = Math.sqrt(q.dx * q.dx + q.dy * q.dy) + 0.01, step = Math.min(m, heat) / m;
        q.x += q.dx * step; q.y += q.dy * step;
      }
      heat *= 0.98;
    }
    return p;
  }

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    parent.appendChild(e);
    return e;
  }

  function showTip(text) {
    return function (ev) {
      tip.textContent = text;
      tip.style.display = "block";
      tip.style.left = Math.min(ev.clientX + 12, window.innerWidth - 430) + "px";
      tip.style.top = (ev.clientY + 12) + "px";
    };
  }
  function hideTip() { tip.style.display = "none"; }

  var pos = layout();
  var defs = el("defs", {}, svg);
  var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "19", refY: "5", markerWidth: "6",
                              markerHeight: "6", orient: "auto-start-reverse" }, defs);
  el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#999" }, marker);
  var world = el("g", {}, svg);
  edges.forEach(function (e) {
    var a = pos[e.s], b = pos[e.t];
    var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#aaa", "stroke-width": 1.5,
                            "marker-end": "url(#arrow)" }, world);
    line.addEventListener("mousemove", showTip(e.hover));
    line.addEventListener("mouseout", hideTip);
  });
  var counts = {};
  nodes.forEach(function (d, i) {
    var c = el("circle", { cx: pos[i].x, cy: pos[i].y, r: 9, fill: d.colour, stroke: "#ffffff",
                           "stroke-width": 1.5 }, world);
    c.addEventListener("mousemove", showTip(d.hover));
    c.addEventListener("mouseout", hideTip);
    var label = el("text", { x: pos[i].x + 12, y: pos[i].y + 4 }, world);
    label.textContent = d.caption;
    if (!counts[d.label]) { counts[d.label] = { n: 0, colour: d.colour }; }
    counts[d.label].n += 1;
  });

  var legend = document.getElementById("legend");
  Object.keys(counts).sort().forEach(function (name) {
    var sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = counts[name].colour;
    legend.appendChild(sw);
    legend.appendChild(document.createTextNode(name + " " + counts[name].n));
  });

  // the view: fit the drawing, then wheel to zoom around the pointer and drag to pan
  var xs = pos.map(function (q) { return q.x; }), ys = pos.map(function (q) { return q.y; });
  var pad = 60;
  var view = { x: Math.min.apply(null, xs) - pad, y: Math.min.apply(null, ys) - pad - 40 };
  view.w = Math.max.apply(null, xs) + pad + 120 - view.x;
  view.h = Math.max.apply(null, ys) + pad - view.y;
  function apply() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
  apply();
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = svg.getBoundingClientRect(), s = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    var fx = view.x + view.w * (ev.clientX - r.left) / r.width, fy = view.y + view.h * (ev.clientY - r.top) / r.height;
    view.x = fx - (fx - view.x) * s; view.y = fy - (fy - view.y) * s; view.w *= s; view.h *= s;
    apply();
  }, { passive: false });
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY }; });
  window.addEventListener("mouseup", function () { drag = null; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) { return; }
    var r = svg.getBoundingClientRect();
    view.x -= (ev.clientX - drag.x) * view.w / r.width;
    view.y -= (ev.clientY - drag.y) * view.h / r.height;
    drag = { x: ev.clientX, y: ev.clientY };
    apply();
  });
})();
