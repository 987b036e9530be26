"""The ``kg`` command: extract, build, query, neighbors (and more, one subcommand each).

Errors in the input end the run with a message naming the file (and line),
exit status 2 and nothing half-written.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .readers import DuplicateArticle, InputError, check_inputs

COMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {}


def command(name: str):
    """Register a function that adds subcommand ``name`` to the parser."""
    def register(fn):
        COMMANDS[name] = fn
        return fn
    return register


def _inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="digest .md, .jsonl/.json, .txt, .html files, folders of them, or - for standard input")
    p.add_argument("--skip-bad", action="store_true", help="skip malformed lines and unusable files (named and counted) instead of stopping")
    p.add_argument("--threshold", type=float, default=None, help="drop facts with confidence below this (0-1)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on standard error")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="extraction processes (default: all cores; 1: in this process)")
    p.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="extract on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786)")
    p.add_argument("--config", default=None, metavar="FILE",
                   help="the spaCy pipeline config (default: kg/pipeline.cfg; kg/pipeline-ner.cfg adds the trained ner)")


def _say(args, message: str) -> None:
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def _parallel(args) -> dict:
    """The ``extract_files`` options for --workers, --dask and --config."""
    from .parallel import default_workers, worker_nlp

    if args.config:
        if not Path(args.config).is_file():
            raise InputError(args.config, "no such pipeline config file")
        worker_nlp(args.config)  # a config that cannot make a pipeline stops the run here, with its reason
    return {"workers": args.workers or default_workers(), "dask": args.dask, "config": args.config}


def _progress(args, docs):
    """``docs`` with a progress bar on standard error (when it is a terminal and not --quiet)."""
    if args.quiet or not sys.stderr.isatty():
        return docs
    from tqdm import tqdm

    return tqdm(docs, desc=f"kg {args.command}", unit=" articles", file=sys.stderr, leave=False, mininterval=0.5)


@command("extract")
def _extract_parser(sub) -> None:
    p = sub.add_parser("extract", help="one JSON line of entities and relations per article")
    _inputs(p)
    p.add_argument("-o", "--output", help="output .jsonl (default: standard output)")
    p.set_defaults(run=run_extract)


def run_extract(args) -> None:
    check_inputs(args.inputs, args.skip_bad)  # a bad file or line stops the run before the pipeline loads
    from .outputs import write_atomic
    from .pipeline import extract_files

    start, errors = time.perf_counter(), []
    docs = extract_files(args.inputs, skip_bad=args.skip_bad, errors=errors, threshold=args.threshold,
                         **_parallel(args))
    n = n_entities = n_facts = 0

    def counted(docs):
        nonlocal n_entities, n_facts
        for doc in docs:
            n_entities += len(doc["entities"])
            n_facts += len(doc["relations"])
            yield doc

    lines = (json.dumps(doc, ensure_ascii=False) + "\n" for doc in counted(_progress(args, docs)))
    if args.output:
        def write(f):
            nonlocal n
            for line in lines:
                f.write(line.encode("utf-8"))
                n += 1
        write_atomic(Path(args.output), write)
    else:
        for line in lines:
            sys.stdout.write(line)
            n += 1
    _report_skipped(args, errors)
    _say(args, f"kg extract: {n} articles, {n_entities} entities, {n_facts} facts "
               f"in {time.perf_counter() - start:.1f} s")


SHOWN_SKIPS = 20  # skipped lines and files named one by one; the rest only counted


def _report_skipped(args, errors: list[InputError]) -> None:
    """Name what was skipped (bad lines and files, repeated article ids) and count it."""
    for err in errors[:SHOWN_SKIPS]:
        _say(args, f"skipped {err}")
    if len(errors) > SHOWN_SKIPS:
        _say(args, f"... and {len(errors) - SHOWN_SKIPS} more")
    duplicates = sum(isinstance(err, DuplicateArticle) for err in errors)
    if len(errors) > duplicates:
        _say(args, f"{len(errors) - duplicates} bad lines or files skipped")
    if duplicates:
        _say(args, f"{duplicates} articles with a repeated id skipped (the first one kept)")


@command("build")
def _build_parser(sub) -> None:
    p = sub.add_parser("build", help="build the graph: graph.ttl, graph.jsonld, graph.nq, graph.html")
    _inputs(p)
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.add_argument("--base-iri", default=None, help="base IRI of entities, facts and articles")
    p.add_argument("--max-nodes", type=int, default=None, help="HTML view: keep the N entities of highest degree")
    p.add_argument("--update", action="store_true",
                   help="add to the graph already in the output folder only the articles it does not hold (by id)")
    p.set_defaults(run=run_build)


def run_build(args) -> None:
    check_inputs(args.inputs, args.skip_bad)  # a bad file or line stops the run before the pipeline loads
    from .outputs import read_build
    from .graph import KnowledgeGraph
    from .pipeline import build

    start, errors = time.perf_counter(), []
    kg = read_build(Path(args.output)) if args.update else KnowledgeGraph()
    before = kg.summary()["articles"]
    build(args.inputs, skip_bad=args.skip_bad, errors=errors, threshold=args.threshold, into=kg,
          progress=lambda docs: _progress(args, docs), **_parallel(args))
    kg.write(args.output, base_iri=args.base_iri, max_nodes=args.max_nodes)
    _report_skipped(args, errors)
    s = kg.summary()
    added = f" ({s['articles'] - before} new)" if args.update else ""
    _say(args, f"kg build: {s['articles']} articles{added}, {s['entities']} entities, {s['facts']} facts "
               f"in {time.perf_counter() - start:.1f} s -> {args.output}")


@command("query")
def _query_parser(sub) -> None:
    p = sub.add_parser("query", help="run SPARQL over a built graph (prefixes kg: rdf: rdfs: skos: xsd: prov: schema: predeclared)")
    p.add_argument("graph", help="graph.ttl / graph.nq / graph.jsonld written by build, or its folder")
    p.add_argument("sparql", help="the query, or @FILE to read it from a file")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.set_defaults(run=run_query)


def run_query(args) -> None:
    from .rdf import print_results, query_path

    sparql = Path(args.sparql[1:]).read_text(encoding="utf-8") if args.sparql.startswith("@") else args.sparql
    print_results(query_path(args.graph, sparql), args.format, sys.stdout)


@command("neighbors")
def _neighbors_parser(sub) -> None:
    p = sub.add_parser("neighbors", help="an entity (by any alias) and its neighbours")
    p.add_argument("graph", help="a file written by build, or its folder")
    p.add_argument("name")
    p.add_argument("--relation", default=None)
    p.add_argument("--direction", choices=["out", "in", "both"], default="both")
    p.add_argument("--depth", type=int, default=1)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(run=run_neighbors)


def run_neighbors(args) -> None:
    from . import load

    kg = load(args.graph)
    try:
        ent = kg.entity(args.name)
    except KeyError:
        raise InputError(args.graph, f"no entity named {args.name!r}") from None
    rows = kg.neighbors(ent["id"], relation=args.relation, direction=args.direction, depth=args.depth)
    if args.format == "json":
        print(json.dumps({"entity": ent, "neighbors": [{"entity": n, "relation": r, "fact": f} for n, r, f in rows]},
                         ensure_ascii=False, indent=1))
        return
    print(f"{ent['name']} ({ent['type']}, {ent['id']})" + (f"  aliases: {', '.join(ent['aliases'])}" if ent["aliases"] else ""))
    for other, rel, fact in rows:
        arrow = "->" if fact["direction"] == "out" else "<-"
        print(f"  {arrow} {rel:22s} {other['name']} ({other['type']})  date={fact.get('date') or '-'}  "
              f"article={fact['article']}")
        if fact.get("evidence"):
            print(f"       {fact['evidence']}")


@command("html")
def _html_parser(sub) -> None:
    p = sub.add_parser("html", help="write the interactive HTML view of a built graph (all of it, or one entity's neighbourhood)")
    p.add_argument("graph", help="a file written by build, or its folder")
    p.add_argument("-o", "--output", required=True, help="the .html file to write")
    p.add_argument("--focus", default=None, metavar="NAME", help="show this entity (any alias) and its neighbourhood")
    p.add_argument("--depth", type=int, default=2, help="with --focus: steps out from the entity (default 2)")
    p.add_argument("--max-nodes", type=int, default=None, help="keep the N entities of highest degree")
    p.set_defaults(run=run_html)


def run_html(args) -> None:
    from . import load
    from .outputs import write_atomic
    from .html import render_html

    kg = load(args.graph)
    if args.focus is not None and kg.find(args.focus) is None:
        raise InputError(args.graph, f"no entity named {args.focus!r}")
    page = render_html(kg, max_nodes=args.max_nodes, focus=args.focus, depth=args.depth)
    write_atomic(Path(args.output), lambda f: f.write(page.encode("utf-8")))


@command("load")
def _load_parser(sub) -> None:
    p = sub.add_parser("load", help="bulk-load a build into an embedded store (DIR/store is used by kg query and kg serve)")
    p.add_argument("graph", help="a build folder (its graph.nq) or a graph file")
    p.add_argument("store", help="the store folder to write, e.g. DIR/store")
    p.add_argument("--quiet", "-q", action="store_true")
    p.set_defaults(run=run_load)


def run_load(args) -> None:
    from .store import load_store

    start = time.perf_counter()
    meta = load_store(args.graph, args.store)
    _say(args, f"kg load: {meta['quads']} quads from {meta['source']} in {time.perf_counter() - start:.1f} s "
               f"-> {args.store}")


@command("serve")
def _serve_parser(sub) -> None:
    p = sub.add_parser("serve", help="a read-only SPARQL 1.1 endpoint over a built graph (and its graph.html at /)")
    p.add_argument("graph", help="a build folder, a graph file, or a store made by kg load")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    p.add_argument("--port", type=int, default=8000, help="port (0: any free port)")
    p.add_argument("--workers", type=int, default=2, help="query worker processes")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run")
    p.add_argument("--max-result-bytes", type=int, default=50_000_000, help="largest answer served")
    p.add_argument("--quiet", "-q", action="store_true", help="no request log")
    p.set_defaults(run=run_serve)


def run_serve(args) -> None:
    from .server import Limits, main_ready, serve

    serve(args.graph, host=args.host, port=args.port, workers=args.workers, log=not args.quiet, ready=main_ready,
          limits=Limits(timeout=args.timeout, max_result_bytes=args.max_result_bytes))


@command("push")
def _push_parser(sub) -> None:
    from .push import CHUNK, PASSWORD_ENV, USER_ENV

    p = sub.add_parser("push", help="load a build (named graphs kept) into a SPARQL 1.1 store, by SPARQL Update or "
                                    f"the Graph Store Protocol; credentials from ${USER_ENV} and ${PASSWORD_ENV}")
    p.add_argument("graph", help="a build folder (its graph.nq) or a graph file")
    p.add_argument("--endpoint", help="the SPARQL 1.1 Update endpoint, e.g. http://host:8890/sparql-auth")
    p.add_argument("--graph-store", metavar="URL",
                   help="push through the Graph Store Protocol at URL instead, e.g. http://host:8890/sparql-graph-crud-auth")
    p.add_argument("--default-graph", metavar="IRI",
                   help="put the default graph's triples (entities, articles) in this named graph, replacing it "
                        "(for stores without a default graph of their own, such as Virtuoso)")
    p.add_argument("--chunk", type=int, default=CHUNK, help=f"triples per request (default {CHUNK})")
    p.add_argument("--quiet", "-q", action="store_true")
    p.set_defaults(run=run_push)


def run_push(args) -> None:
    from .push import PushError, push

    if not (args.endpoint or args.graph_store):
        raise SystemExit("kg push: error: give --endpoint (SPARQL Update) or --graph-store (Graph Store Protocol)")
    start = time.perf_counter()
    try:
        report = push(args.graph, endpoint=args.endpoint, graph_store=args.graph_store,
                      default_graph=args.default_graph, chunk=args.chunk)
    except PushError as exc:
        raise SystemExit(f"kg push: error: {exc}") from None
    _say(args, f"kg push: {report.triples} triples, {report.graphs} named graphs in {report.requests} requests "
               f"in {time.perf_counter() - start:.1f} s -> {args.graph_store or args.endpoint}")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese technology and business news.")
    sub = p.add_subparsers(dest="command", required=True)
    for add in COMMANDS.values():
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        args.run(args)
    except InputError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted; outputs left as they were", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # writing the outputs failed: disk full, no permission…
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"kg {args.command}: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
