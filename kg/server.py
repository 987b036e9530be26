"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph.

- ``GET /sparql?query=…``, ``POST /sparql`` with ``application/sparql-query`` or a
  form-encoded ``query=``; ``default-graph-uri`` / ``named-graph-uri`` honoured.
  Without them the default graph is the store's own, which in a kg build holds
  every statement; each article's named graph holds the statements it makes.
- Results by content negotiation (``Accept``, else a ``format``/``output`` parameter):
  SELECT/ASK as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle,
  JSON-LD, N-Triples or RDF/XML. The prefixes of ``kg.rdf.PREFIXES`` are predeclared.
- Read-only: SPARQL Update (``update=``, ``application/sparql-update``) gets 403,
  other methods 405; ``SERVICE`` is refused with 400 (no request leaves the
  server); the store is opened read-only.
- Limits: each query runs in a worker process that is killed when it passes the
  time limit (503); a result larger than the size limit is refused (413); request
  bodies are capped. Requests wait for a free worker in arrival order, however
  long the line; only past ``max_waiting`` waiting requests is one refused (503).
  Processes rather than threads: pyoxigraph releases the GIL while it evaluates,
  but a running query cannot be cancelled, and only a process can be killed.
- CORS: ``Access-Control-Allow-Origin: *`` on every answer, preflight answered.
- ``/`` serves the folder's ``graph.html`` when there is one.

Queries run on pyoxigraph: the build's store (``kg load DIR DIR/store``) when there
is a fresh one, else a temporary store bulk-loaded from the graph file at start.
"""
from __future__ import annotations

import multiprocessing as mp
import shutil
import sys
import tempfile
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

RESULT_FORMATS = {  # media type -> format for SELECT and ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML, "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {  # media type -> format for CONSTRUCT and DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE, "application/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/x-json+ld": ox.RdfFormat.JSON_LD, "application/json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_PARAMS = {  # the ``format``/``output`` parameter (SPARQLWrapper sends one) -> media type
    "json": "application/json", "xml": "application/xml", "csv": "text/csv", "tsv": "text/tab-separated-values",
    "turtle": "text/turtle", "n3": "text/turtle", "json-ld": "application/ld+json", "jsonld": "application/ld+json",
    "rdf+xml": "application/rdf+xml",
}
ENDPOINT_PATHS = ("/sparql", "/query")


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds a query may run
    max_result_bytes: int = 50_000_000  # size of a serialised answer
    max_request_bytes: int = 1_000_000  # size of a request body
    max_waiting: int = 1000  # requests waiting for a free worker; more are refused (503)


class QueryError(Exception):
    """A query the endpoint refuses or cannot answer, with the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


# --- parsing the request ---------------------------------------------------------

