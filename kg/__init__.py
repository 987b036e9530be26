"""newskg: knowledge graphs from Chinese technology and business news.

>>> import kg
>>> g = kg.build(["data/seed_digest.md"])          # doctest: +SKIP
>>> g.neighbors("阿里云")                            # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from .graph import KnowledgeGraph

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "build", "load", "__version__"]


def build(paths, **options) -> KnowledgeGraph:
    """Read the news files or folders in ``paths`` and return the merged graph."""
    from .pipeline import build as _build

    return _build([paths] if isinstance(paths, (str, Path)) else paths, **options)


def load(path) -> KnowledgeGraph:
    """Load a graph written by ``build`` (graph.ttl, graph.nq, graph.jsonld, or their folder)."""
    from .rdf import load_graph

    return load_graph(path)
