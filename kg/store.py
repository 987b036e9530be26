"""The embedded persistent store: a build bulk-loaded into pyoxigraph (RocksDB) for fast SPARQL.

A store is a folder holding ``oxigraph/`` (the database) and ``store.json``
(what was loaded: source file, its size and modification time, quad count).
``kg load DIR STORE`` makes one; ``kg load DIR DIR/store`` puts it where
``kg query DIR`` and ``kg serve DIR`` find it. A build folder's store is used
only while it matches the folder's graph file (same size and time); after a
rebuild, queries fall back to the files until ``kg load`` runs again.

Loading writes a new store beside the target and swaps it in by renaming, so a
reader never sees a half-loaded store and an interrupted load leaves the
previous one as it was. Results are handed to Python as rdflib results:
rdflib stays the Python-facing API.
"""
from __future__ import annotations

import json
import mmap
import os
import re
import shutil
import tempfile
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result

from .rdf import PREFIXES, graph_file
from .readers import InputError

STORE_META = "store.json"
DATABASE = "oxigraph"
CHUNK_MAX = 128 << 20  # bytes of N-Quads a bulk-load call takes at most (about 850,000 quads of a build)
BUILD_STORE = "store"  # the store of a build folder: DIR/store
RDF_FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE, ".jsonld": ox.RdfFormat.JSON_LD}
OX_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def is_store(path: str | Path) -> bool:
    return (Path(path) / STORE_META).is_file()


def store_meta(path: str | Path) -> dict:
    return json.loads((Path(path) / STORE_META).read_text(encoding="utf-8"))


