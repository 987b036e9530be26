"""The foundation's contracts, through the real ``kg`` command and the Python API."""
from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest
from rdflib import Dataset, Graph

import kg
from conftest import ROOT, SAMPLE, SHARED, run_kg

MIIT_POLICIES = 'SELECT ?p WHERE { ?g rdfs:label "工业和信息化部"@zh ; kg:issuesPolicy ?p }'


def test_extract_scores_above_the_foundation_bar(seed_extraction, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in seed_extraction), encoding="utf-8")
    scores = json.loads(subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "gold", str(SHARED / "eval" / "seed_gold.jsonl"),
         str(pred), "--json"], check=True, capture_output=True, text=True).stdout)
    assert scores["missing_docs"] == []
    assert scores["entities"]["f1"] >= 0.75
    assert scores["relations"]["f1"] >= 0.50


def test_extract_output_format(seed_extraction):
    doc = next(d for d in seed_extraction if d["id"] == "seed-07")
    texts = {m["text"] for e in doc["entities"] for m in e["mentions"]}
    assert {"阿里云", "MongoDB"} <= texts
    source = json.loads(next(line for line in (SHARED / "eval" / "seed_docs.jsonl").read_text("utf-8").splitlines()
                             if '"seed-07"' in line))
    for e in doc["entities"]:
        for m in e["mentions"]:
            field = source["title"] if m.get("field") == "title" else source["text"]
            assert field[m["start"]:m["end"]] == m["text"]
    ids = {e["id"] for e in doc["entities"]}
    for r in doc["relations"]:
        assert {r["head"], r["tail"]} <= ids and r["evidence"] and 0 <= r["confidence"] <= 1


def test_extract_reads_standard_input():
    out = run_kg("extract", "-", "--quiet", input=SAMPLE.read_bytes())
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(docs) == 15 and all(d["url"].startswith("https://") for d in docs)


def test_build_writes_every_output(seed_build):
    for name in ("graph.ttl", "graph.jsonld", "graph.nq", "graph.html"):
        assert (seed_build / name).stat().st_size > 0
    assert len(Graph().parse(seed_build / "graph.ttl")) > 100
    quads = Dataset().parse(seed_build / "graph.nq", format="nquads")
    assert len(list(quads.graphs())) > 10  # one named graph per article with facts, and the default graph


def test_query_answers_the_miit_plan(seed_build):
    for target in (seed_build / "graph.ttl", seed_build):
        out = run_kg("query", str(target), MIIT_POLICIES, "--format", "json")
        assert "京津冀产业协同发展实施方案" in out.stdout
    csv = run_kg("query", str(seed_build / "graph.ttl"), MIIT_POLICIES, "--format", "csv").stdout
    assert csv.splitlines()[0].strip() == "p"


def test_neighbors_of_aliyun_list_mongodb_with_the_date(seed_build):
    out = run_kg("neighbors", str(seed_build / "graph.ttl"), "阿里云").stdout
    line = next(line for line in out.splitlines() if "MongoDB" in line)
    assert "signs_agreement_with" in line and "05-19" in line
    data = json.loads(run_kg("neighbors", str(seed_build), "阿里云", "--format", "json").stdout)
    assert any(n["entity"]["name"] == "MongoDB" for n in data["neighbors"])


def test_python_api_round_trip(seed_build, tmp_path):
    built = kg.build(SAMPLE)
    loaded = kg.load(seed_build)
    assert nx.utils.graphs_equal(built.graph, loaded.graph)
    assert dict(built.graph.nodes(data=True)) == dict(loaded.graph.nodes(data=True))
    assert sorted(built.graph.edges(keys=True, data=True)) == sorted(loaded.graph.edges(keys=True, data=True))
    assert built.graph.graph == loaded.graph.graph
    assert loaded.entity("工信部")["name"] == "工业和信息化部"
    neighbours = {(n["name"], rel) for n, rel, _ in loaded.neighbors("阿里云")}
    assert ("MongoDB", "signs_agreement_with") in neighbours
    rows = list(loaded.query(MIIT_POLICIES))
    assert rows and isinstance(loaded.to_networkx(), nx.MultiDiGraph)
    loaded.write(tmp_path / "again")
    assert nx.utils.graphs_equal(kg.load(tmp_path / "again").graph, loaded.graph)


def test_neighbors_depth_and_direction(seed_build):
    g = kg.load(seed_build)
    out_only = g.neighbors("工业和信息化部", direction="out")
    assert out_only and all(f["head"] == g.entity("工业和信息化部")["id"] for _, _, f in out_only)
    assert not g.neighbors("工业和信息化部", direction="in")
    assert len(g.neighbors("阿里云", depth=2)) >= len(g.neighbors("阿里云"))
    with pytest.raises(KeyError):
        g.entity("没有这个实体")


@pytest.mark.parametrize("content, expected", [
    (None, "no such file"),
    (b"", "empty"),
    (b'{"id": "a", "title": "t", "text": "x"}\n{"id": "b", "title": \n', ":2"),
])
def test_bad_input_fails_clearly_and_writes_nothing(tmp_path, content, expected):
    src = tmp_path / "in.jsonl"
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out"
    proc = run_kg("build", str(src), "-o", str(out), check=False)
    assert proc.returncode == 2
    assert str(src) in proc.stderr and expected in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists() or not any(out.iterdir())


FINRE_HOLDING = "交通银行上市之前,美达股份即以<N>万元出资认购了其股权,截至<N>年底,持有交通银行<N>.<N>万股股权;"


def test_config_option_swaps_the_pipeline(tmp_path):
    """--config: a copy of kg/pipeline.cfg with the relation classifier switched on (a FinRE sentence)."""
    article = tmp_path / "a.txt"
    article.write_text(FINRE_HOLDING, encoding="utf-8")
    config = tmp_path / "with-classifier.cfg"
    text = (ROOT / "kg" / "pipeline.cfg").read_text(encoding="utf-8")
    config.write_text(text.replace('disabled = ["kg_relation_model"]', 'disabled = []'), encoding="utf-8")

    def relations(*options: str) -> set[str]:
        doc = json.loads(run_kg("extract", str(article), "--quiet", "--workers", "1", *options).stdout)
        return {r["relation"] for r in doc["relations"]}

    assert "invests_in" not in relations()
    assert "invests_in" in relations("--config", str(config))


@pytest.mark.parametrize("content, expected", [
    (None, "no such pipeline config file"),
    ("[nlp]\nlang = \"zh\"\npipeline = [\"no_such_component\"]\n", "not a usable pipeline config"),
])
def test_unusable_config_fails_clearly_and_writes_nothing(tmp_path, content, expected):
    config = tmp_path / "pipeline.cfg"
    if content is not None:
        config.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_kg("extract", str(ROOT / "data" / "seed_digest.md"), "-o", str(out), "--config", str(config),
                  check=False)
    assert proc.returncode == 2 and str(config) in proc.stderr and expected in proc.stderr
    assert not out.exists()
