"""Writing a graph's outputs: all files or none.

Every output is written to a temporary file in the target folder and renamed
into place only after all of them were written, so an interrupted build leaves
the previous outputs as they were.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from .graph import KnowledgeGraph

OUTPUTS = ("graph.ttl", "graph.jsonld", "graph.nq", "graph.html")


@contextmanager
def atomic_files(out_dir: Path, names: list[str]) -> Iterator[dict[str, Path]]:
    """Temporary paths for ``names`` in ``out_dir``; renamed to their names on success, removed on error."""
    out_dir.mkdir(parents=True, exist_ok=True)
    temps: dict[str, Path] = {}
    try:
        for name in names:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            os.close(fd)
            temps[name] = Path(tmp)
        yield temps
        for name, tmp in temps.items():
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
        for name, tmp in temps.items():
            os.replace(tmp, out_dir / name)
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)


def write_atomic(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write one file through ``write(fileobj)`` atomically."""
    with atomic_files(path.parent, [path.name]) as tmp, open(tmp[path.name], "wb") as f:
        write(f)


def write_outputs(kg: KnowledgeGraph, out_dir: Path, base_iri: str | None = None,
                  max_nodes: int | None = None) -> dict[str, Path]:
    """Write graph.ttl, graph.jsonld, graph.nq and graph.html into ``out_dir``."""
    from .html import write_html
    from .rdf import DEFAULT_BASE, write_rdf

    with atomic_files(out_dir, list(OUTPUTS)) as tmp:
        write_rdf(kg, {fmt: tmp[f"graph.{fmt}"] for fmt in ("ttl", "jsonld", "nq")}, base_iri or DEFAULT_BASE)
        write_html(kg, tmp["graph.html"], max_nodes=max_nodes)
    return {name: out_dir / name for name in OUTPUTS}


def read_build(out_dir: Path) -> KnowledgeGraph:
    """The graph an earlier build wrote into ``out_dir``; an empty one when there is none yet."""
    from .rdf import GRAPH_FILES, load_graph

    if any((out_dir / name).is_file() for name in GRAPH_FILES):
        return load_graph(out_dir)
    return KnowledgeGraph()
