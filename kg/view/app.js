// kg's graph page: legend, search, type and year filters, details, trace mode.
// Data comes inline (#kg-data); positions are precomputed, so physics stays off.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const el = (id) => document.getElementById(id);
  const text = (s) => document.createTextNode(s == null ? "" : String(s));

  const nodes = new vis.DataSet(data.nodes.map((n) => ({
    id: n.id, label: n.label, title: n.name, x: n.x, y: n.y, shape: n.shape, size: n.size,
    color: n.color, font: { size: 14, face: "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif" },
  })));
  const edges = new vis.DataSet(data.edges.map((e) => ({
    id: e.id, from: e.from, to: e.to, color: { color: e.color, opacity: 0.6 },
    arrows: { to: { enabled: true, scaleFactor: 0.4 } }, hidden: e.hidden, title: e.type,
  })));
  const network = new vis.Network(el("graph"), { nodes, edges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, hideEdgesOnDrag: data.nodes.length > 1000, tooltipDelay: 200 },
    edges: { smooth: false, width: 1, selectionWidth: 3 },
    nodes: { borderWidth: 1 },
  });

  // ---- filters: node types, edge types, years ---------------------------------------
  const shownTypes = new Set(Object.keys(data.styles));
  const shownEdges = new Set(Object.keys(data.edgeColours).filter((t) => !data.hiddenEdgeTypes.includes(t)));
  const years = data.nodes.flatMap((n) => [n.props.first_year, n.props.last_year, n.props.year])
    .filter((y) => Number.isInteger(y));
  const yearMin = years.length ? Math.min(...years) : null;
  const yearMax = years.length ? Math.max(...years) : null;
  let traced = null;   // Set of node ids kept visible by trace mode, or null

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
  Object.entries(data.styles).forEach(([type, [colour]]) => checkbox(el("legend"), type, colour, true,
    (on) => { on ? shownTypes.add(type) : shownTypes.delete(type); refresh(); }));
  Object.entries(data.edgeColours).forEach(([type, colour]) => checkbox(el("edge-types"), type, colour,
    shownEdges.has(type), (on) => { on ? shownEdges.add(type) : shownEdges.delete(type); refresh(); }));
  for (const sel of [el("year-from"), el("year-to")]) {
    if (yearMin === null) { sel.disabled = true; continue; }
    for (let y = yearMin; y <= yearMax; y++) sel.append(new Option(String(y), String(y)));
    sel.addEventListener("change", refresh);
  }
  if (yearMin !== null) { el("year-from").value = String(yearMin); el("year-to").value = String(yearMax); }

  function inYears(n) {
    if (yearMin === null) return true;
    const from = Number(el("year-from").value), to = Number(el("year-to").value);
    const first = n.props.first_year ?? n.props.year, last = n.props.last_year ?? n.props.year;
    if (!Number.isInteger(first)) return true;        // structure from the gazetteer: no year
    return last >= from && first <= to;
  }
  function nodeVisible(n) {
    return shownTypes.has(n.type) && inYears(n) && (!traced || traced.has(n.id));
  }
  function refresh() {
    const visible = new Set(data.nodes.filter(nodeVisible).map((n) => n.id));
    nodes.update(data.nodes.map((n) => ({ id: n.id, hidden: !visible.has(n.id) })));
    edges.update(data.edges.map((e) => ({
      id: e.id, hidden: !(shownEdges.has(e.type) && visible.has(e.from) && visible.has(e.to)),
    })));
    el("counts").textContent = `${visible.size} of ${data.nodes.length} nodes shown`;
  }

  // ---- search by name or alias ------------------------------------------------------
  function matches(n, q) {
    return n.name.includes(q) || (n.props.aliases || []).some((a) => a.includes(q))
      || (n.props.path || "").includes(q);
  }
  el("search").addEventListener("input", () => {
    const q = el("search").value.trim();
    const list = el("search-results");
    list.replaceChildren();
    if (!q) return;
    data.nodes.filter((n) => matches(n, q)).slice(0, 50).forEach((n) => {
      const li = document.createElement("li");
      li.className = "result"; li.dataset.id = n.id;
      li.append(text(`${n.name} (${n.type})`));
      li.addEventListener("click", () => focusNode(n.id));
      list.append(li);
    });
  });
  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    showNode(id);
  }

  // ---- details ---------------------------------------------------------------------
  function heading(s) { const h = document.createElement("h2"); h.append(text(s)); return h; }
  function prop(k, v) {
    const p = document.createElement("div"); p.className = "prop";
    const b = document.createElement("b"); b.append(text(k + ": "));
    p.append(b, text(Array.isArray(v) ? v.join("、") : v));
    return p;
  }
  function showNode(id) {
    const n = byId.get(id), box = el("details");
    box.replaceChildren(heading(n.type));
    const title = document.createElement("h1"); title.append(text(n.name)); box.append(title);
    Object.entries(n.props).filter(([k]) => k !== "name").forEach(([k, v]) => box.append(prop(k, v)));
    box.append(heading("Neighbours"));
    const ul = document.createElement("ul");
    data.edges.filter((e) => (e.from === id || e.to === id) && e.type !== "MENTIONS").forEach((e) => {
      const other = byId.get(e.from === id ? e.to : e.from);
      const li = document.createElement("li");
      li.className = "result neighbour"; li.dataset.id = other.id;
      li.append(text(`${e.from === id ? "→" : "←"} ${e.type} ${other.name}`));
      li.addEventListener("click", () => focusNode(other.id));
      ul.append(li);
    });
    box.append(ul);
  }
  function showEdge(id) {
    const e = edgeById.get(id), box = el("details");
    box.replaceChildren(heading(e.type));
    const title = document.createElement("h1");
    title.append(text(`${byId.get(e.from).name} → ${byId.get(e.to).name}`));
    box.append(title, prop("reports", e.reports), heading("Evidence"));
    if (!e.evidence.length) box.append(prop("source", e.reports.join("、")));
    e.evidence.forEach((ev) => {
      const div = document.createElement("div"); div.className = "evidence";
      const rep = document.createElement("div"); rep.className = "report";
      rep.append(text(`${ev.report} [${ev.start}–${ev.end}]`));
      div.append(text(ev.sentence), rep);
      box.append(div);
    });
  }
  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // ---- trace mode ------------------------------------------------------------------
  function fillTraceOptions() {
    const kind = el("trace-kind").value === "region" ? "Region" : "Regulation";
    const list = el("trace-options");
    list.replaceChildren(...data.nodes.filter((n) => n.type === kind)
      .map((n) => new Option(n.props.path || n.name)));
  }
  el("trace-kind").addEventListener("change", fillTraceOptions);
  fillTraceOptions();
  function below(regionId) {           // the region and everything PART_OF it
    const out = new Set([regionId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const e of data.edges) {
        if (e.type === "PART_OF" && out.has(e.to) && !out.has(e.from) && byId.get(e.from).type === "Region") {
          out.add(e.from); grew = true;
        }
      }
    }
    return out;
  }
  function trace() {
    const q = el("trace-input").value.trim();
    const kind = el("trace-kind").value;
    const results = el("trace-results");
    results.replaceChildren();
    const start = data.nodes.find((n) => n.type === (kind === "region" ? "Region" : "Regulation")
      && (n.props.path === q || n.name === q || (n.props.aliases || []).includes(q)));
    if (!start) { results.append(text("not found")); return; }
    const keep = new Set();
    const found = new Map();
    const sources = kind === "region" && el("trace-sub").checked ? below(start.id) : new Set([start.id]);
    for (const e of data.edges) {
      if (e.type !== "CITES") continue;
      if (kind === "region" && sources.has(e.from)) { keep.add(e.from); keep.add(e.to); found.set(e.to, e); }
      if (kind === "regulation" && e.to === start.id) { keep.add(e.from); keep.add(e.to); found.set(e.from, e); }
    }
    keep.add(start.id);
    traced = keep;
    refresh();
    [...found.keys()].map((id) => byId.get(id)).sort((a, b) => a.name.localeCompare(b.name, "zh"))
      .forEach((n) => {
        const li = document.createElement("li");
        li.className = "result trace-result"; li.dataset.id = n.id;
        li.append(text(n.props.path || n.name));
        li.addEventListener("click", () => showEdge(found.get(n.id).id));
        results.append(li);
      });
    network.fit({ nodes: [...keep], animation: false });
  }
  el("trace-go").addEventListener("click", trace);
  el("trace-clear").addEventListener("click", () => {
    traced = null; el("trace-results").replaceChildren(); refresh(); network.fit({ animation: false });
  });

  refresh();
  network.fit({ animation: false });
  let drawn = false;
  network.once("afterDrawing", () => {
    drawn = true;
    window.kgView.firstDrawMs = performance.now();
    document.body.dataset.ready = "true";
  });
  window.kgView = {
    network, nodes, edges, data,
    renderedNodeCount: () => network.body.nodeIndices.length,
    isDrawn: () => drawn,
  };
})();
