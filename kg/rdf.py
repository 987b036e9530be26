"""The graph as RDF: IRIs, the dataset, its files, loading them back, and SPARQL.

Layout of the dataset (the same in every format; Turtle is the default graph alone):

- default graph: one description per entity (``rdf:type`` its ``kg:`` class,
  ``rdfs:label``/``skos:altLabel`` in ``@zh``, ``owl:sameAs`` Wikidata,
  ``kg:mentionedIn`` articles) and per article (``schema:NewsArticle`` with
  ``schema:headline``, ``schema:url``, ``schema:datePublished``),
  and per fact its direct triple (``<head> kg:issuesPolicy <tail>``) and a reified ``kg:Fact``
  node (``rdf:subject/predicate/object``, ``kg:date``, ``kg:evidence``,
  ``kg:evidenceStart/End``, ``kg:confidence``, ``prov:wasDerivedFrom`` the article);
- one named graph per article, named by the article's IRI: the direct triple of each
  fact the article states, again.

So the default graph holds the whole graph (it is what ``graph.ttl`` holds) and a query
needs no union of graphs: a store answers it from its default-graph indexes, about half
again as fast as from the union. Provenance is reachable both ways: from a fact node by
``prov:wasDerivedFrom``, and from a statement by the graph that holds it
(``GRAPH ?article { ?s kg:issuesPolicy ?o }``). The fact nodes stay out of the article
graphs: they carry their article themselves, and a store indexes a default-graph triple
three ways where it indexes a quad of a named graph six ways.

IRIs: ``{base}id/{entity id}``, ``{base}fact/{fact id}``, ``{base}article/{article id}``,
each id percent-encoded where IRIs forbid a character (ASCII other than
unreserved, spaces, controls, format and private-use characters); Chinese and
other letters stay as they are. The same id always gives the same IRI.

>>> entity_iri("policy-《方案》 A/B")
rdflib.term.URIRef('https://newskg.org/id/policy-%E3%80%8A方案%E3%80%8B%20A%2FB')
>>> date_literal("--05-23").datatype == XSD.gMonthDay
True
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import IO
from urllib.parse import quote, unquote

import networkx as nx
import pyoxigraph
import rdflib.plugins.sparql
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.query import Result

from .graph import KnowledgeGraph
from .schema import ENTITY_TYPES, KG, RELATION_BY_PROP, RELATIONS, TYPE_BY_CLASS

DEFAULT_BASE = "https://newskg.org/"
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "kg": KG, "rdf": Namespace(str(RDF)), "rdfs": Namespace(str(RDFS)), "skos": Namespace(str(SKOS)),
    "xsd": Namespace(str(XSD)), "prov": Namespace(str(PROV)), "schema": SCHEMA,
    "owl": Namespace(str(OWL)), "org": ORG,
}
"""Prefixes predeclared in every query (``kg query``, ``KnowledgeGraph.query``, ``kg serve``)."""

FORMATS = {".ttl": "turtle", ".nq": "nquads", ".jsonld": "json-ld"}
GRAPH_FILES = ("graph.nq", "graph.ttl", "graph.jsonld")  # in order of preference when given a folder


# --- IRIs -----------------------------------------------------------------------

def _ucschar(code: int) -> bool:
    """RFC 3987 ``ucschar``: the non-ASCII characters an IRI may hold unencoded."""
    if code < 0x10000:
        return 0xA0 <= code <= 0xD7FF or 0xF900 <= code <= 0xFDCF or 0xFDF0 <= code <= 0xFFEF
    return code <= 0xEFFFD and (code & 0xFFFF) <= 0xFFFD and not 0xE0000 <= code <= 0xE0FFF


@lru_cache(maxsize=65536)
def _keep(ch: str) -> bool:
    """Whether ``ch`` may stay unencoded in an IRI path segment."""
    if ch.isascii():
        return ch.isalnum() or ch in "-._~"
    return _ucschar(ord(ch)) and unicodedata.category(ch)[0] not in "CZ"


def encode_segment(text: str) -> str:
    """``text`` as one IRI path segment: forbidden characters percent-encoded as UTF-8."""
    return "".join(ch if _keep(ch) else quote(ch, safe="") for ch in text)


def decode_segment(iri: str) -> str:
    """The id encoded in the last path segment of ``iri``."""
    return unquote(iri.rsplit("/", 1)[-1])


def normalise_base(base_iri: str) -> str:
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def entity_iri(entity_id: str, base_iri: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}id/{encode_segment(entity_id)}")


def fact_iri(fid: str, base_iri: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}fact/{encode_segment(fid)}")


def article_iri(article_id: str, base_iri: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}article/{encode_segment(article_id)}")


def url_term(url: str) -> URIRef | Literal:
    """An article URL as an IRI when it is a valid absolute IRI (RFC 3987, as oxigraph checks it),
    else an ``xsd:anyURI`` literal: scraped URLs hold spaces, brackets and stray ``%``.

    >>> url_term("https://e.com/a?b=1"), url_term("https://e.com/a[1]%zz").datatype == XSD.anyURI
    (rdflib.term.URIRef('https://e.com/a?b=1'), True)
    """
    if any(ch.isspace() for ch in url):  # IRIs may hold U+00A0, U+3000 …; rdflib's N-Quads reader refuses them
        return Literal(url, datatype=XSD.anyURI)
    try:
        pyoxigraph.NamedNode(url)
    except ValueError:
        return Literal(url, datatype=XSD.anyURI)
    return URIRef(url)


# --- typed literals -------------------------------------------------------------

_DATE_FORMS = [
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date, lambda s: dt.date.fromisoformat(s)),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth, lambda s: dt.date(int(s[:4]), int(s[5:]), 1)),
    (re.compile(r"\d{4}"), XSD.gYear, lambda s: s),
    (re.compile(r"--\d{2}-\d{2}"), XSD.gMonthDay, lambda s: dt.date(2000, int(s[2:4]), int(s[5:]))),
    (re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?"), XSD.dateTime,
     lambda s: dt.datetime.fromisoformat(s.replace("Z", "+00:00"))),
]


def date_literal(text: str) -> Literal:
    """A date string typed by its form: xsd:date, gYearMonth, gYear, gMonthDay or dateTime; else a plain string."""
    for pattern, datatype, check in _DATE_FORMS:
        if pattern.fullmatch(text):
            try:
                check(text)
            except ValueError:
                break
            return Literal(text, datatype=datatype)
    return Literal(text)


def decimal_literal(value: float) -> Literal:
    """A number as an ``xsd:decimal`` whose lexical form reads back to the same float."""
    return Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD.decimal)


# --- the dataset ------------------------------------------------------------------

def _bind(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    graph.bind("wd", WIKIDATA)


def to_dataset(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE) -> Dataset:
    """The graph as an RDF dataset: everything in the default graph, each article's statements in its graph too."""
    g = kg.graph
    ds = Dataset(default_union=True)
    _bind(ds)
    default = ds.default_graph
    for art_id, meta in g.graph["articles"].items():
        art = article_iri(art_id, base_iri)
        default.add((art, RDF.type, SCHEMA.NewsArticle))
        if meta.get("title"):
            default.add((art, SCHEMA.headline, Literal(meta["title"], lang="zh")))
        if meta.get("url"):
            default.add((art, SCHEMA.url, url_term(meta["url"])))
        if meta.get("published"):
            default.add((art, SCHEMA.datePublished, date_literal(meta["published"])))
    for node, data in g.nodes(data=True):
        ent = entity_iri(node, base_iri)
        default.add((ent, RDF.type, KG[ENTITY_TYPES[data["type"]].cls]))
        default.add((ent, RDFS.label, Literal(data["name"], lang="zh")))
        for alias in data.get("aliases") or ():
            default.add((ent, SKOS.altLabel, Literal(alias, lang="zh")))
        if data.get("wikidata"):
            default.add((ent, OWL.sameAs, WIKIDATA[data["wikidata"]]))
        for art_id in data.get("articles") or ():
            default.add((ent, KG.mentionedIn, article_iri(art_id, base_iri)))
    graphs: dict[str, Graph] = {}
    for head, tail, key, data in g.edges(keys=True, data=True):
        art = article_iri(data["article"], base_iri)
        if data["article"] not in graphs:
            graphs[data["article"]] = ds.graph(art)
        named = graphs[data["article"]]
        s, p, o, fact = entity_iri(head, base_iri), RELATIONS[data["relation"]].iri, entity_iri(tail, base_iri), \
            fact_iri(key, base_iri)
        named.add((s, p, o))
        default.add((s, p, o))
        for triple in [(RDF.type, KG.Fact), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o),
                       (PROV.wasDerivedFrom, art)]:
            default.add((fact, *triple))
        if data.get("date"):
            default.add((fact, KG.date, date_literal(data["date"])))
        if data.get("evidence"):
            default.add((fact, KG.evidence, Literal(data["evidence"])))
        for prop, attr in ((KG.evidenceStart, "evidence_start"), (KG.evidenceEnd, "evidence_end")):
            if data.get(attr) is not None:
                default.add((fact, prop, Literal(int(data[attr]))))
        if data.get("confidence") is not None:
            default.add((fact, KG.confidence, decimal_literal(data["confidence"])))
    return ds


