"""The seed build satisfies the SHACL shapes of ontologies/shapes.ttl (validated with pySHACL)."""
from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.rdf import entity_iri, fact_iri
from kg.schema import KG, ONTOLOGY_DIR, ontology
from rdf_seed import any_seed_build, gold_build, gold_graph  # noqa: F401  (fixtures)

SHAPES = ONTOLOGY_DIR / "shapes.ttl"


def check(data: Graph) -> tuple[bool, Graph, str]:
    """Validate a build's triples together with the ontology (the relation checks read it)."""
    return validate(data + ontology(), shacl_graph=Graph().parse(SHAPES), inference="none", allow_warnings=True)


def test_seed_build_conforms(any_seed_build):
    kind, build = any_seed_build
    conforms, _, text = check(Graph().parse(build / "graph.ttl"))
    assert conforms, text


@pytest.fixture
def gold_data(gold_build) -> Graph:
    return Graph().parse(gold_build / "graph.ttl")


def a_fact(data: Graph) -> URIRef:
    return next(iter(data.subjects(RDF.type, KG.Fact)))


@pytest.mark.parametrize("breakage", [
    "label", "date", "derivation", "predicate", "direct", "confidence",
])
def test_broken_builds_are_caught(gold_data, breakage):
    """Each promise the shapes make fails validation when broken."""
    fact, miit = a_fact(gold_data), entity_iri("government-工业和信息化部")
    if breakage == "label":
        gold_data.remove((miit, RDFS.label, None))
    elif breakage == "date":
        gold_data.set((fact, KG.date, Literal("2023-02-30", datatype=XSD.date)))
    elif breakage == "derivation":
        gold_data.remove((fact, PROV.wasDerivedFrom, None))
    elif breakage == "predicate":
        gold_data.set((fact, RDF.predicate, RDFS.seeAlso))
    elif breakage == "direct":
        s, p, o = (gold_data.value(fact, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        gold_data.remove((s, p, o))
    elif breakage == "confidence":
        gold_data.set((fact, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    conforms, _, text = check(gold_data)
    assert not conforms, f"{breakage} not caught"


def test_domain_and_range_are_warnings(gold_data):
    """A fact outside its relation's domain is reported as a warning; the build still conforms."""
    fact = fact_iri("f-test")
    policy, place = entity_iri("policy-京津冀产业协同发展实施方案"), entity_iri("location-京津冀")
    gold_data.add((policy, KG.issuesPolicy, place))
    for p, o in [(RDF.type, KG.Fact), (RDF.subject, policy), (RDF.predicate, KG.issuesPolicy), (RDF.object, place),
                 (PROV.wasDerivedFrom, next(iter(gold_data.objects(a_fact(gold_data), PROV.wasDerivedFrom))))]:
        gold_data.add((fact, p, o))
    conforms, _, text = check(gold_data)
    assert conforms and "domain" in text and "range" in text
