"""Entity types and relations, read from the ontology ``ontologies/kg.ttl``.

The ontology is the one place where names, labels, colours, shapes, domains and
ranges are written down; everything else looks them up here.

>>> ENTITY_TYPES["GOVERNMENT"].label_zh
'政府机构'
>>> RELATIONS["issues_policy"].prop
'issuesPolicy'
>>> RELATIONS["signs_agreement_with"].symmetric
True
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

ONTOLOGY_PATH = Path(__file__).resolve().parent.parent / "ontologies" / "kg.ttl"
if not ONTOLOGY_PATH.exists():  # installed as a wheel: the data files sit inside the package
    ONTOLOGY_PATH = Path(__file__).resolve().parent / "ontologies" / "kg.ttl"
ONTOLOGY_DIR = ONTOLOGY_PATH.parent

KG = Namespace("https://newskg.org/ontology#")


@dataclass(frozen=True)
class EntityType:
    code: str  # COMPANY
    cls: str  # Company (local name in the kg: namespace)
    label_zh: str
    label_en: str
    colour: str
    shape: str

    @property
    def iri(self) -> URIRef:
        return KG[self.cls]


@dataclass(frozen=True)
class Relation:
    code: str  # issues_policy
    prop: str  # issuesPolicy
    label_zh: str
    label_en: str
    colour: str
    symmetric: bool
    domain: str  # local class name
    range: str

    @property
    def iri(self) -> URIRef:
        return KG[self.prop]


def _label(g: Graph, node: URIRef, lang: str) -> str:
    for label in g.objects(node, RDFS.label):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return ""


@cache
def ontology() -> Graph:
    """The ontology as an rdflib graph (parsed once)."""
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def _local(node) -> str:
    return str(node).rsplit("#", 1)[-1]


def _load() -> tuple[dict[str, EntityType], dict[str, Relation]]:
    g = ontology()
    types, relations = {}, {}
    for node, code in g.subject_objects(KG.typeCode):
        code = str(code)
        if (node, RDF.type, OWL.Class) in g:
            types[code] = EntityType(code, _local(node), _label(g, node, "zh"), _label(g, node, "en"),
                                     str(g.value(node, KG.displayColour)), str(g.value(node, KG.displayShape)))
        else:
            relations[code] = Relation(code, _local(node), _label(g, node, "zh"), _label(g, node, "en"),
                                       str(g.value(node, KG.displayColour)),
                                       (node, RDF.type, OWL.SymmetricProperty) in g,
                                       _local(g.value(node, RDFS.domain)), _local(g.value(node, RDFS.range)))
    order = lambda d: dict(sorted(d.items()))
    return order(types), order(relations)


ENTITY_TYPES, RELATIONS = _load()
TYPE_BY_CLASS = {t.cls: t for t in ENTITY_TYPES.values()}
RELATION_BY_PROP = {r.prop: r for r in RELATIONS.values()}
AGENT_TYPES = frozenset({"COMPANY", "GOVERNMENT", "ORGANIZATION"})
