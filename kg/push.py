"""Pushing a build into a SPARQL 1.1 store, named graphs kept: SPARQL Update or the Graph Store Protocol.

Each article's named graph belongs to the build: it is replaced (dropped, then
filled). The default graph's triples (entities, articles and fact nodes) are added
to the store's default graph, or, with ``default_graph``, replace that named graph:
stores such as Virtuoso have no default graph of their own (theirs is the union
of the named ones) and need this. Only the replacing way drops the descriptions
and fact nodes a rebuild no longer has.

The quads are read as a stream and sent in chunks of about ``chunk`` triples,
serialised as N-Triples by pyoxigraph: in one ``INSERT DATA`` per request
(several small graphs share a request), or one Graph Store request per graph
chunk (``PUT`` for a graph's first chunk, ``POST`` for the rest).

Credentials come from the environment (``KG_ENDPOINT_USER``,
``KG_ENDPOINT_PASSWORD``) and are answered to HTTP Basic or Digest, as the
server asks.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode
from urllib.request import (HTTPBasicAuthHandler, HTTPDigestAuthHandler, HTTPPasswordMgrWithDefaultRealm,
                            OpenerDirector, Request, build_opener)

import pyoxigraph as ox

USER_ENV, PASSWORD_ENV = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD"
CHUNK = 5000  # triples per request
TIMEOUT = 300.0  # seconds per request


class PushError(Exception):
    """The store refused a request or could not be reached."""


@dataclass
class Part:
    """Triples for one graph (None: the store's default graph) sent together."""

    graph: ox.NamedNode | None
    replace: bool  # the graph's first part: clear the graph before adding
    triples: list[ox.Triple] = field(default_factory=list)


def read_parts(path: str | Path, default_graph: str | None = None, chunk: int = CHUNK) -> Iterator[Part]:
    """The quads of a build (its graph.nq) or graph file as parts of at most ``chunk`` triples each."""
    from .rdf import graph_file
    from .readers import InputError

    file = graph_file(path)
    target = ox.NamedNode(default_graph) if default_graph else None
    seen: set[ox.NamedNode | None] = set()
    part: Part | None = None
    try:
        for quad in ox.parse(path=file, format=ox.RdfFormat.from_extension(file.suffix.lstrip("."))):
            graph = target if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name
            if part is None or part.graph != graph or len(part.triples) >= chunk:
                if part is not None:
                    yield part
                part = Part(graph, replace=graph is not None and graph not in seen)
                seen.add(graph)
            part.triples.append(quad.triple)
    except SyntaxError as exc:  # pyoxigraph's parse errors
        raise InputError(str(file), f"cannot parse: {exc}") from None
    if part is not None:
        yield part


def ntriples(triples: list[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def update_text(parts: list[Part]) -> str:
    """One SPARQL Update request: drop the graphs being replaced, then ``INSERT DATA`` every part."""
    drops = [f"DROP SILENT GRAPH {p.graph} ;\n" for p in parts if p.replace]
    blocks = [ntriples(p.triples) if p.graph is None else f"GRAPH {p.graph} {{\n{ntriples(p.triples)}}}\n"
              for p in parts]
    return "".join(drops) + "INSERT DATA {\n" + "".join(blocks) + "}\n"


def opener(url: str, user: str | None, password: str | None) -> OpenerDirector:
    """An HTTP opener that answers Basic or Digest challenges from ``url`` with the credentials, if any."""
    if not user:
        return build_opener()
    passwords = HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, user, password or "")
    return build_opener(HTTPDigestAuthHandler(passwords), HTTPBasicAuthHandler(passwords))


def send(http: OpenerDirector, request: Request, credentials: bool) -> None:
    """Send one request; ``PushError`` naming the method, URL and the server's answer if it fails."""
    try:
        with http.open(request, timeout=TIMEOUT) as response:
            response.read()
    except HTTPError as exc:
        detail = " ".join(re.sub(r"<[^>]*>", " ", exc.read().decode("utf-8", "replace")).split())[:300]
        hint = f" (no credentials: set {USER_ENV} and {PASSWORD_ENV})" if exc.code == 401 and not credentials else ""
        raise PushError(f"{request.get_method()} {request.full_url.split('?')[0]}: HTTP {exc.code} {exc.reason}"
                        + (f": {detail}" if detail else "") + hint) from None
    except URLError as exc:
        raise PushError(f"{request.full_url.split('?')[0]}: {exc.reason}") from None


def update_requests(endpoint: str, parts: Iterable[Part], chunk: int) -> Iterator[Request]:
    """SPARQL 1.1 Update requests (form-encoded ``update``) of at most ``chunk`` triples each."""
    def request(batch: list[Part]) -> Request:
        return Request(endpoint, data=urlencode({"update": update_text(batch)}).encode("ascii"), method="POST")

    batch: list[Part] = []
    size = 0
    for part in parts:
        if batch and size + len(part.triples) > chunk:
            yield request(batch)
            batch, size = [], 0
        batch.append(part)
        size += len(part.triples)
    if batch:
        yield request(batch)


def graph_store_requests(store: str, parts: Iterable[Part]) -> Iterator[Request]:
    """Graph Store Protocol requests: PUT a graph's first part, POST the others (and the default graph's)."""
    for part in parts:
        target = "default" if part.graph is None else "graph=" + quote(part.graph.value, safe="")
        yield Request(f"{store}{'&' if '?' in store else '?'}{target}", data=ntriples(part.triples).encode("utf-8"),
                      method="PUT" if part.replace else "POST", headers={"Content-Type": "text/turtle; charset=utf-8"})


@dataclass
class PushReport:
    graphs: int = 0  # named graphs written
    triples: int = 0
    requests: int = 0


def push(path: str | Path, endpoint: str | None = None, graph_store: str | None = None,
         default_graph: str | None = None, chunk: int = CHUNK, user: str | None = None,
         password: str | None = None) -> PushReport:
    """Load a build into the store: through the Graph Store Protocol at ``graph_store`` if given,
    else by SPARQL Update at ``endpoint``. Credentials default to the environment's."""
    if not (endpoint or graph_store):
        raise ValueError("give a SPARQL Update endpoint or a Graph Store Protocol URL")
    user = user if user is not None else os.environ.get(USER_ENV)
    password = password if password is not None else os.environ.get(PASSWORD_ENV)
    url = graph_store or endpoint
    http, report = opener(url, user, password), PushReport()

    def counted(parts: Iterator[Part]) -> Iterator[Part]:
        for part in parts:
            report.triples += len(part.triples)
            report.graphs += part.replace
            yield part

    parts = counted(read_parts(path, default_graph, chunk))
    requests = graph_store_requests(graph_store, parts) if graph_store else update_requests(endpoint, parts, chunk)
    for request in requests:
        send(http, request, credentials=bool(user))
        report.requests += 1
    return report
