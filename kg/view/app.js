// kg's graph page: overview, search, type/relation/year filters, details, focus, trace.
// The data comes inline (#kg-data: gzip-compressed JSON in base64, columns indexed by
// node and edge number); positions are precomputed; sigma.js draws with WebGL.
(async function () {
  "use strict";
  const el = (id) => document.getElementById(id);
  const text = (s) => document.createTextNode(s == null ? "" : String(s));
  const SigmaClass = typeof Sigma === "function" ? Sigma : (Sigma.Sigma || Sigma.default);

  async function unpack() {
    const bin = atob(el("kg-data").textContent.trim());
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  }
  const data = await unpack();
  const nodes = data.nodes, edges = data.edges;
  const N = nodes.id.length, M = edges.s.length;
  const nodeIndex = new Map(nodes.id.map((id, i) => [id, i]));
  const typeName = (i) => data.types[nodes.t[i]];
  const edgeType = (e) => data.edgeTypes[edges.t[e]];
  const hiddenByDefault = new Set(data.hiddenEdgeTypes.map((t) => data.edgeTypes.indexOf(t)));

  // adjacency: the edges at each node (both directions), as offsets into one array
  const start = new Uint32Array(N + 1);
  for (let e = 0; e < M; e++) { start[edges.s[e] + 1]++; start[edges.d[e] + 1]++; }
  for (let i = 0; i < N; i++) start[i + 1] += start[i];
  const adj = new Uint32Array(2 * M), fill = start.slice(0, N);
  for (let e = 0; e < M; e++) { adj[fill[edges.s[e]]++] = e; adj[fill[edges.d[e]]++] = e; }
  const degree = new Uint32Array(N);          // edges shown by default: what makes a hub
  for (let e = 0; e < M; e++) {
    if (!hiddenByDefault.has(edges.t[e])) { degree[edges.s[e]]++; degree[edges.d[e]]++; }
  }
  // a hub (a province every county is PART_OF, a law every region cites) is shown in a
  // focus but not gone through: it would bring in the whole graph
  const HUB = Math.max(50, Math.round(2 * Math.sqrt(N)));

  // ---- the graph sigma draws -------------------------------------------------------
  const graph = new graphology.MultiDirectedGraph();
  for (let i = 0; i < N; i++) {
    graph.addNode(nodes.id[i], {
      i, x: nodes.x[i], y: -nodes.y[i], size: nodes.size[i], label: nodes.name[i],
      color: data.styles[typeName(i)],
    });
  }
  const added = new Set();                     // edge types in the graphology graph
  const alpha = M > 5000 ? 0.2 : M > 1000 ? 0.4 : 0.7;   // many edges: each fainter
  const rgba = (hex) => `rgba(${[1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)).join(",")},${alpha})`;
  const solid = data.edgeTypes.map((t) => data.edgeColours[t]);
  function addEdges(type) {
    if (added.has(type)) return;
    added.add(type);
    const colour = rgba(data.edgeColours[data.edgeTypes[type]]);
    for (let e = 0; e < M; e++) {
      if (edges.t[e] === type) {
        graph.addDirectedEdgeWithKey("e" + e, nodes.id[edges.s[e]], nodes.id[edges.d[e]],
          { i: e, color: colour, size: 1 });
      }
    }
  }

  // ---- state: what is shown ----------------------------------------------------------
  const shownTypes = new Set(data.types.map((_, t) => t));
  const shownEdges = new Set(data.edgeTypes.map((_, t) => t).filter((t) => !hiddenByDefault.has(t)));
  const overviewSet = new Set(data.overview.nodes);
  let overview = overviewSet.size > 0 && overviewSet.size < N;
  let traced = null;             // Set of node numbers kept by trace mode, or null
  let focus = null;              // {center, set} or null
  let selected = -1;
  const visible = new Uint8Array(N);
  const years = [];
  for (let i = 0; i < N; i++) for (const y of [nodes.y0[i], nodes.y1[i]]) if (Number.isInteger(y)) years.push(y);
  const yearMin = years.length ? years.reduce((a, b) => Math.min(a, b)) : null;
  const yearMax = years.length ? years.reduce((a, b) => Math.max(a, b)) : null;
  const forced = new Set(data.overview.labelled);   // labelled in the overview

  function inYears(i) {
    if (yearMin === null) return true;
    const first = nodes.y0[i], last = nodes.y1[i];
    if (!Number.isInteger(first)) return true;          // structure from the gazetteer: no year
    const from = el("year-from").value, to = el("year-to").value;   // empty before they are filled
    return (!from || last >= Number(from)) && (!to || first <= Number(to));
  }
  // A focus with the rest hidden draws a graph of the neighbourhood alone: sigma then
  // processes its few nodes, not the whole graph's (2 s at 43,000 nodes in software GL).
  let drawnGraph = graph;
  function subgraph(set) {
    const g = new graphology.MultiDirectedGraph();
    for (const i of set) g.addNode(nodes.id[i], graph.getNodeAttributes(nodes.id[i]));
    for (const i of set) {
      for (let k = start[i]; k < start[i + 1]; k++) {
        const e = adj[k];
        if (edges.s[e] === i && added.has(edges.t[e]) && set.has(edges.d[e])) {
          g.addDirectedEdgeWithKey("e" + e, nodes.id[i], nodes.id[edges.d[e]], graph.getEdgeAttributes("e" + e));
        }
      }
    }
    return g;
  }
  function refresh() {
    computeVisible();
    const want = focus && el("focus-hide").checked ? (focus.graph ||= subgraph(focus.set)) : graph;
    const swapped = want !== drawnGraph;
    if (swapped) {
      drawnGraph = want;
      renderer.setGraph(want);
    }
    renderer.refresh();
    // sigma frames each graph it draws anew: the camera follows, or the view is lost
    if (swapped) fit(focus ? focus.set : null);
  }
  function computeVisible() {
    const keep = traced || (focus && el("focus-hide").checked ? focus.set : null)
      || (overview && !focus ? overviewSet : null);
    let count = 0;
    for (let i = 0; i < N; i++) {
      visible[i] = shownTypes.has(nodes.t[i]) && inYears(i) && (!keep || keep.has(i)) ? 1 : 0;
      count += visible[i];
    }
    el("counts").textContent = `${count} of ${N} nodes shown`;
    el("mode-line").textContent = traced ? "Trace: the citations listed below."
      : focus ? `Focus: ${nodes.name[focus.center]} and ${focus.set.size - 1} nodes within ${focus.depth} steps.`
        : overview ? `Overview: the ${data.overview.regulations} most cited regulations and every region. Search, filters and focus show the rest.`
          : "The whole graph.";
  }
  shownEdges.forEach(addEdges);
  computeVisible();

  const renderer = new SigmaClass(graph, el("graph"), {
    enableEdgeEvents: true,
    hideEdgesOnMove: M > 20000,
    labelFont: "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif",
    labelRenderedSizeThreshold: N < 300 ? 0 : 9,     // a small graph: every name that fits
    defaultEdgeType: M > 20000 ? "line" : "arrow",
    nodeReducer(key, attrs) {
      const i = attrs.i;
      if (!visible[i]) return { ...attrs, hidden: true };
      if (i === selected) return { ...attrs, highlighted: true, forceLabel: true };
      if (focus && !focus.set.has(i)) return { ...attrs, color: "#e4e4e4", label: "" };
      if (overview && !focus && !traced && forced.has(i)) return { ...attrs, forceLabel: true };
      return attrs;
    },
    edgeReducer(key, attrs) {
      const e = attrs.i, s = edges.s[e], d = edges.d[e];
      if (!shownEdges.has(edges.t[e]) || !visible[s] || !visible[d]) return { ...attrs, hidden: true };
      if (focus && !(focus.set.has(s) && focus.set.has(d))) return { ...attrs, hidden: true };
      if (selected === s || selected === d) return { ...attrs, color: solid[edges.t[e]], size: 2 };
      if (focus || traced) return { ...attrs, color: solid[edges.t[e]] };     // few edges: seen whole
      return attrs;
    },
  });

  // ---- filters: node types, edge types, years ----------------------------------------
  function checkbox(container, key, colour, checked, onChange) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox"; box.checked = checked; box.dataset.key = key;
    box.addEventListener("change", () => onChange(box.checked));
    const sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = colour;
    label.append(box, sw, text(key));
    container.append(label);
  }
  data.types.forEach((type, t) => checkbox(el("legend"), type, data.styles[type], true,
    (on) => { on ? shownTypes.add(t) : shownTypes.delete(t); refresh(); }));
  data.edgeTypes.forEach((type, t) => checkbox(el("edge-types"), type, data.edgeColours[type],
    shownEdges.has(t), (on) => {
      if (on) { addEdges(t); shownEdges.add(t); } else shownEdges.delete(t);
      if (focus) focus.graph = null;                   // drawn again with these edges
      refresh();
    }));
  for (const sel of [el("year-from"), el("year-to")]) {
    if (yearMin === null) { sel.disabled = true; continue; }
    for (let y = yearMin; y <= yearMax; y++) sel.append(new Option(String(y), String(y)));
    sel.addEventListener("change", refresh);
  }
  if (yearMin !== null) { el("year-from").value = String(yearMin); el("year-to").value = String(yearMax); }
  el("show-all").addEventListener("click", () => { overview = false; refresh(); fit(null); });
  el("show-overview").addEventListener("click", () => {
    overview = true; focus = null; traced = null; el("trace-results").replaceChildren(); refresh(); fit(null);
  });

  // ---- camera ------------------------------------------------------------------------
  function fit(set) {
    const camera = renderer.getCamera();
    if (!set || !set.size) { camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); return; }
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (const i of set) {
      const d = renderer.getNodeDisplayData(nodes.id[i]);
      if (!d) continue;
      x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
    }
    if (x0 === Infinity) return;
    const ratio = Math.min(1.2, Math.max(0.02, 1.3 * Math.max(x1 - x0, y1 - y0)));
    camera.setState({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 });
  }

  // ---- search by name, alias or path -------------------------------------------------
  const haystack = nodes.name.map((name, i) =>
    [name, ...(nodes.props[i].aliases || []), nodes.props[i].path || ""].join("\u0001"));
  function find(q, type) {
    const out = [];
    for (let i = 0; i < N; i++) {
      if ((type === undefined || typeName(i) === type) && haystack[i].includes(q)) out.push(i);
    }
    const exact = (i) => nodes.name[i] === q || nodes.props[i].path === q ? 0 : 1;
    return out.sort((a, b) => exact(a) - exact(b) || degree[b] - degree[a]);
  }
  el("search").addEventListener("input", () => {
    const q = el("search").value.trim(), list = el("search-results");
    list.replaceChildren();
    if (!q) return;
    const found = find(q);
    found.slice(0, 50).forEach((i) => {
      const li = document.createElement("li");
      li.className = "result"; li.dataset.id = nodes.id[i];
      li.append(text(`${nodes.name[i]} (${typeName(i)})`));
      li.addEventListener("click", () => select(i, true));
      list.append(li);
    });
    if (found.length > 50) {
      const li = document.createElement("li"); li.className = "more";
      li.append(text(`… ${found.length - 50} more; type more of the name`)); list.append(li);
    }
  });
  function select(i, move) {
    selected = i;
    if (focus && !focus.set.has(i)) focus = null;                         // a node outside the focus
    if (!visible[i] && overview && !focus && !traced) overview = false;   // reach it from the overview
    refresh();
    showNode(i);
    if (move) {
      const d = renderer.getNodeDisplayData(nodes.id[i]);
      if (d) renderer.getCamera().setState({ x: d.x, y: d.y, ratio: 0.15, angle: 0 });
    }
  }

  // ---- focus: a node's neighbourhood ---------------------------------------------------
  function focusOn(center, depth) {
    const set = new Set([center]);
    let frontier = [center];
    for (let step = 0; step < depth; step++) {
      const next = [];
      for (const i of frontier) {
        if (i !== center && degree[i] > HUB) continue;
        for (let k = start[i]; k < start[i + 1]; k++) {
          const e = adj[k];
          if (!shownEdges.has(edges.t[e])) continue;
          const other = edges.s[e] === i ? edges.d[e] : edges.s[e];
          if (!set.has(other)) { set.add(other); next.push(other); }
        }
      }
      frontier = next;
    }
    focus = { center, set, depth };
    traced = null;
    el("trace-results").replaceChildren();
    selected = center;
    refresh();
    showNode(center);
    fit(set);
  }
  el("focus-hide").checked = N > 20000;         // a large graph: the neighbourhood alone
  el("focus-hide").addEventListener("change", refresh);
  el("focus-depth").addEventListener("change", () => { if (focus) focusOn(focus.center, Number(el("focus-depth").value)); });
  el("focus-clear").addEventListener("click", () => { focus = null; refresh(); fit(null); });

  // ---- details -----------------------------------------------------------------------
  function heading(s) { const h = document.createElement("h2"); h.append(text(s)); return h; }
  function prop(k, v) {
    const p = document.createElement("div"); p.className = "prop";
    const b = document.createElement("b"); b.append(text(k + ": "));
    p.append(b, text(Array.isArray(v) ? v.join("、") : v));
    return p;
  }
  function showNode(i) {
    const box = el("details");
    box.replaceChildren(heading(typeName(i)));
    const title = document.createElement("h1"); title.append(text(nodes.name[i])); box.append(title);
    const button = document.createElement("button");
    button.id = "focus-here"; button.append(text(`focus here (depth ${el("focus-depth").value})`));
    button.addEventListener("click", () => focusOn(i, Number(el("focus-depth").value)));
    box.append(button);
    Object.entries(nodes.props[i]).forEach(([k, v]) => box.append(prop(k, v)));
    box.append(heading("Neighbours"));
    const ul = document.createElement("ul");
    let shown = 0, all = 0;
    for (let k = start[i]; k < start[i + 1]; k++) {
      const e = adj[k];
      if (hiddenByDefault.has(edges.t[e]) && !shownEdges.has(edges.t[e])) continue;
      all++;
      if (shown >= 200) continue;
      shown++;
      const out = edges.s[e] === i, other = out ? edges.d[e] : edges.s[e];
      const li = document.createElement("li");
      li.className = "result neighbour"; li.dataset.id = nodes.id[other]; li.dataset.edge = "e" + e;
      li.append(text(`${out ? "→" : "←"} ${edgeType(e)} ${nodes.name[other]}`));
      li.addEventListener("click", () => select(other, true));
      const ev = document.createElement("a");
      ev.className = "evidence-link"; ev.href = "#"; ev.append(text(" [evidence]"));
      ev.addEventListener("click", (event) => { event.preventDefault(); event.stopPropagation(); showEdge(e); });
      li.append(ev);
      ul.append(li);
    }
    box.append(ul);
    if (all > shown) { const p = document.createElement("p"); p.className = "more"; p.append(text(`… ${all - shown} more`)); box.append(p); }
  }
  function showEdge(e) {
    const box = el("details");
    box.replaceChildren(heading(edgeType(e)));
    const title = document.createElement("h1");
    title.append(text(`${nodes.name[edges.s[e]]} → ${nodes.name[edges.d[e]]}`));
    const reports = edges.rep[e].map((r) => data.reports[r]);
    box.append(title, prop("reports", reports.length < edges.repn[e]
      ? [...reports, `… ${edges.repn[e]} reports in all`] : reports), heading("Evidence"));
    edges.ev[e].forEach(([s, r, from, to]) => {
      const div = document.createElement("div"); div.className = "evidence";
      const rep = document.createElement("div"); rep.className = "report";
      rep.append(text(`${data.reports[r]} [${from}–${to}]`));
      div.append(text(data.sentences[s]), rep);
      box.append(div);
    });
    if (edges.trace[e]) {
      const p = document.createElement("p"); p.className = "more";
      p.append(text(`${edges.ev[e].length} of ${edges.evn[e]} evidence items shown; all of them: `));
      const cmd = document.createElement("div"); cmd.className = "trace-cmd"; cmd.append(text(edges.trace[e]));
      box.append(p, cmd);
    }
  }
  renderer.on("clickNode", ({ node }) => select(nodeIndex.get(node), false));
  renderer.on("clickEdge", ({ edge }) => showEdge(Number(edge.slice(1))));

  // ---- trace mode --------------------------------------------------------------------
  const CITES = data.edgeTypes.indexOf("CITES"), PART_OF = data.edgeTypes.indexOf("PART_OF");
  el("trace-input").addEventListener("input", () => {
    const kind = el("trace-kind").value === "region" ? "Region" : "Regulation";
    const q = el("trace-input").value.trim();
    el("trace-options").replaceChildren(...(q ? find(q, kind).slice(0, 50) : [])
      .map((i) => new Option(nodes.props[i].path || nodes.name[i])));
  });
  function below(region) {            // the region and every region PART_OF it, at any depth
    const out = new Set([region]), todo = [region];
    while (todo.length) {
      const r = todo.pop();
      for (let k = start[r]; k < start[r + 1]; k++) {
        const e = adj[k], child = edges.s[e];
        if (edges.t[e] === PART_OF && edges.d[e] === r && typeName(child) === "Region" && !out.has(child)) {
          out.add(child); todo.push(child);
        }
      }
    }
    return out;
  }
  function trace() {
    const q = el("trace-input").value.trim(), kind = el("trace-kind").value;
    const results = el("trace-results");
    results.replaceChildren();
    const type = kind === "region" ? "Region" : "Regulation";
    let from = -1;
    for (let i = 0; i < N && from < 0; i++) {
      if (typeName(i) === type && (nodes.props[i].path === q || nodes.name[i] === q
        || (nodes.props[i].aliases || []).includes(q))) from = i;
    }
    if (from < 0) { results.append(text("not found")); return; }
    const keep = new Set([from]), found = new Map();
    const sources = kind === "region" && el("trace-sub").checked ? below(from) : new Set([from]);
    for (const i of sources) {
      for (let k = start[i]; k < start[i + 1]; k++) {
        const e = adj[k];
        if (edges.t[e] !== CITES) continue;
        if (kind === "region" && edges.s[e] === i) { keep.add(i); keep.add(edges.d[e]); found.set(edges.d[e], e); }
        if (kind === "regulation" && edges.d[e] === i) { keep.add(edges.s[e]); found.set(edges.s[e], e); }
      }
    }
    traced = keep; focus = null;
    shownEdges.add(CITES); addEdges(CITES);
    refresh();
    [...found.keys()].sort((a, b) => (nodes.props[a].path || nodes.name[a]).localeCompare(nodes.props[b].path || nodes.name[b], "zh"))
      .forEach((i) => {
        const li = document.createElement("li");
        li.className = "result trace-result"; li.dataset.id = nodes.id[i];
        li.append(text(nodes.props[i].path || nodes.name[i]));
        li.addEventListener("click", () => showEdge(found.get(i)));
        results.append(li);
      });
    fit(keep);
  }
  el("trace-go").addEventListener("click", trace);
  el("trace-clear").addEventListener("click", () => {
    traced = null; el("trace-results").replaceChildren(); refresh(); fit(null);
  });

  if (data.center >= 0) select(data.center, false);    // a page of one node's neighbourhood
  // sigma draws the first frame as it is made; the next animation frame has it on screen
  let drawn = false;
  requestAnimationFrame(() => {
    drawn = true;
    window.kgView.firstRenderMs = performance.now();
    document.body.dataset.ready = "true";
  });
  window.kgView = {
    renderer, graph, data, nodeIndex,
    select: (id) => select(nodeIndex.get(id), true),
    focus: (id, depth) => focusOn(nodeIndex.get(id), depth || 2),
    focusSet: () => (focus ? [...focus.set].map((i) => nodes.id[i]) : null),
    shownNodes: () => nodes.id.filter((_, i) => visible[i]),
    faded: (id) => Boolean(focus && !focus.set.has(nodeIndex.get(id))),
    edgeKey: (from, to, type) => {
      const s = nodeIndex.get(from), d = nodeIndex.get(to);
      for (let k = start[s]; k < start[s + 1]; k++) {
        const e = adj[k];
        if (edges.s[e] === s && edges.d[e] === d && edgeType(e) === type) return "e" + e;
      }
      return null;
    },
    isDrawn: () => drawn,
  };
})().catch((err) => {
  document.body.dataset.error = String(err);
  console.error(err);
});
