"""The merged knowledge graph: one node per real thing, one edge per stated fact.

A ``KnowledgeGraph`` wraps a ``networkx.MultiDiGraph``:

- node key: the entity id (catalogue id such as ``miit``, else ``<type>-<name>``);
  attributes ``name``, ``type`` (COMPANY …), ``aliases`` (sorted list),
  ``wikidata`` (Q-id or None), ``articles`` (sorted ids of the articles that mention it);
- edge key: the fact id; attributes ``relation`` (issues_policy …), ``date``,
  ``evidence``, ``evidence_start``, ``evidence_end``, ``article``, ``confidence``;
- ``graph.graph["articles"]``: article id -> ``{"title", "url", "published"}``.

>>> g = KnowledgeGraph()
>>> g.add_extraction({"id": "a1", "title": "t", "entities": [
...     {"id": "miit", "name": "工业和信息化部", "type": "GOVERNMENT", "aliases": ["工信部"]},
...     {"id": "policy-方案", "name": "方案", "type": "POLICY"}],
...     "relations": [{"head": "miit", "relation": "issues_policy", "tail": "policy-方案",
...                    "date": "2023-05-23", "evidence": "工信部印发方案。"}]})
>>> [(n["name"], rel, f["date"]) for n, rel, f in g.neighbors("工信部")]
[('方案', 'issues_policy', '2023-05-23')]
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from .schema import RELATIONS


def norm(surface: str) -> str:
    """The form names are compared in: NFKC, no quotes or spaces, case-folded."""
    text = unicodedata.normalize("NFKC", surface or "")
    return "".join(c for c in text if c not in "《》〈〉“”‘’\"'「」『』" and not c.isspace()).casefold()


def fact_id(article: str, head: str, relation: str, tail: str) -> str:
    """A stable id for one fact as one article states it."""
    return hashlib.sha1(f"{article}\x1f{head}\x1f{relation}\x1f{tail}".encode()).hexdigest()[:16]


class KnowledgeGraph:
    """Entities and facts merged across articles, with lookups by any alias."""

    def __init__(self, graph: nx.MultiDiGraph | None = None):
        self.graph = graph if graph is not None else nx.MultiDiGraph(articles={})
        self.graph.graph.setdefault("articles", {})
        self._index: dict[str, str] | None = None

    # --- building -------------------------------------------------------------

    def add_extraction(self, doc: dict) -> None:
        """Merge one article's extraction (the ``kg extract`` JSON line) into the graph."""
        g, art = self.graph, doc["id"]
        g.graph["articles"][art] = {k: doc.get(k) for k in ("title", "url", "published")}
        for ent in doc.get("entities", []):
            surfaces = {ent["name"], *ent.get("aliases", []), *(m["text"] for m in ent.get("mentions", []))}
            if ent["id"] in g:
                node = g.nodes[ent["id"]]
                node["aliases"] = sorted(set(node["aliases"]) | surfaces - {node["name"]})
                node["articles"] = sorted(set(node["articles"]) | {art})
                node["wikidata"] = node.get("wikidata") or ent.get("wikidata")
            else:
                g.add_node(ent["id"], name=ent["name"], type=ent["type"],
                           aliases=sorted(surfaces - {ent["name"]}), wikidata=ent.get("wikidata"),
                           articles=[art])
        for rel in doc.get("relations", []):
            key = fact_id(art, rel["head"], rel["relation"], rel["tail"])
            g.add_edge(rel["head"], rel["tail"], key=key, relation=rel["relation"], article=art,
                       date=rel.get("date"), evidence=rel.get("evidence"),
                       evidence_start=rel.get("evidence_start"), evidence_end=rel.get("evidence_end"),
                       confidence=rel.get("confidence"))
        self._index = None

    @classmethod
    def from_extractions(cls, docs: Iterable[dict]) -> "KnowledgeGraph":
        kg = cls()
        for doc in docs:
            kg.add_extraction(doc)
        return kg

    # --- lookups --------------------------------------------------------------

    def _alias_index(self) -> dict[str, str]:
        if self._index is None:
            # names win over aliases; among equals, the entity in more articles wins
            ranked = sorted(self.graph.nodes(data=True), key=lambda nd: len(nd[1]["articles"]))
            index = {norm(alias): node for node, data in ranked for alias in data["aliases"]}
            index.update({norm(data["name"]): node for node, data in ranked})
            self._index = index
        return self._index

    def find(self, name: str) -> str | None:
        """The id of the entity with this id, name or alias, or None."""
        if name in self.graph:
            return name
        return self._alias_index().get(norm(name))

    def entity(self, name: str) -> dict:
        """The entity's attributes with its ``id``; KeyError if no entity has that name or alias."""
        node = self.find(name)
        if node is None:
            raise KeyError(f"no entity named {name!r}")
        return {"id": node, **self.graph.nodes[node]}

    def facts(self, name: str | None = None) -> list[dict]:
        """Every fact (about one entity when ``name`` is given), as dicts with head and tail ids."""
        g = self.graph
        if name is None:
            edges = g.edges(keys=True, data=True)
        else:
            node = self.entity(name)["id"]
            edges = list(g.out_edges(node, keys=True, data=True)) + list(g.in_edges(node, keys=True, data=True))
        return [{"id": k, "head": u, "tail": v, **d} for u, v, k, d in edges]

    def neighbors(self, name: str, relation: str | None = None, direction: str = "both",
                  depth: int = 1) -> list[tuple[dict, str, dict]]:
        """``(neighbour, relation, fact)`` for each fact linking the entity to a neighbour.

        ``direction`` is "out" (entity is the head), "in" (the tail) or "both";
        symmetric relations count in both directions. With ``depth`` > 1 the
        walk goes on from each neighbour; each fact is listed once. The fact dict
        has ``head``, ``tail``, ``date``, ``evidence``, ``article`` and ``direction``.
        """
        if direction not in ("out", "in", "both"):
            raise ValueError("direction must be 'out', 'in' or 'both'")
        g, start = self.graph, self.entity(name)["id"]
        seen_nodes, seen_facts, frontier, result = {start}, set(), [start], []
        for _ in range(depth):
            nxt = []
            for node in frontier:
                for u, v, k, d in [*g.out_edges(node, keys=True, data=True), *g.in_edges(node, keys=True, data=True)]:
                    outward = u == node
                    symmetric = RELATIONS[d["relation"]].symmetric
                    if k in seen_facts or (relation and d["relation"] != relation):
                        continue
                    if direction != "both" and not symmetric and outward != (direction == "out"):
                        continue
                    other = v if outward else u
                    seen_facts.add(k)
                    fact = {"id": k, "head": u, "tail": v, "direction": "out" if outward else "in", **d}
                    result.append(({"id": other, **g.nodes[other]}, d["relation"], fact))
                    if other not in seen_nodes:
                        seen_nodes.add(other)
                        nxt.append(other)
            frontier = nxt
        return result

    def to_networkx(self) -> nx.MultiDiGraph:
        """The underlying graph (a copy): nodes are entity ids, edge keys fact ids."""
        return self.graph.copy()

    def query(self, sparql: str):
        """Run SPARQL over the graph's RDF form; returns rdflib's result."""
        from .rdf import PREFIXES, to_dataset

        return to_dataset(self).query(sparql, initNs=PREFIXES)

    def write(self, out_dir: str | Path, **options) -> dict[str, Path]:
        """Write graph.ttl, graph.jsonld, graph.nq and graph.html into ``out_dir``."""
        from .outputs import write_outputs

        return write_outputs(self, Path(out_dir), **options)

    # --- summaries ------------------------------------------------------------

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def summary(self) -> dict:
        g = self.graph
        return {"articles": len(g.graph["articles"]), "entities": g.number_of_nodes(),
                "facts": g.number_of_edges()}

    def __repr__(self) -> str:
        s = self.summary()
        return f"<KnowledgeGraph {s['entities']} entities, {s['facts']} facts, {s['articles']} articles>"

    def to_json(self) -> dict:
        return nx.node_link_data(self.graph, edges="links")

    @classmethod
    def from_json(cls, data: dict) -> "KnowledgeGraph":
        return cls(nx.node_link_graph(data, directed=True, multigraph=True, edges="links"))