def jsonld_context() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def to_jsonld(ds: Dataset) -> dict:
    """The dataset as compacted JSON-LD: default-graph nodes at the top, one ``{"@id", "@graph"}`` per named graph.

    (rdflib nests the default graph in an anonymous graph object, which JSON-LD
    processors read as a blank-node-named graph; this lifts it to the top.)
    """
    data = json.loads(ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    items = data.get("@graph", [{k: v for k, v in data.items() if k != "@context"}])
    top = []
    for item in items:
        top.extend(item["@graph"] if "@graph" in item and "@id" not in item else [item])
    return {"@context": jsonld_context(), "@graph": top}


def write_rdf(kg: KnowledgeGraph, paths: dict[str, Path], base_iri: str = DEFAULT_BASE) -> None:
    """Write the formats named in ``paths`` ("ttl", "jsonld", "nq") to their paths."""
    ds = to_dataset(kg, base_iri)
    if "nq" in paths:
        ds.serialize(destination=str(paths["nq"]), format="nquads", encoding="utf-8")
    if "ttl" in paths:
        ds.default_graph.serialize(destination=str(paths["ttl"]), format="turtle", encoding="utf-8")
    if "jsonld" in paths:
        with open(paths["jsonld"], "w", encoding="utf-8") as f:
            json.dump(to_jsonld(ds), f, ensure_ascii=False, indent=1)


# --- loading back -------------------------------------------------------------------

def graph_file(path: str | Path) -> Path:
    """The RDF file for ``path``: the file itself, or from a folder graph.nq, else graph.ttl, else graph.jsonld."""
    from .readers import InputError

    path = Path(path)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise InputError(path, f"no {', '.join(GRAPH_FILES)} in this folder")
    if not path.is_file():
        raise InputError(path, "no such file")
    if path.suffix not in FORMATS:
        raise InputError(path, f"not an RDF file written by kg build ({', '.join(FORMATS)})")
    return path


def load_dataset(path: str | Path) -> Dataset:
    """Parse a graph file (or a build folder's) into a dataset whose default graph is the union."""
    from .readers import InputError

    file = graph_file(path)
    ds = Dataset(default_union=True)
    _bind(ds)
    try:
        ds.parse(file, format=FORMATS[file.suffix])
    except Exception as exc:  # rdflib raises parser-specific errors
        raise InputError(file, f"cannot parse as {FORMATS[file.suffix]}: {exc}") from None
    return ds


def _text(graph: Graph, subject, prop) -> str | None:
    value = graph.value(subject, prop)
    return None if value is None else str(value)


def from_dataset(ds: Graph) -> KnowledgeGraph:
    """The KnowledgeGraph described by a dataset written by ``to_dataset``."""
    articles = {}
    for art in sorted(ds.subjects(RDF.type, SCHEMA.NewsArticle, unique=True)):
        articles[decode_segment(art)] = {"title": _text(ds, art, SCHEMA.headline), "url": _text(ds, art, SCHEMA.url),
                                         "published": _text(ds, art, SCHEMA.datePublished)}
    g = nx.MultiDiGraph(articles=articles)
    nodes = []
    for cls, etype in TYPE_BY_CLASS.items():
        for ent in ds.subjects(RDF.type, KG[cls], unique=True):
            sameas = ds.value(ent, OWL.sameAs)
            nodes.append((decode_segment(ent), {
                "name": _text(ds, ent, RDFS.label), "type": etype.code,
                "aliases": sorted({str(a) for a in ds.objects(ent, SKOS.altLabel)}),
                "wikidata": None if sameas is None else str(sameas).removeprefix(str(WIKIDATA)),
                "articles": sorted({decode_segment(a) for a in ds.objects(ent, KG.mentionedIn)}),
            }))
    g.add_nodes_from(sorted(nodes))
    edges = []
    for fact in ds.subjects(RDF.type, KG.Fact, unique=True):
        start, end, conf = (ds.value(fact, p) for p in (KG.evidenceStart, KG.evidenceEnd, KG.confidence))
        edges.append((decode_segment(ds.value(fact, RDF.subject)), decode_segment(ds.value(fact, RDF.object)),
                      decode_segment(fact), {
                          "relation": RELATION_BY_PROP[str(ds.value(fact, RDF.predicate)).rsplit("#", 1)[-1]].code,
                          "article": decode_segment(ds.value(fact, PROV.wasDerivedFrom)),
                          "date": _text(ds, fact, KG.date), "evidence": _text(ds, fact, KG.evidence),
                          "evidence_start": None if start is None else int(start),
                          "evidence_end": None if end is None else int(end),
                          "confidence": None if conf is None else float(conf),
                      }))
    g.add_edges_from(sorted(edges, key=lambda e: e[2]))
    return KnowledgeGraph(g)


def load_graph(path: str | Path) -> KnowledgeGraph:
    """Load what ``kg build`` wrote (graph.nq/.ttl/.jsonld, or the folder, preferring graph.nq)."""
    return from_dataset(load_dataset(path))


# --- queries --------------------------------------------------------------------------

def query_path(path: str | Path, sparql: str) -> Result:
    """Run SPARQL over a built graph: through its embedded store when one is there and fresh, else rdflib.

    ``path`` is a graph file, a build folder (its ``store/`` is used when ``kg load`` made one) or a store folder.
    The default graph holds the whole graph; the prefixes of ``PREFIXES`` are predeclared.
    """
    from .readers import InputError
    from .store import find_store, query_store

    store = find_store(path)
    if store is not None:
        return query_store(store, sparql)
    ds = load_dataset(path)
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # FROM names a graph of the file; never fetch or read it
    try:
        return ds.query(sparql, initNs=PREFIXES)
    except Exception as exc:  # pyparsing and rdflib evaluation errors
        raise InputError("query", f"{type(exc).__name__}: {exc}") from None


def _short(term, namespaces: list[tuple[str, str]]) -> str:
    """A term as a table cell: prefixed name or <IRI>, literal text, _:blank."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in namespaces:
            local = str(term)[len(ns):]
            if str(term).startswith(ns) and re.fullmatch(r"[\w.-]*", local) and not local.endswith("."):
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(header: list[str], rows: list[list[str]], stream: IO[str]) -> None:
    rows = [[cell.replace("\n", " ") for cell in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    for row in [header, ["-" * w for w in widths], *rows]:
        stream.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip() + "\n")


def print_results(result: Result, fmt: str, stream: IO[str]) -> None:
    """Print a query result as a ``table``, ``json`` or ``csv``.

    SELECT: SPARQL JSON results / SPARQL CSV; ASK: the boolean; CONSTRUCT/DESCRIBE:
    Turtle (table), JSON-LD (json) or subject,predicate,object rows (csv).
    """
    namespaces = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda pn: -len(pn[1]))
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        if fmt == "json":
            stream.write(json.dumps({"head": {}, "boolean": answer}) + "\n")
        else:
            stream.write(("true" if answer else "false") + "\n")
    elif result.type == "SELECT":
        names = [str(v) for v in result.vars]
        if fmt == "json":
            stream.write(result.serialize(format="json").decode("utf-8") + "\n")
        elif fmt == "csv":
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow(names)
            writer.writerows([["" if t is None else str(t) for t in row] for row in result])
        else:
            rows = [[_short(t, namespaces) for t in row] for row in result]
            _table(names, rows, stream)
            stream.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    else:
        graph = result.graph
        _bind(graph)
        if fmt == "json":
            stream.write(graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True) + "\n")
        elif fmt == "csv":
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow(["subject", "predicate", "object"])
            writer.writerows([[str(t) for t in triple] for triple in sorted(graph)])
        else:
            stream.write(graph.serialize(format="turtle"))
