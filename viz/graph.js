// The newskg graph page. All graph text is data: it is set with textContent (or drawn on the
// canvas), never parsed as HTML; links are made only for http(s) URLs.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const TYPES = data.schema.types;
  const RELS = data.schema.relations;
  const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  const BIG = data.nodes.length > 500; // big graphs: no label wrapping, no animations, labels only when zoomed in
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const edgesOf = new Map(data.nodes.map((n) => [n.id, []]));
  data.edges.forEach((e) => { edgesOf.get(e.from).push(e); if (e.to !== e.from) edgesOf.get(e.to).push(e); });

  // --- small DOM helpers -------------------------------------------------------------

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([k, v]) => {
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    });
    children.forEach((c) => { if (c !== null && c !== undefined) node.append(c); });
    return node;
  }

  function httpUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (err) {
      return null;
    }
  }

  function link(url, text) {
    const href = httpUrl(url);
    if (!href) return el("span", { text: text });
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer", text: text });
  }

  const SVG = "http://www.w3.org/2000/svg";
  function swatch(shape, colour) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "14"); svg.setAttribute("height", "14"); svg.setAttribute("viewBox", "0 0 14 14");
    svg.setAttribute("class", "swatch");
    const star = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 2.8 : 6.5, a = -Math.PI / 2 + i * Math.PI / 5;
      star.push((7 + r * Math.cos(a)).toFixed(1) + "," + (7 + r * Math.sin(a)).toFixed(1));
    }
    const forms = {
      dot: ["circle", { cx: 7, cy: 7, r: 6 }],
      diamond: ["polygon", { points: "7,0.5 13.5,7 7,13.5 0.5,7" }],
      triangle: ["polygon", { points: "7,1 13.5,13 0.5,13" }],
      square: ["rect", { x: 1, y: 1, width: 12, height: 12 }],
      box: ["rect", { x: 0.5, y: 3, width: 13, height: 8, rx: 2 }],
      ellipse: ["ellipse", { cx: 7, cy: 7, rx: 6.5, ry: 4.5 }],
      star: ["polygon", { points: star.join(" ") }],
      hexagon: ["polygon", { points: "3.5,1 10.5,1 13.5,7 10.5,13 3.5,13 0.5,7" }],
    };
    const [tag, attrs] = forms[shape] || forms.dot;
    const shapeEl = document.createElementNS(SVG, tag);
    Object.entries(attrs).forEach(([k, v]) => shapeEl.setAttribute(k, v));
    shapeEl.setAttribute("fill", colour);
    svg.append(shapeEl);
    return svg;
  }

  function typeLabel(code) {
    const t = TYPES[code] || { label_zh: code, label_en: "", colour: "#999", shape: "dot" };
    return el("span", { class: "type" }, swatch(t.shape, t.colour), el("span", { text: t.label_zh }),
      el("span", { class: "en", text: t.label_en }));
  }

  function entityButton(id) {
    const n = byId.get(id);
    return el("button", { class: "entity", type: "button", text: n ? n.label : id, onclick: () => select(id) });
  }

  // --- the network ---------------------------------------------------------------------

  function edgeLabel(e, mode) {
    const r = RELS[e.relation];
    return { zh: r.label_zh, en: r.label_en, both: r.label_zh + " " + r.label_en, none: "" }[mode];
  }

  const LABELS = BIG ? "none" : "zh"; // thousands of edge labels make every frame slow: off until asked for
  document.getElementById("edge-labels").value = LABELS;

  // one vis group per entity type carries its shape and colour, so nodes stay small
  const groups = {};
  Object.entries(TYPES).forEach(([code, t]) => {
    groups[code] = { shape: t.shape, color: { background: t.colour, border: t.colour,
      highlight: { background: t.colour, border: "#222" }, hover: { background: t.colour, border: "#222" } } };
  });
  const nodes = new vis.DataSet(data.nodes.map((n) => ({
    id: n.id, label: n.label, group: n.type, value: n.degree + 1, x: n.x, y: n.y,
  })));
  const edges = new vis.DataSet(data.edges.map((e) => {
    const c = RELS[e.relation].colour;
    const edge = { id: e.id, from: e.from, to: e.to, width: Math.min(1 + (e.facts.length - 1) / 2, 6),
                   color: { color: c, highlight: c, hover: c } };
    if (LABELS !== "none") edge.label = edgeLabel(e, LABELS); // an edge without a label costs less to set up
    if (RELS[e.relation].symmetric) edge.arrows = { to: { enabled: false } };
    if (e.bend) edge.smooth = { enabled: true, type: "curvedCW", roundness: e.bend };
    return edge;
  }));

  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, tooltipDelay: 3600000 },
    groups: groups,
    nodes: {
      font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { min: 8, max: 36, label: { enabled: true, min: 14, max: 28, drawThreshold: BIG ? 8 : 4, maxVisible: 30 } },
      widthConstraint: BIG ? false : { maximum: 180 },
      borderWidth: 1,
    },
    edges: {
      font: { face: FONT, size: 10, strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      color: { opacity: 0.85 },
      smooth: false,
      selectionWidth: 2,
    },
  });

  // --- details panel -------------------------------------------------------------------

  const details = document.getElementById("details");
  let pinned = null; // {kind: "node"|"edge", id}

  function factRows(edge, from) {
    const r = RELS[edge.relation];
    const other = edge.from === from ? edge.to : edge.from;
    const arrow = r.symmetric ? "↔" : (edge.from === from ? "→" : "←");
    return edge.facts.map((f) => {
      const art = data.articles[f.article] || {};
      const head = from === undefined
        ? el("div", { class: "head" }, entityButton(edge.from), el("span", { class: "rel", text: r.label_zh }),
          el("span", { class: "en", text: r.label_en }), el("span", { text: r.symmetric ? "↔" : "→" }),
          entityButton(edge.to))
        : el("div", { class: "head" }, el("span", { text: arrow }), el("span", { class: "rel", text: r.label_zh }),
          el("span", { class: "en muted", text: r.label_en }), entityButton(other));
      return el("div", { class: "fact", "data-relation": edge.relation },
        head,
        el("div", { class: "date", text: "日期 Date: " + (f.date || "—") }),
        f.evidence ? el("blockquote", { class: "evidence", text: f.evidence }) : null,
        el("div", { class: "source" }, el("span", { class: "muted", text: "来源 Source: " }),
          link(art.url, art.title || art.url || f.article || "—"),
          art.published ? el("span", { class: "muted", text: " (" + art.published + ")" }) : null));
    });
  }

  function showNode(id) {
    const n = byId.get(id);
    const q = typeof n.wikidata === "string" && /^Q[0-9]+$/.test(n.wikidata) ? n.wikidata : null;
    const own = edgesOf.get(id).slice().sort((a, b) => ((a.facts[0].date || "") < (b.facts[0].date || "") ? -1 : 1));
    const facts = own.flatMap((e) => factRows(e, id));
    details.replaceChildren(
      el("h2", { class: "name", text: n.label }),
      typeLabel(n.type),
      hiddenNow.nodes.get(id) ? el("p", { class: "muted", text: "筛选中已隐藏 Hidden by the filters" }) : null,
      el("dl", {},
        el("dt", { text: "别名 Aliases" }), el("dd", { class: "aliases", text: n.aliases.length ? n.aliases.join("、") : "—" }),
        el("dt", { text: "Wikidata" }),
        el("dd", {}, q ? link("https://www.wikidata.org/wiki/" + q, q) : el("span", { class: "muted", text: "—" })),
        el("dt", { text: "文章 Articles" }), el("dd", { text: String(n.articles) }),
        el("dt", { text: "ID" }), el("dd", { class: "muted", text: n.id })),
      el("h3", { text: "事实 Facts (" + facts.length + ")" }),
      ...facts);
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    const r = RELS[e.relation];
    details.replaceChildren(
      el("h2", { class: "name", text: byId.get(e.from).label + " " + r.label_zh + " " + byId.get(e.to).label }),
      el("div", { class: "muted", text: r.label_en + (r.symmetric ? " (symmetric)" : "") }),
      el("h3", { text: "事实 Facts (" + e.facts.length + ")" }),
      ...factRows(e));
  }

  function clearDetails() {
    details.replaceChildren(el("p", { class: "hint", text: "点击或悬停实体、关系查看详情。Click or hover an entity or a link for details." }));
  }

  // --- neighbourhood highlight ---------------------------------------------------------

  // Drawn over the finished frame: a veil over everything, then the entity (or link) and its
  // neighbourhood drawn again on top. Uses vis-network's own node and edge objects (network.body),
  // so highlighting costs one redraw and no data updates however big the graph is.
  let spotlight = null; // {nodes: [ids], edges: [ids]}
  network.on("afterDrawing", (ctx) => {
    if (!spotlight) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255, 255, 255, 0.78)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    const body = network.body;
    const shown = (item) => item && !item.options.hidden;
    spotlight.edges.map((id) => body.edges[id]).filter(shown).forEach((e) => { e.draw(ctx); e.drawArrows(ctx); });
    const labels = [];
    spotlight.nodes.map((id) => body.nodes[id]).filter(shown).forEach((n) => {
      const drawn = n.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach((draw) => draw());
  });

  function highlight(nodeIds, edgeIds) {
    spotlight = nodeIds ? { nodes: nodeIds, edges: edgeIds } : null;
    network.redraw();
  }

  function highlightEntity(id) {
    highlight([id].concat(network.getConnectedNodes(id)), network.getConnectedEdges(id));
  }

  function select(id) {
    pinned = { kind: "node", id: id };
    network.selectNodes([id]);
    highlightEntity(id);
    showNode(id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0),
                        animation: BIG ? false : { duration: 300, easingFunction: "easeInOutQuad" } });
  }

  function unpin() {
    pinned = null;
    if (spotlight) highlight(null);
    clearDetails();
  }

  network.on("click", (p) => {
    if (p.nodes.length) {
      pinned = { kind: "node", id: p.nodes[0] };
      highlightEntity(p.nodes[0]);
      showNode(p.nodes[0]);
    } else if (p.edges.length) {
      pinned = { kind: "edge", id: p.edges[0] };
      const e = edgeById.get(p.edges[0]);
      highlight([e.from, e.to], [e.id]);
      showEdge(p.edges[0]);
    } else {
      unpin();
    }
  });
  network.on("hoverNode", (p) => { if (!pinned) showNode(p.node); });
  network.on("hoverEdge", (p) => { if (!pinned) showEdge(p.edge); });
  network.on("blurNode", () => { if (!pinned) clearDetails(); });
  network.on("blurEdge", () => { if (!pinned) clearDetails(); });

  // --- search --------------------------------------------------------------------------

  function norm(s) {
    return String(s || "").normalize("NFKC").replace(/[《》〈〉“”‘’"'「」『』\s]/g, "").toLowerCase();
  }
  const names = []; // [normalised surface, id, surface, is the name]
  data.nodes.forEach((n) => {
    names.push([norm(n.label), n.id, n.label, true]);
    n.aliases.forEach((a) => names.push([norm(a), n.id, a, false]));
  });

  const searchBox = document.getElementById("search");
  const results = document.getElementById("search-results");

  function search(text) {
    const q = norm(text);
    if (!q) return [];
    const hits = new Map(); // id -> [rank, surface]
    names.forEach(([key, id, surface, isName]) => {
      const rank = key === q ? (isName ? 0 : 1) : key.startsWith(q) ? 2 : key.includes(q) ? 3 : -1;
      if (rank >= 0 && (!hits.has(id) || hits.get(id)[0] > rank)) hits.set(id, [rank, surface]);
    });
    return [...hits.entries()]
      .sort((a, b) => a[1][0] - b[1][0] || byId.get(b[0]).degree - byId.get(a[0]).degree)
      .slice(0, 20).map(([id, [, surface]]) => ({ id: id, surface: surface }));
  }

  function showResults() {
    const found = search(searchBox.value);
    results.replaceChildren(...found.map((h, i) => {
      const n = byId.get(h.id);
      return el("li", { role: "option", class: i === 0 ? "active" : "", "data-id": h.id,
                        onmousedown: (ev) => { ev.preventDefault(); choose(h.id); } },
        el("span", { text: n.label }),
        h.surface !== n.label ? el("span", { class: "alias", text: " (" + h.surface + ")" }) : null,
        el("span", { class: "alias", text: " · " + ((TYPES[n.type] || {}).label_zh || n.type) }));
    }));
    return found;
  }

  function choose(id) {
    results.replaceChildren();
    searchBox.blur();
    select(id);
  }

  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", (ev) => {
    const items = [...results.children];
    const at = items.findIndex((li) => li.classList.contains("active"));
    if (ev.key === "Enter") {
      if (items.length) choose(items[Math.max(at, 0)].dataset.id);
      else if (showResults().length) choose(results.firstChild.dataset.id);
    } else if ((ev.key === "ArrowDown" || ev.key === "ArrowUp") && items.length) {
      ev.preventDefault();
      const next = (at + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => li.classList.toggle("active", i === next));
      items[next].scrollIntoView({ block: "nearest" });
    } else if (ev.key === "Escape") {
      results.replaceChildren();
    }
  });
  searchBox.addEventListener("blur", () => results.replaceChildren());

  // --- filters -------------------------------------------------------------------------

  const typesOn = new Set(Object.keys(TYPES));
  const relsOn = new Set(Object.keys(RELS));
  const present = { types: data.summary.types, relations: data.summary.relations };

  function filterRow(container, code, labelZh, labelEn, mark, set) {
    const box = el("input", { type: "checkbox", "data-code": code });
    box.checked = true;
    box.addEventListener("change", () => { if (box.checked) set.add(code); else set.delete(code); applyFilters(); });
    container.append(el("label", {}, box, mark, el("span", { text: labelZh }), el("span", { class: "en", text: labelEn })));
  }
  const typeFilters = document.getElementById("type-filters");
  Object.entries(TYPES).forEach(([code, t]) => {
    if (present.types[code]) filterRow(typeFilters, code, t.label_zh, t.label_en, swatch(t.shape, t.colour), typesOn);
  });
  const relFilters = document.getElementById("relation-filters");
  Object.entries(RELS).forEach(([code, r]) => {
    if (present.relations[code]) {
      const line = el("span", { class: "line" });
      line.style.background = r.colour;
      filterRow(relFilters, code, r.label_zh + (r.symmetric ? " ↔" : " →"), r.label_en, line, relsOn);
    }
  });

  // dates: YYYY-MM-DD, or --MM-DD when the year is unknown; bounds may be YYYY or YYYY-MM too
  function parseDate(text, end) {
    const m = /^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(text || "").trim());
    if (!m || (!m[1] && !m[2])) return null;
    return { y: m[1] || null, md: (m[2] || (end ? "12" : "01")) + "-" + (m[3] || (end ? "31" : "01")) };
  }
  function cmpDate(a, b) {
    if (a.y && b.y && a.y !== b.y) return a.y < b.y ? -1 : 1;
    return a.md < b.md ? -1 : a.md > b.md ? 1 : 0;
  }
  const dateFrom = document.getElementById("date-from");
  const dateTo = document.getElementById("date-to");
  const undated = document.getElementById("date-undated");

  function bound(input, end) {
    const text = input.value.trim();
    const d = text ? parseDate(text, end) : null;
    input.classList.toggle("invalid", !!text && !d);
    return d;
  }

  const status = document.getElementById("status");
  const visible = { nodes: data.nodes.length, edges: data.edges.length };
  const hiddenNow = { nodes: new Map(data.nodes.map((n) => [n.id, false])), edges: new Map(data.edges.map((e) => [e.id, false])) };

  function applyFilters() {
    const from = bound(dateFrom, false), to = bound(dateTo, true);
    const byDate = !!(from || to || !undated.checked);
    const factOk = (f) => {
      const d = parseDate(f.date, false);
      if (!d || !/^(\d{4}|-)-\d{2}-\d{2}$/.test(f.date)) return undated.checked;
      return (!from || cmpDate(d, from) >= 0) && (!to || cmpDate(d, to) <= 0);
    };
    const edgeOn = new Map(data.edges.map((e) => [e.id,
      relsOn.has(e.relation) && typesOn.has(byId.get(e.from).type) && typesOn.has(byId.get(e.to).type)
      && (!byDate || e.facts.some(factOk))]));
    const pruning = byDate || relsOn.size < Object.keys(RELS).length;
    const nodeOn = (n) => typesOn.has(n.type) && (!pruning || !n.degree || edgesOf.get(n.id).some((e) => edgeOn.get(e.id)));
    const nodeHidden = new Map(data.nodes.map((n) => [n.id, !nodeOn(n)]));
    // only what changes is updated: vis-network re-reads the options of every item it is given
    nodes.update(data.nodes.filter((n) => nodeHidden.get(n.id) !== hiddenNow.nodes.get(n.id))
      .map((n) => ({ id: n.id, hidden: nodeHidden.get(n.id) })));
    edges.update(data.edges.filter((e) => !edgeOn.get(e.id) !== hiddenNow.edges.get(e.id))
      .map((e) => ({ id: e.id, hidden: !edgeOn.get(e.id) })));
    hiddenNow.nodes = nodeHidden;
    hiddenNow.edges = new Map([...edgeOn].map(([id, on]) => [id, !on]));
    visible.nodes = [...nodeHidden.values()].filter((h) => !h).length;
    visible.edges = [...edgeOn.values()].filter(Boolean).length;
    showStatus();
  }

  function showStatus() {
    const v = data.view;
    let text = "实体 " + visible.nodes + "/" + data.nodes.length + " · 连线 " + visible.edges + "/" + data.edges.length;
    if (data.nodes.length < v.total_entities) text += " （全图 " + v.total_entities + " 个实体）";
    status.textContent = text;
    status.dataset.nodes = visible.nodes;
    status.dataset.edges = visible.edges;
  }

  [dateFrom, dateTo].forEach((i) => i.addEventListener("input", applyFilters));
  undated.addEventListener("change", applyFilters);
  document.getElementById("reset").addEventListener("click", () => {
    document.querySelectorAll(".legend input[type=checkbox]").forEach((b) => { b.checked = true; });
    Object.keys(TYPES).forEach((c) => typesOn.add(c));
    Object.keys(RELS).forEach((c) => relsOn.add(c));
    dateFrom.value = ""; dateTo.value = ""; undated.checked = true;
    applyFilters();
  });

  document.getElementById("edge-labels").addEventListener("change", (ev) => {
    edges.update(data.edges.map((e) => ({ id: e.id, label: edgeLabel(e, ev.target.value) })));
  });

  // --- summary -------------------------------------------------------------------------

  function countTable(counts, label) {
    return el("table", { class: "counts" }, ...Object.entries(counts).sort((a, b) => b[1] - a[1])
      .map(([code, n]) => el("tr", {}, el("td", {}, label(code)), el("td", { text: String(n) }))));
  }
  (function summary() {
    const s = data.summary, v = data.view;
    const box = document.getElementById("summary");
    const spans = [s.first ? s.first + " – " + s.last : null,
      s.md_first ? s.md_first + " – " + s.md_last + "（年份不详 year unknown）" : null].filter(Boolean);
    box.append(...[
      el("div", { text: "实体 Entities " + s.entities + " · 事实 Facts " + s.facts + " · 文章 Articles " + s.articles }),
      v.focus ? el("div", { class: "muted", text: "焦点 Focus: " + byId.get(v.focus).label + "（" + v.depth + " 步 steps）" }) : null,
      s.entities < v.total_entities
        ? el("div", { class: "muted", text: "显示 " + s.entities + " / " + v.total_entities + " 个实体 entities" }) : null,
      el("div", { class: "span", text: "日期范围 Date span: " + (spans.join("；") || "—") }),
      s.without_year ? el("div", { class: "muted", text: s.without_year + " 条事实无年份 facts without a year" }) : null,
      el("h3", { text: "连接最多 Most connected" }),
      el("ol", { class: "top" }, ...s.top.map((t) => el("li", {}, entityButton(t.id),
        el("span", { class: "muted", text: " " + t.degree })))),
      el("h3", { text: "按类型 By type" }),
      countTable(s.types, (c) => typeLabel(c)),
      el("h3", { text: "按关系 By relation" }),
      countTable(s.relations, (c) => el("span", { text: RELS[c].label_zh + " " }, el("span", { class: "en", text: RELS[c].label_en })))].filter(Boolean));
  })();

  // --- ready ---------------------------------------------------------------------------

  showStatus();
  window.kgView = { network: network, nodes: nodes, edges: edges, data: data, select: select, search: search, visible: visible };
  network.once("afterDrawing", () => {
    window.kgReady = true;
    document.body.dataset.ready = "true";
  });
  network.fit({ animation: false });
  if (data.view.focus) select(data.view.focus);
})();
