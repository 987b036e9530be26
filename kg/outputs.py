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
    """Temporary paths for ``names`` in ``out_dir``; renamed to their names on success, removed on error.

    Temporary files are hidden and named ``.NAME.PID.XXXX.tmp``; those a killed run left
    behind are removed by the next run into the same folder.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(out_dir, names)
    temps: dict[str, Path] = {}
    try:
        for name in names:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=out_dir)
            os.fchmod(fd, 0o666 & ~_umask())  # the mode a plain open() gives, not mkstemp's 0600
            os.close(fd)
            temps[name] = Path(tmp)
        yield temps
        for name, tmp in temps.items():
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
        for name, tmp in temps.items():
            os.replace(tmp, out_dir / name)
        _fsync_dir(out_dir)
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)


def remove_stale_temps(out_dir: Path, names: list[str]) -> None:
    """Remove temporary files of ``names`` left in ``out_dir`` by runs that are no longer alive."""
    for name in names:
        for tmp in out_dir.glob(f".{name}.*.tmp"):
            pid = tmp.name[len(name) + 2:].split(".", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
