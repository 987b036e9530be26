"""The seed graph for the RDF tests: the real build when the pipeline's ``seed_build`` fixture exists,
and in any case a build of the gold annotations (deterministic answers for the competency questions).

Gold entity ids are per document; they become ``<type>-<name>`` so one name merges across documents.
Gold relations carry no evidence: the first sentence naming the head or the tail stands in for it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
QUERIES = Path(__file__).resolve().parents[1] / "ontologies" / "queries"


def _evidence(text: str, names: list[str]) -> tuple[str, int, int]:
    sentences = [m for m in re.finditer(r"[^。！？]+[。！？]?", text)]
    for m in sentences:
        if any(n in m.group() for n in names):
            return m.group(), m.start(), m.end()
    return sentences[0].group(), sentences[0].start(), sentences[0].end()


def gold_extractions() -> list[dict]:
    """The gold annotations as ``kg extract`` dicts; skips the test when ../shared is absent."""
    if not (SHARED / "seed_gold.jsonl").is_file():
        pytest.skip(f"{SHARED} is absent: no seed annotations to build from")
    docs = {d["id"]: d for d in map(json.loads, (SHARED / "seed_docs.jsonl").read_text("utf-8").splitlines())}
    out = []
    for line in (SHARED / "seed_gold.jsonl").read_text("utf-8").splitlines():
        gold = json.loads(line)
        doc = docs[gold["id"]]
        ids = {e["id"]: f"{e['type'].lower()}-{e['name']}" for e in gold["entities"]}
        names = {e["id"]: e["name"] for e in gold["entities"]}
        relations = []
        for r in gold["relations"]:
            evidence, start, end = _evidence(doc["text"], [names[r["head"]], names[r["tail"]]])
            relations.append({"head": ids[r["head"]], "relation": r["relation"], "tail": ids[r["tail"]],
                              "date": r.get("date"), "evidence": evidence, "evidence_start": start,
                              "evidence_end": end, "confidence": 1.0})
        out.append({"id": doc["id"], "title": doc["title"], "url": doc["url"], "published": doc.get("published"),
                    "entities": [{**e, "id": ids[e["id"]]} for e in gold["entities"]], "relations": relations})
    return out


def gold_graph():
    from kg.graph import KnowledgeGraph

    return KnowledgeGraph.from_extractions(gold_extractions())


def write_build(kg, out: Path) -> Path:
    """Write the RDF outputs of ``kg`` into ``out`` (what ``kg build`` writes, without the HTML)."""
    from kg.rdf import write_rdf

    out.mkdir(parents=True, exist_ok=True)
    write_rdf(kg, {fmt: out / f"graph.{fmt}" for fmt in ("ttl", "jsonld", "nq")})
    return out


@pytest.fixture(scope="session")
def gold_build(tmp_path_factory) -> Path:
    """A build folder of the gold seed graph."""
    return write_build(gold_graph(), tmp_path_factory.mktemp("gold-build"))


@pytest.fixture(scope="session", params=["gold", "pipeline"])
def any_seed_build(request, tmp_path_factory) -> tuple[str, Path]:
    """The gold build, then the pipeline's real build of the bundled sample (skipped until it exists)."""
    if request.param == "gold":
        return "gold", request.getfixturevalue("gold_build")
    try:
        return "pipeline", Path(request.getfixturevalue("seed_build"))
    except pytest.FixtureLookupError:
        pytest.skip("the pipeline's seed_build fixture is not there yet")


def query_text(name: str) -> str:
    """A competency query from ontologies/queries/NAME.rq."""
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
