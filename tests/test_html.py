"""The HTML page without a browser: what it holds, how it is escaped, the views and ``kg html``."""
from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from conftest import run_kg
from kg.graph import KnowledgeGraph
from kg.html import layout, page_data, script_json, select_view, write_html


def _graph() -> KnowledgeGraph:
    """A chain a - b - c - d, a star around hub, and a lone entity."""
    ents = [{"id": i, "name": name, "type": "COMPANY"} for i, name in
            [("a", "甲"), ("b", "乙"), ("c", "丙"), ("d", "丁"), ("hub", "中心"), ("lone", "孤")]]
    ents[0]["aliases"] = ["甲公司"]
    rels = [{"head": h, "relation": "partners_with", "tail": t, "date": "2023-05-0" + str(i + 1)}
            for i, (h, t) in enumerate([("a", "b"), ("b", "c"), ("c", "d")])]
    rels += [{"head": "hub", "relation": "invests_in", "tail": t} for t in "abcd"]
    return KnowledgeGraph.from_extractions([{"id": "x", "title": "t", "url": "https://example.org/x",
                                             "entities": ents, "relations": rels}])


def _page_json(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S).group(1))


class _Resources(HTMLParser):
    """Every src/href attribute and <link> in a page."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found += [(tag, k, v) for k, v in attrs if k in ("src", "href")] + ([(tag, "", "")] if tag == "link" else [])


def test_page_is_self_contained_utf8(tmp_path):
    path = write_html(_graph(), tmp_path / "g.html")
    text = path.read_bytes().decode("utf-8")  # strict: the file is UTF-8
    assert '<meta charset="utf-8">' in text and "中心" in text
    parser = _Resources()
    parser.feed(text)
    assert parser.found == []  # no external script, style sheet, image or link in the page itself
    assert "vis.Network" in text  # vis-network is inlined, not fetched


def test_script_json_is_inert_and_exact():
    value = {"name": "</script><script>alert(1)</script>", "t": "a&b <c> \u2028\u2029 引号\"'"}
    text = script_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_focus_takes_the_neighbourhood_in_either_direction():
    kg = _graph()
    assert set(select_view(kg, focus="甲公司", depth=1)) == {"a", "b", "hub"}
    assert set(select_view(kg, focus="甲", depth=2)) == {"a", "b", "c", "d", "hub"}
    with pytest.raises(KeyError):
        select_view(kg, focus="无此实体")


def test_max_nodes_keeps_the_best_connected_and_the_focus():
    kg = _graph()
    assert set(select_view(kg, max_nodes=2)) == {"hub", "c"}  # degree 4, then 3 (b and c tie: by name, 丙 < 乙)
    assert set(select_view(kg, max_nodes=2, focus="丁", depth=2)) == {"d", "hub"}


def test_page_data_groups_facts_and_summarises():
    data = page_data(_graph())
    assert sum(len(e["facts"]) for e in data["edges"]) == 7
    assert data["summary"]["types"] == {"COMPANY": 6}
    assert data["summary"]["relations"] == {"partners_with": 3, "invests_in": 4}
    assert data["summary"]["top"][0] == {"id": "hub", "degree": 4}
    assert (data["summary"]["first"], data["summary"]["last"]) == ("2023-05-01", "2023-05-03")
    assert data["articles"] == {"x": {"title": "t", "url": "https://example.org/x", "published": None}}


def test_layout_places_every_entity_and_is_repeatable():
    g = nx.barabasi_albert_graph(700, 2, seed=3)  # more than the spring-layout core
    g.add_nodes_from(range(700, 720))  # and loose entities
    pos = layout(g)
    assert set(pos) == set(g) and pos == layout(g)
    assert len(set(pos.values())) == len(pos)
    loose = [pos[n] for n in range(700, 720)]  # components are packed apart
    assert min(math.dist(p, q) for i, p in enumerate(loose) for q in loose[i + 1:]) >= 100


def test_kg_html_focus_and_max_nodes(seed_build, tmp_path):
    import kg

    graph = kg.load(seed_build)
    out = tmp_path / "ali.html"
    run_kg("html", str(seed_build), "-o", str(out), "--focus", "阿里云", "--depth", "1")
    data = _page_json(out)
    ali = graph.find("阿里云")
    assert {n["id"] for n in data["nodes"]} == {ali} | {other["id"] for other, _, _ in graph.neighbors(ali)}
    assert graph.find("MongoDB") in {n["id"] for n in data["nodes"]}
    assert data["view"]["focus"] == ali
    run_kg("html", str(seed_build), "-o", str(out), "--max-nodes", "5")
    assert len(_page_json(out)["nodes"]) == 5


def test_kg_html_unknown_focus_fails_cleanly(seed_build, tmp_path):
    out = tmp_path / "none.html"
    proc = run_kg("html", str(seed_build), "-o", str(out), "--focus", "无此实体", check=False)
    assert proc.returncode == 2 and "无此实体" in proc.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_focus_name_in_the_page_title_is_escaped(tmp_path):
    kg = KnowledgeGraph.from_extractions([{"id": "x", "title": "t", "entities": [
        {"id": "evil", "name": "<img src=x onerror=alert(1)>", "type": "COMPANY"}], "relations": []}])
    text = write_html(kg, tmp_path / "g.html", focus="evil").read_text(encoding="utf-8")
    assert "<img" not in text and "<title>newskg · &lt;img src=x onerror=alert(1)&gt;</title>" in text
