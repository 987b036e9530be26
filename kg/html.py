"""The interactive HTML view of a graph: one self-contained file that works offline.

The page is ``viz/template.html`` with vis-network (from the pyvis package), the
page's own script and style inlined, and the graph passed as JSON in a
``<script type="application/json">`` block. Article text never becomes markup:
the JSON is escaped for HTML and the page renders it with ``textContent``.

Positions are computed here (networkx) and physics is off in the page, so big
graphs open at once: in each connected component the ``LAYOUT_CORE``
best-connected entities get a spring layout, the others sit on sunflower discs
around the neighbour that reached them; the components are packed in rows.
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict, deque
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup

from .graph import KnowledgeGraph
from .schema import ENTITY_TYPES, RELATIONS

VIZ_DIR = Path(__file__).resolve().parent.parent / "viz"
if not (VIZ_DIR / "template.html").exists():  # installed as a wheel: the assets sit inside the package
    VIZ_DIR = Path(__file__).resolve().parent / "viz"
# vis-network as pyvis ships it (lib/vis-<version>/), the newest there
VIS_DIR = max((Path(pyvis.__file__).resolve().parent / "lib").glob("vis-*/vis-network.min.js"),
              key=lambda js: tuple(int(part) for part in js.parent.name[4:].split("."))).parent

LAYOUT_SEED = 7
LAYOUT_CORE = 400  # networkx lays out fewer than 500 nodes with its fast dense method
EDGE = 150.0  # pixels: the median length of a link in a spring layout
LEAF = 45.0  # pixels from an entity to its first satellite
MARGIN = 60.0  # pixels around each component
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
TOP_ENTITIES = 10


def select_view(kg: KnowledgeGraph, max_nodes: int | None = None, focus: str | None = None,
                depth: int = 2) -> nx.MultiDiGraph:
    """The part of the graph to show: ``focus``'s neighbourhood within ``depth`` steps (either
    direction), then the ``max_nodes`` entities of highest degree (the focus always kept).

    Raises KeyError when no entity has the name or alias ``focus``.
    """
    g, centre = kg.graph, None
    if focus is not None:
        centre = kg.find(focus)
        if centre is None:
            raise KeyError(f"no entity named {focus!r}")
        g = g.subgraph(nx.ego_graph(g.to_undirected(as_view=True), centre, radius=depth).nodes)
    if max_nodes is not None and len(g) > max_nodes:
        ranked = sorted(g, key=lambda n: (n != centre, -g.degree(n), g.nodes[n]["name"], n))
        g = g.subgraph(ranked[:max_nodes])
    return g


def layout(g: nx.Graph, seed: int = LAYOUT_SEED, core: int = LAYOUT_CORE) -> dict[str, tuple[float, float]]:
    """Pixel positions: each connected component laid out on its own (``component_layout``),
    the components packed in rows, largest first, into a roughly square area."""
    u = nx.Graph(g)
    parts = [component_layout(u.subgraph(c), seed, core)
             for c in sorted(nx.connected_components(u), key=lambda c: (-len(c), min(map(str, c))))]
    boxes = [(min(x for x, _ in p.values()), min(y for _, y in p.values()),
              max(x for x, _ in p.values()), max(y for _, y in p.values())) for p in parts]
    sizes = [(x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN) for x0, y0, x1, y1 in boxes]
    width = max([w for w, _ in sizes] + [math.sqrt(sum(w * h for w, h in sizes)) * 1.2])
    pos, x, y, row = {}, 0.0, 0.0, 0.0
    for part, (x0, y0, _, _), (w, h) in zip(parts, boxes, sizes):
        if x and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        pos.update({n: (px - x0 + x + MARGIN, py - y0 + y + MARGIN) for n, (px, py) in part.items()})
        x, row = x + w, max(row, h)
    return pos


def component_layout(c: nx.Graph, seed: int = LAYOUT_SEED, core: int = LAYOUT_CORE) -> dict[str, tuple[float, float]]:
    """Pixel positions in one connected component: a spring layout of its ``core`` entities of
    highest degree, scaled so that links are about ``EDGE`` long; every other entity on a
    sunflower disc around the neighbour it was first reached from (breadth first)."""
    if len(c) == 1:
        return {next(iter(c)): (0.0, 0.0)}
    hubs = sorted(c, key=lambda n: (-c.degree(n), str(n)))[:core]
    spring = nx.spring_layout(c.subgraph(hubs), seed=seed)
    lengths = sorted(math.dist(spring[a], spring[b]) for a, b in c.subgraph(hubs).edges())
    factor = EDGE / max(lengths[len(lengths) // 2], 1e-6) if lengths else EDGE
    pos = {n: (float(x) * factor, float(y) * factor) for n, (x, y) in spring.items()}
    satellites: Counter[str] = Counter()
    queue = deque(hubs)
    while queue:
        node = queue.popleft()
        for nb in c[node]:
            if nb not in pos:
                pos[nb] = _sunflower(pos[node], LEAF, satellites[node])
                satellites[node] += 1
                queue.append(nb)
    return pos


def _sunflower(centre: tuple[float, float], step: float, k: int) -> tuple[float, float]:
    """The ``k``-th point of a sunflower (phyllotaxis) spiral around ``centre``."""
    r, a = step * math.sqrt(k + 1), k * GOLDEN_ANGLE
    return centre[0] + r * math.cos(a), centre[1] + r * math.sin(a)


def _edges(g: nx.MultiDiGraph) -> list[dict]:
    """One drawn edge per (head, relation, tail), symmetric relations in either order,
    with its facts sorted by date; ``bend`` separates edges between the same two entities."""
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, key, d in g.edges(keys=True, data=True):
        if RELATIONS[d["relation"]].symmetric and str(v) < str(u):
            u, v = v, u
        groups[(u, d["relation"], v)].append({"id": key, "date": d.get("date"), "evidence": d.get("evidence"),
                                              "article": d.get("article"), "confidence": d.get("confidence")})
    pairs: Counter[frozenset] = Counter()
    edges = []
    for i, ((u, rel, v), facts) in enumerate(sorted(groups.items(), key=lambda kv: tuple(map(str, kv[0])))):
        pair = frozenset((u, v))
        edges.append({"id": f"e{i}", "from": u, "to": v, "relation": rel, "bend": round(0.25 * pairs[pair], 2),
                      "facts": sorted(facts, key=lambda f: (f["date"] or "", f["article"] or ""))})
        pairs[pair] += 1
    return edges


def _summary(g: nx.MultiDiGraph, articles: dict) -> dict:
    """Counts per type and relation, the most connected entities and the date span."""
    dates = [d for *_, d in g.edges(data="date") if d]
    full = sorted(d for d in dates if not d.startswith("--"))
    yearless = sorted(d for d in dates if d.startswith("--"))
    top = sorted(g, key=lambda n: (-g.degree(n), g.nodes[n]["name"], n))[:TOP_ENTITIES]
    return {
        "entities": g.number_of_nodes(), "facts": g.number_of_edges(), "articles": len(articles),
        "types": dict(Counter(t for _, t in g.nodes(data="type"))),
        "relations": dict(Counter(r for *_, r in g.edges(data="relation"))),
        "top": [{"id": n, "degree": g.degree(n)} for n in top],
        "first": full[0] if full else None, "last": full[-1] if full else None,
        "md_first": yearless[0] if yearless else None, "md_last": yearless[-1] if yearless else None,
        "dated": len(dates), "without_year": len(yearless),
    }


def page_data(kg: KnowledgeGraph, max_nodes: int | None = None, focus: str | None = None,
              depth: int = 2) -> dict:
    """Everything the page shows, as JSON-ready data."""
    g = select_view(kg, max_nodes=max_nodes, focus=focus, depth=depth)
    pos = layout(g)
    nodes = [{"id": n, "label": d["name"], "type": d["type"], "aliases": d.get("aliases") or [],
              "wikidata": d.get("wikidata"), "articles": len(d.get("articles") or []), "degree": g.degree(n),
              "x": round(pos[n][0], 1), "y": round(pos[n][1], 1)}
             for n, d in sorted(g.nodes(data=True), key=lambda nd: str(nd[0]))]
    shown = {a for *_, a in g.edges(data="article")} | {a for _, d in g.nodes(data=True) for a in d["articles"]}
    articles = {a: meta for a, meta in kg.graph.graph["articles"].items() if a in shown}
    return {
        "schema": {
            "types": {c: {"label_zh": t.label_zh, "label_en": t.label_en, "colour": t.colour, "shape": t.shape}
                      for c, t in ENTITY_TYPES.items()},
            "relations": {c: {"label_zh": r.label_zh, "label_en": r.label_en, "colour": r.colour,
                              "symmetric": r.symmetric} for c, r in RELATIONS.items()},
        },
        "view": {"focus": kg.find(focus) if focus is not None else None, "depth": depth, "max_nodes": max_nodes,
                 "total_entities": kg.graph.number_of_nodes(), "total_facts": kg.graph.number_of_edges()},
        "nodes": nodes, "edges": _edges(g), "articles": articles, "summary": _summary(g, articles),
    }


def script_json(data) -> str:
    """JSON that is inert inside ``<script type="application/json">``: no ``<``, ``>``, ``&``
    or line separators as themselves (they only occur inside strings, so escaping keeps the value)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def render_html(kg: KnowledgeGraph, max_nodes: int | None = None, focus: str | None = None,
                depth: int = 2) -> str:
    """The page as a string (see ``write_html``)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(VIZ_DIR), autoescape=True)
    data = page_data(kg, max_nodes=max_nodes, focus=focus, depth=depth)
    title = "newskg"
    if data["view"]["focus"] is not None:
        title += f" · {kg.graph.nodes[data['view']['focus']]['name']}"
    return env.get_template("template.html").render(
        title=title,
        vis_css=_asset(VIS_DIR / "vis-network.css"), vis_js=_asset(VIS_DIR / "vis-network.min.js"),
        app_css=_asset(VIZ_DIR / "graph.css"), app_js=_asset(VIZ_DIR / "graph.js"),
        data=Markup(script_json(data)),
    )


def _asset(path: Path) -> Markup:
    """A script or style sheet to inline; it must not be able to close its own element."""
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"{path} cannot be inlined: it contains a closing tag")
    return Markup(text)


def write_html(kg: KnowledgeGraph, path: str | Path, max_nodes: int | None = None, focus: str | None = None,
               depth: int = 2) -> Path:
    """Write the interactive page for ``kg`` to ``path`` (UTF-8): all of it with ``focus=None``,
    else the entity named ``focus`` (any alias) and its neighbourhood within ``depth`` steps;
    at most ``max_nodes`` entities, those of highest degree."""
    path = Path(path)
    path.write_text(render_html(kg, max_nodes=max_nodes, focus=focus, depth=depth), encoding="utf-8")
    return path
