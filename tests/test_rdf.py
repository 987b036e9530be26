"""RDF output: IRIs valid for any name, files that re-parse, typed dates, provenance, and the round trip."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.cli import main
from kg.graph import KnowledgeGraph
from kg.rdf import (DEFAULT_BASE, PREFIXES, article_iri, date_literal, decode_segment, entity_iri, load_dataset,
                    load_graph, to_dataset, write_rdf)
from kg.schema import RELATIONS
from rdf_seed import gold_build, gold_graph, write_build  # noqa: F401  (fixture)

HOSTILE = [
    'say "hi"', "a'b", "<script>alert(1)</script>", "{braces}|pipe^caret`tick", "back\\slash\\",
    "with space", "line\nbreak\r\n", "tab\there", "emoji 🚀🇨🇳", "互联网+行动计划", "%41 already/encoded?#frag",
    "名" * 2000, "zero\u200bwidth\u202eRTL", "\ue000private", "nbsp\u00a0here", "",
]


def hostile_graph() -> KnowledgeGraph:
    """Entities, articles and facts whose ids, names and text are hostile to IRIs and serialisers."""
    entities = [{"id": f"company-{name}", "name": name or "空", "type": "COMPANY", "aliases": [name + "别名"]}
                for name in HOSTILE]
    docs = []
    for i, name in enumerate(HOSTILE):
        docs.append({
            "id": f"https://example.com/news?id={i}&q={name}", "title": f"标题 {name}",
            "url": f"https://example.com/a b/{i}\"<{name}>", "published": "2023-05-2" + str(i % 8),
            "entities": [entities[i], entities[(i + 1) % len(entities)]],
            "relations": [{"head": entities[i]["id"], "relation": "signs_agreement_with",
                           "tail": entities[(i + 1) % len(entities)]["id"], "date": "--05-23",
                           "evidence": f"证据：{name}", "evidence_start": 0, "evidence_end": 5, "confidence": 0.87}],
        })
    return KnowledgeGraph.from_extractions(docs)


def graph_contents(kg: KnowledgeGraph) -> tuple[dict, dict, dict]:
    g = kg.graph
    return (dict(g.nodes(data=True)), {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)},
            g.graph["articles"])


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> tuple[KnowledgeGraph, Path]:
    kg = hostile_graph()
    return kg, write_build(kg, tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("name", ["graph.nq", "graph.ttl", "graph.jsonld"])
def test_hostile_names_give_valid_iris_in_every_format(hostile_build, name):
    """A strict parser (oxigraph validates every IRI) reads each file; every IRI survives as written."""
    kg, out = hostile_build
    quads = list(ox.parse(path=str(out / name)))
    iris = {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    for node in kg.graph:
        assert str(entity_iri(node)) in iris
    for art in kg.graph.graph["articles"]:
        assert str(article_iri(art)) in iris
    for iri in iris:
        assert not set(iri) & set(' "<>{}|\\^`\n\r\t')


@pytest.mark.parametrize("name", ["graph.nq", "graph.ttl", "graph.jsonld"])
def test_round_trip_hostile(hostile_build, name):
    kg, out = hostile_build
    assert graph_contents(load_graph(out / name)) == graph_contents(kg)


@pytest.mark.parametrize("name", ["graph.nq", "graph.ttl", "graph.jsonld", "."])
def test_round_trip_seed(gold_build, name):
    """Loading what was written gives back the same graph: nodes, attributes, facts with their ids, articles."""
    assert graph_contents(load_graph(gold_build / name)) == graph_contents(gold_graph())


def test_folder_prefers_nquads(tmp_path):
    write_rdf(gold_graph(), {"nq": tmp_path / "graph.nq"})
    (tmp_path / "graph.ttl").write_text("this is not turtle", encoding="utf-8")
    assert load_graph(tmp_path).summary() == gold_graph().summary()


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=50))
def test_any_id_gives_a_valid_stable_reversible_iri(text):
    iri = entity_iri(text)
    ox.NamedNode(str(iri))  # raises ValueError on an invalid IRI
    assert iri == entity_iri(text)
    assert decode_segment(str(iri)) == text


def test_iris_keep_chinese_readable():
    assert str(entity_iri("government-工业和信息化部")) == f"{DEFAULT_BASE}id/government-工业和信息化部"
    assert str(entity_iri("a b/c")) == f"{DEFAULT_BASE}id/a%20b%2Fc"


@pytest.mark.parametrize("text,datatype", [
    ("2023-05-23", XSD.date), ("2023-05", XSD.gYearMonth), ("2023", XSD.gYear), ("--05-23", XSD.gMonthDay),
    ("2023-05-23T10:00:00+08:00", XSD.dateTime), ("2023-02-30", None), ("--13-01", None), ("5月23日", None),
])
def test_dates_typed_by_their_form(text, datatype):
    lit = date_literal(text)
    assert str(lit) == text
    assert lit.datatype == datatype


def test_fact_dates_confidence_and_offsets_are_typed(gold_build):
    rows = list(load_dataset(gold_build / "graph.nq").query(
        "SELECT ?d ?c ?s WHERE { ?f a kg:Fact ; kg:date ?d ; kg:confidence ?c ; kg:evidenceStart ?s }",
        initNs=PREFIXES))
    assert len(rows) == sum(1 for f in gold_graph().facts() if f["date"]) and all(r.d.datatype == XSD.gMonthDay and r.c.datatype == XSD.decimal
                        and r.s.datatype == XSD.integer for r in rows)


def test_named_graph_per_article_holds_its_facts(gold_build):
    """In N-Quads the direct triple of every fact sits in the graph named by its article, and nothing else does;
    the default graph holds everything: descriptions, fact nodes (each derived from its article) and statements."""
    quads = list(ox.parse(path=str(gold_build / "graph.nq")))
    kg = gold_graph()
    in_graph = {(q.subject.value, q.predicate.value, q.object.value if isinstance(q.object, ox.NamedNode) else None,
                 q.graph_name.value) for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    in_default = {(q.subject.value, q.predicate.value, q.object.value if isinstance(q.object, ox.NamedNode) else None)
                  for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
    statements = set()
    for fact in kg.facts():
        art = str(article_iri(fact["article"]))
        head, tail = str(entity_iri(fact["head"])), str(entity_iri(fact["tail"]))
        statements.add((head, str(RELATIONS[fact["relation"]].iri), tail, art))
        assert (f"{DEFAULT_BASE}fact/{fact['id']}", "http://www.w3.org/ns/prov#wasDerivedFrom", art) in in_default
    assert in_graph == statements
    assert {quad[:3] for quad in statements} <= in_default
    labels = [q for q in quads if q.predicate.value.endswith("#label")]
    assert labels and all(isinstance(q.graph_name, ox.DefaultGraph) for q in labels)


@pytest.mark.parametrize("where", [
    # from the fact node
    "?fact rdf:subject ?ali ; rdf:predicate kg:signsAgreementWith ; kg:evidence ?evidence ; prov:wasDerivedFrom ?article",
    # from the statement, by the article graph that holds it
    "GRAPH ?article { ?ali kg:signsAgreementWith ?partner } "
    "?fact rdf:subject ?ali ; rdf:object ?partner ; kg:evidence ?evidence ; prov:wasDerivedFrom ?article",
])
def test_provenance_reachable_by_sparql(gold_build, where):
    kg = load_graph(gold_build)
    rows = list(kg.query(f"""
        SELECT ?evidence ?url WHERE {{
          {where} .
          ?ali rdfs:label "阿里云"@zh .
          ?article a schema:NewsArticle ; schema:url ?url }}"""))
    assert len(rows) == 1 and "MongoDB" in str(rows[0].evidence)
    assert str(rows[0].url) == kg.graph.graph["articles"]["seed-07"]["url"]


def test_base_iri_is_configurable(tmp_path):
    base = "http://example.org/news/"
    write_rdf(gold_graph(), {"nq": tmp_path / "graph.nq", "ttl": tmp_path / "graph.ttl"}, base)
    quads = list(ox.parse(path=str(tmp_path / "graph.nq")))
    subjects = {q.subject.value for q in quads}
    assert subjects and all(s.startswith(base) for s in subjects)
    assert graph_contents(load_graph(tmp_path / "graph.ttl")) == graph_contents(gold_graph())


def test_wikidata_as_owl_same_as():
    kg = KnowledgeGraph.from_extractions([{"id": "a", "title": "t", "entities": [
        {"id": "alibaba-cloud", "name": "阿里云", "type": "COMPANY", "wikidata": "Q4055491"}], "relations": []}])
    ds = to_dataset(kg)
    assert (entity_iri("alibaba-cloud"), URIRef("http://www.w3.org/2002/07/owl#sameAs"),
            URIRef("http://www.wikidata.org/entity/Q4055491")) in ds
    assert load_graph_from(ds).entity("阿里云")["wikidata"] == "Q4055491"


def load_graph_from(ds: Dataset) -> KnowledgeGraph:
    from kg.rdf import from_dataset

    return from_dataset(ds)


def test_labels_in_chinese():
    ds = to_dataset(gold_graph())
    assert (entity_iri("government-工业和信息化部"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal("工业和信息化部", lang="zh")) in ds


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_kg_query_command(gold_build, fmt, capsys):
    assert main(["query", str(gold_build), "--format", fmt,
                 'SELECT ?p WHERE { ?g rdfs:label "工业和信息化部"@zh ; kg:issuesPolicy ?p }']) == 0
    out = capsys.readouterr().out
    assert "京津冀产业协同发展实施方案" in out
    if fmt == "json":
        assert json.loads(out)["head"]["vars"] == ["p"]


def test_kg_query_construct_and_ask(gold_build, capsys):
    assert main(["query", str(gold_build / "graph.ttl"), "ASK { ?x a kg:Policy }"]) == 0
    assert capsys.readouterr().out.strip() == "true"
    assert main(["query", str(gold_build), "--format", "json",
                 "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a kg:Government ; rdfs:label ?l }"]) == 0
    assert "工业和信息化部" in json.dumps(json.loads(capsys.readouterr().out), ensure_ascii=False)


def test_kg_query_bad_sparql_is_a_clear_error(gold_build, capsys):
    assert main(["query", str(gold_build), "SELECT WHERE {"]) == 2
    assert "error" in capsys.readouterr().err