def ranked_media_types(accept: str) -> list[str]:
    """Media types of an Accept header, best first (by q, then by order)."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0] and q > 0:
            ranked.append((-q, i, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def choose_format(accept: str, param: str | None, formats: dict, default):
    """The format for an answer: the best acceptable media type we serve, else the parameter, else ``default``."""
    for media in ranked_media_types(accept or ""):
        if media in formats:
            return formats[media]
    if param and FORMAT_PARAMS.get(param.lower()) in formats:
        return formats[FORMAT_PARAMS[param.lower()]]
    return default


def uses_service(sparql: str) -> bool:
    """Whether a query has the SERVICE keyword (outside strings, IRIs and comments)."""
    from .store import has_keyword

    return has_keyword(sparql, "SERVICE")


# --- workers: one process per running query -----------------------------------------

class _Bounded:
    """A byte sink that stops the serialiser once the answer passes ``limit`` bytes."""

    def __init__(self, limit: int):
        self.chunks: list[bytes] = []
        self.size, self.limit, self.overflow = 0, limit, False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.overflow = True
            raise OverflowError("answer too large")
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def answer(store: ox.Store, sparql: str, accept: str, format_param: str | None, max_bytes: int,
           default_graphs: list[str], named_graphs: list[str]) -> tuple[str, bytes]:
    """Run one query and serialise its answer: ``(content type, body)``; QueryError when refused."""
    from .store import run_query

    options = {}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = run_query(store, sparql, **options)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(400, f"bad query: {exc}") from None
    if isinstance(result, ox.QueryTriples):
        fmt = choose_format(accept, format_param, GRAPH_FORMATS, ox.RdfFormat.TURTLE)
    else:
        fmt = choose_format(accept, format_param, RESULT_FORMATS, ox.QueryResultsFormat.JSON)
    sink = _Bounded(max_bytes)
    try:
        result.serialize(sink, format=fmt)
    except Exception as exc:  # the sink's overflow, or an evaluation error met while streaming
        if sink.overflow:
            raise QueryError(413, f"the answer is larger than the limit of {max_bytes} bytes; add a LIMIT") from None
        raise QueryError(400, f"query failed: {exc}") from None
    media = fmt.media_type.split(";")[0]
    return (f"{media}; charset=utf-8" if not media.endswith("xml") else media), b"".join(sink.chunks)


def _worker_main(store_path: str, conn) -> None:
    """Worker process: answer queries sent over ``conn`` from a read-only store."""
    from .store import open_store

    store = open_store(store_path)
    conn.send(("ready",))
    while True:
        try:
            request = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            conn.send(("ok", *answer(store, **request)))
        except QueryError as exc:
            conn.send(("error", exc.status, str(exc)))
        except Exception as exc:  # never let one query take the worker down silently
            conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, store_path: str):
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(store_path, child), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout) or self.conn.recv() != ("ready",):
            raise RuntimeError("a query worker did not start")

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class _Line:
    """Idle workers handed to waiting requests strictly in arrival order."""

    def __init__(self):
        self.lock = threading.Lock()
        self.idle: list[_Worker] = []
        self.waiting: deque[tuple[threading.Event, list[_Worker]]] = deque()

    def get(self, max_waiting: int) -> _Worker:
        with self.lock:
            if self.idle and not self.waiting:
                return self.idle.pop()
            if len(self.waiting) >= max_waiting:
                raise QueryError(503, f"{max_waiting} queries are already waiting; try again later")
            turn: tuple[threading.Event, list[_Worker]] = (threading.Event(), [])
            self.waiting.append(turn)
        turn[0].wait()
        return turn[1][0]

    def put(self, worker: _Worker) -> None:
        with self.lock:
            if self.waiting:
                event, slot = self.waiting.popleft()
                slot.append(worker)
                event.set()
            else:
                self.idle.append(worker)


class WorkerPool:
    """Worker processes over one store; a query past the time limit costs its worker its life."""

    def __init__(self, store_path: Path, size: int, limits: Limits):
        self.store_path, self.limits = str(store_path), limits
        self.line = _Line()
        workers = [_Worker(self.store_path) for _ in range(size)]
        for w in workers:
            w.wait_ready(60)
            self.line.put(w)
        self.all = set(workers)
        self.lock = threading.Lock()

    def run(self, request: dict) -> tuple[str, bytes]:
        worker = self.line.get(self.limits.max_waiting)
        try:
            worker.conn.send(request)
            if not worker.conn.poll(self.limits.timeout):
                self._replace(worker)
                worker = None
                raise QueryError(503, f"the query ran past the time limit of {self.limits.timeout:g} s")
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            worker = None
            raise QueryError(500, "the query worker failed") from None
        finally:
            if worker is not None:
                self.line.put(worker)
        if reply[0] == "error":
            raise QueryError(reply[1], reply[2])
        return reply[1], reply[2]

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        fresh = _Worker(self.store_path)
        fresh.wait_ready(60)
        with self.lock:
            self.all.discard(worker)
            self.all.add(fresh)
        self.line.put(fresh)

    def close(self) -> None:
        with self.lock:
            for w in self.all:
                w.stop()


# --- HTTP ------------------------------------------------------------------------------

class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # many clients connect at once

    def __init__(self, address, pool: WorkerPool, limits: Limits, html: Path | None, log: bool):
        super().__init__(address, SparqlHandler)
        self.pool, self.limits, self.html, self.log = pool, limits, html, log


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "newskg-sparql/1"

    def log_message(self, format: str, *args) -> None:
        if self.server.log:
            super().log_message(format, *args)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "Content-Type")
        self.send_header("Vary", "Accept")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def do_OPTIONS(self) -> None:
        self._send(204, b"", "text/plain", {"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                             "Access-Control-Allow-Headers": "Accept, Content-Type",
                                             "Access-Control-Max-Age": "86400"})

    def _refuse_method(self) -> None:
        self._error(405, "read-only SPARQL endpoint: use GET or POST queries", {"Allow": "GET, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/" and "query" not in params:
            if self.server.html is None:
                self._send(200, b"newskg SPARQL endpoint: /sparql\n", "text/plain; charset=utf-8")
            else:
                self._send(200, self.server.html.read_bytes(), "text/html; charset=utf-8")
            return
        if url.path not in ENDPOINT_PATHS + ("/",):
            self._error(404, f"not found: {url.path}; the SPARQL endpoint is /sparql")
            return
        self._query(params)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ENDPOINT_PATHS + ("/",):
            self._error(404, f"not found: {url.path}; the SPARQL endpoint is /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.limits.max_request_bytes:
            self._error(413, f"request body larger than {self.server.limits.max_request_bytes} bytes")
            self.close_connection = True
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            params["update"] = [body]
        elif ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            self._error(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
            return
        self._query(params)

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(400, "give exactly one query (the query parameter)")
            return
        if uses_service(queries[0]):
            self._error(400, "SERVICE is refused: this endpoint does not query other endpoints")
            return
        request = {"sparql": queries[0], "accept": self.headers.get("Accept", ""),
                   "format_param": (params.get("format") or params.get("output") or [None])[0],
                   "max_bytes": self.server.limits.max_result_bytes,
                   "default_graphs": params.get("default-graph-uri", []),
                   "named_graphs": params.get("named-graph-uri", [])}
        try:
            content_type, body = self.server.pool.run(request)
        except QueryError as exc:
            self._error(exc.status, str(exc))
            return
        self._send(200, body, content_type)


# --- starting ------------------------------------------------------------------------------

def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 8000, workers: int = 2,
          limits: Limits = Limits(), log: bool = True, ready=None) -> None:
    """Serve ``graph`` (build folder, graph file or store) until interrupted.

    ``ready(url)`` is called once the endpoint accepts queries.
    """
    from .rdf import graph_file
    from .store import find_store, load_store

    graph = Path(graph)
    store, tmp = find_store(graph), None
    if store is None:
        tmp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        store = tmp / "store"
        load_store(graph_file(graph), store)
    folder = graph if graph.is_dir() else graph.parent
    html = folder / "graph.html" if (folder / "graph.html").is_file() else None
    pool = WorkerPool(store, workers, limits)
    server = SparqlServer((host, port), pool, limits, html, log)
    try:
        url = f"http://{host}:{server.server_address[1]}/sparql"
        if ready is not None:
            ready(url)
        server.serve_forever()
    finally:
        server.server_close()
        pool.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def main_ready(url: str) -> None:
    print(f"kg serve: SPARQL endpoint at {url} (graph at {url.rsplit('/', 1)[0]}/); Ctrl-C to stop",
          file=sys.stderr, flush=True)