def _source_stamp(file: Path) -> dict:
    st = file.stat()
    return {"source": str(file.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _fresh(store: Path) -> bool:
    """Whether the store still holds what its source file holds."""
    meta = store_meta(store)
    source = Path(meta["source"])
    return source.is_file() and _source_stamp(source) == {k: meta[k] for k in ("source", "size", "mtime_ns")}


def find_store(path: str | Path) -> Path | None:
    """The store to query for ``path``: the path itself if it is a store, else a fresh ``store/`` beside its graph."""
    path = Path(path)
    if is_store(path):
        return path
    folder = path if path.is_dir() else path.parent
    store = folder / BUILD_STORE
    if not is_store(store) or not _fresh(store):
        return None
    if path.is_file() and Path(store_meta(store)["source"]) != path.resolve():
        return None
    return store


def line_chunks(file: Path, size: int) -> Iterator[tuple[int, bytes]]:
    """The file in pieces of about ``size`` bytes, each ending at a line end, with the number of lines before each."""
    with open(file, "rb") as f:
        rest, lines = b"", 0
        while block := f.read(size):
            cut = block.rfind(b"\n") + 1
            if not cut:  # a line longer than size: read on
                rest += block
                continue
            piece, rest = rest + block[:cut], block[cut:]
            yield lines, piece
            lines += piece.count(b"\n")
        if rest:
            yield lines, rest


def bulk_load(store: ox.Store, file: Path, workers: int | None = None) -> None:
    """Bulk-load an RDF file; N-Quads without blank nodes in pieces, as many at a time as there are cores.

    The loader parses and sorts on one thread a call, so a line-based file cut at line ends loads
    about twice as fast on two cores. Blank node labels hold only within one call: a file that may
    have them (``_:`` anywhere in it) is loaded in one piece. A syntax error names the file's line.
    """
    workers = workers or os.cpu_count() or 1
    fmt = RDF_FORMATS[file.suffix]
    try:
        if file.suffix != ".nq" or workers == 1 or _mentions_blank_node(file):
            store.bulk_load(path=str(file), format=fmt)
            return
        size = min(CHUNK_MAX, -(-file.stat().st_size // workers))
        with ThreadPoolExecutor(workers) as pool:
            pending: deque = deque()
            for lines, data in line_chunks(file, size):
                if len(pending) == workers:
                    _finish(*pending.popleft())
                pending.append((lines, pool.submit(store.bulk_load, input=data, format=fmt)))
            while pending:
                _finish(*pending.popleft())
    except SyntaxError as exc:
        raise InputError(str(file), f"cannot parse: {exc}") from None


def _mentions_blank_node(file: Path) -> bool:
    with open(file, "rb") as f:
        if not os.fstat(f.fileno()).st_size:
            return False
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return m.find(b"_:") >= 0


def _finish(lines: int, job) -> None:
    """Wait for one piece; its syntax error, if any, with the line counted from the start of the file."""
    try:
        job.result()
    except SyntaxError as exc:
        if exc.lineno is None or not lines:
            raise
        reason = str(exc.msg).split(": ", 1)[-1]
        raise SyntaxError(f"line {exc.lineno + lines} column {exc.offset}: {reason}") from None


def load_store(source: str | Path, store_dir: str | Path) -> dict:
    """Bulk-load a build (graph.nq preferred, or a graph file) into a store folder; returns its ``store.json``.

    An existing store at ``store_dir`` is replaced only once the new one is complete;
    a folder there that is not a store is left alone (error).
    """
    file, store_dir = graph_file(source), Path(store_dir)
    if store_dir.exists() and not is_store(store_dir):
        raise InputError(str(store_dir), "exists and is not a kg store; not overwriting it")
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.loading-", dir=store_dir.parent))
    old = None
    try:
        store = ox.Store(str(tmp / DATABASE))
        bulk_load(store, file)
        # The bulk loader writes its sorted files per batch of a million quads, side by side; one
        # compaction into a single sorted run per index makes every later lookup one seek instead
        # of one per batch: about a second on a million quads, a third off the competency queries.
        store.optimize()
        meta = {**_source_stamp(file), "quads": len(store), "format": file.suffix[1:]}
        store.flush()
        del store
        (tmp / STORE_META).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        if store_dir.exists():
            old = store_dir.with_name(f".{store_dir.name}.old-{os.getpid()}")
            os.rename(store_dir, old)
        os.rename(tmp, store_dir)
        return meta
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def open_store(path: str | Path) -> ox.Store:
    """A read-only handle on a store folder (many processes may hold one)."""
    return ox.Store.read_only(str(Path(path) / DATABASE))


_HIDDEN = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*', re.S)


def sparql_code(sparql: str) -> str:
    """A query with its strings, IRIs and comments blanked out: what is left are keywords, names and variables."""
    return _HIDDEN.sub(" ", sparql)


def has_keyword(sparql: str, keyword: str) -> bool:
    """Whether ``keyword`` (FROM, SERVICE …) occurs as a keyword of the query."""
    return re.search(rf"(?<![\w?$:]){keyword}(?![\w:-])", sparql_code(sparql), re.I) is not None


def run_query(store: ox.Store, sparql: str, **options):
    """Run SPARQL on a store with the prefixes predeclared. The default graph is the store's own, which in
    a kg build holds every statement (the named graphs say which article states what)."""
    return store.query(sparql, prefixes=OX_PREFIXES, **options)


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term (``None`` stays ``None``)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


def to_rdflib_result(answer) -> Result:
    """A pyoxigraph query answer (solutions, boolean or triples) as an rdflib ``Result``."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
    elif isinstance(answer, ox.QuerySolutions):
        result = Result("SELECT")
        names = [v.value for v in answer.variables]
        result.vars = [Variable(n) for n in names]
        result.bindings = [{Variable(n): to_rdflib(sol[n]) for n in names if sol[n] is not None} for sol in answer]
    else:
        result = Result("CONSTRUCT")
        result.graph = Graph()
        for triple in answer:
            result.graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return result


def query_store(path: str | Path, sparql: str) -> Result:
    """Run SPARQL on the store at ``path``; the answer as an rdflib result."""
    try:
        return to_rdflib_result(run_query(open_store(path), sparql))
    except SyntaxError as exc:
        raise InputError("query", f"SPARQL syntax error: {exc}") from None
