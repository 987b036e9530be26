"""``kg build --update``: only new articles are extracted, and the result equals a full rebuild of all inputs."""
from __future__ import annotations

import json
import re

import pytest

import kg
from conftest import SHARED, run_kg

SEED_DOCS = SHARED / "eval" / "seed_docs.jsonl"


def contents(g: kg.KnowledgeGraph) -> tuple[dict, dict, dict]:
    """Everything a graph holds: nodes with attributes, edges by key with ends and attributes, articles."""
    nodes = dict(g.graph.nodes(data=True))
    edges = {key: (head, tail, data) for head, tail, key, data in g.graph.edges(keys=True, data=True)}
    return nodes, edges, g.graph.graph["articles"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Two input folders: the first articles (plus one .txt article without id or URL), and the rest,
    overlapping the first by a few articles and repeating the .txt article under another file name."""
    if not SEED_DOCS.is_file():
        pytest.skip(f"{SEED_DOCS} is absent: the development set lives in ../shared beside the repository")
    rows = SEED_DOCS.read_text("utf-8").splitlines()
    root = tmp_path_factory.mktemp("incremental")
    first, second = root / "first", root / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.jsonl").write_text("\n".join(rows[:8]) + "\n", encoding="utf-8")
    (second / "b.jsonl").write_text("\n".join(rows[5:]) + "\n", encoding="utf-8")
    doc = json.loads(rows[-1])
    plain = f"{doc['title']}（转载）\n{doc['text']}\n"
    (first / "note.txt").write_text(plain, encoding="utf-8")
    (second / "same-note.txt").write_text(plain, encoding="utf-8")
    return first, second, len(rows) + 1


def test_update_after_partial_build_equals_full_rebuild(inputs, tmp_path):
    first, second, total = inputs
    updated, full = tmp_path / "updated", tmp_path / "full"
    run_kg("build", str(first), "-o", str(updated), "--workers", "1")
    partial = kg.load(updated).summary()["articles"]
    proc = run_kg("build", str(second), "-o", str(updated), "--update", "--workers", "1")
    run_kg("build", str(first), str(second), "-o", str(full), "--workers", "1", "--quiet")

    assert partial == 9
    summary = [line for line in proc.stderr.splitlines() if line.startswith("kg build:")]
    assert re.match(rf"kg build: {total} articles \({total - partial} new\), \d+ entities, \d+ facts in ", summary[0])
    got, want = kg.load(updated), kg.load(full)
    assert got.summary() == want.summary() and got.summary()["articles"] == total
    assert contents(got) == contents(want)
    assert sorted(p.name for p in updated.iterdir() if p.name.startswith("graph.")) == \
        ["graph.html", "graph.jsonld", "graph.nq", "graph.ttl"]
    assert not [p for p in updated.iterdir() if p.name.endswith(".tmp")]


def test_update_of_an_empty_folder_is_a_full_build(inputs, tmp_path):
    first, _, _ = inputs
    run_kg("build", str(first), "-o", str(tmp_path / "new"), "--update", "--workers", "1", "--quiet")
    run_kg("build", str(first), "-o", str(tmp_path / "plain"), "--workers", "1", "--quiet")
    assert contents(kg.load(tmp_path / "new")) == contents(kg.load(tmp_path / "plain"))
