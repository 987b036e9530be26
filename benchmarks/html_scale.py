"""How fast graph.html becomes interactive on big graphs, in headless Debian chromium.

    python benchmarks/html_scale.py [--entities 1000,5000] [--runs 3]

For each size: a synthetic graph (preferential attachment, like news graphs: a
few hubs, many entities named once, some loose ones; Chinese names, dated facts
with evidence, ~5 facts an article) is written with ``kg.html.write_html``, then
opened from file:// with the network blocked. "Interactive" is the page's
``window.kgReady`` flag, set after vis-network drew the graph with every
handler attached. Prints a table: write time, file size, time to interactive
(median of the runs, wall clock from navigation start) and one search-and-focus.
Target: under 5 s for 5,000 entities.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.graph import KnowledgeGraph  # noqa: E402
from kg.html import write_html  # noqa: E402
from kg.schema import ENTITY_TYPES, RELATIONS  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SYLLABLES = "华海云智科信达创新联通天星光远航泰安恒瑞腾讯阿里百度京东美团盛世中国际数据网络技术集团"


def synthetic_graph(entities: int, seed: int = 1) -> KnowledgeGraph:
    """``entities`` entities, about two facts each, grouped into articles of five facts."""
    rnd = random.Random(seed)
    types, relations = list(ENTITY_TYPES), list(RELATIONS)
    ents = [{"id": f"e{i}", "type": rnd.choice(types), "aliases": [f"别名{i}"],
             "name": "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 6))) + str(i)}
            for i in range(entities)]
    ends: list[int] = [0, 1]  # one entry per fact end: picking from it prefers well-connected entities
    facts = []
    for i in range(2, entities):
        if rnd.random() < 0.05:  # loose entities, in no fact
            continue
        for _ in range(2):
            j = rnd.choice(ends)
            facts.append((i, j))
            ends += [i, j]
    docs = []
    for a in range(0, len(facts), 5):
        chunk = facts[a:a + 5]
        members = {n for pair in chunk for n in pair}
        docs.append({
            "id": f"art{a // 5}", "title": f"新闻标题 {a // 5}：{ents[chunk[0][0]]['name']}的最新动态",
            "url": f"https://news.example.org/{a // 5}", "published": f"2023-{rnd.randint(1, 12):02d}-01",
            "entities": [ents[n] for n in sorted(members)],
            "relations": [{"head": f"e{h}", "relation": rnd.choice(relations), "tail": f"e{t}",
                           "date": f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                           "evidence": f"{ents[h]['name']}与{ents[t]['name']}于今日宣布达成合作，双方将在多个领域展开深入交流。"}
                          for h, t in chunk]})
    kg = KnowledgeGraph.from_extractions(docs)
    for e in ents:  # loose ones too
        if e["id"] not in kg.graph:
            kg.graph.add_node(e["id"], name=e["name"], type=e["type"], aliases=e["aliases"], wikidata=None,
                              articles=[])
    return kg


def time_page(browser, path: Path, probe: str) -> tuple[float, float]:
    """Seconds until ``window.kgReady``, and for one search that focuses an entity."""
    context = browser.new_context(viewport={"width": 1500, "height": 900})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("() => window.kgReady === true", timeout=120_000, polling=20)
    ready = time.perf_counter() - start
    start = time.perf_counter()
    page.fill("#search", probe)
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#details h2') !== null")
    search = time.perf_counter() - start
    context.close()
    return ready, search


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entities", default="1000,5000", help="comma-separated graph sizes")
    ap.add_argument("--runs", type=int, default=3, help="page loads per size (median reported)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in map(int, args.entities.split(",")):
            kg = synthetic_graph(n)
            path = Path(tmp) / f"graph-{n}.html"
            start = time.perf_counter()
            write_html(kg, path)
            written = time.perf_counter() - start
            probe = kg.graph.nodes["e7"]["aliases"][0]
            times = [time_page(browser, path, probe) for _ in range(args.runs)]
            rows.append([f"{n:,}", f"{kg.graph.number_of_edges():,}", f"{written:.1f}",
                         f"{path.stat().st_size / 1e6:.1f}", f"{statistics.median(t for t, _ in times):.2f}",
                         f"{max(t for t, _ in times):.2f}", f"{statistics.median(s for _, s in times):.2f}"])
        browser.close()
    header = ["entities", "facts", "write_html s", "file MB", "interactive s (median)", "(max)", "search+focus s"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(" | ".join(h.rjust(w) for h, w in zip(header, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(c.rjust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
