"""The embedded store: bulk load, the same answers as rdflib, freshness, and safe replacement."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pyoxigraph as ox

import pytest

from kg.cli import main
from kg.rdf import load_dataset, query_path, PREFIXES
from kg.readers import InputError
from kg.store import bulk_load, find_store, is_store, load_store, query_store, store_meta
from rdf_seed import gold_build, gold_graph, write_build  # noqa: F401  (fixture)

QUERY = """SELECT DISTINCT ?name ?policy ?date WHERE {
  ?g rdfs:label ?name ; kg:issuesPolicy ?policy .
  ?f rdf:subject ?g ; rdf:object ?policy ; kg:date ?date }"""


def rows(result) -> set[tuple]:
    return {tuple(row) for row in result}


@pytest.fixture
def build(gold_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(gold_build, out)
    return out


def test_kg_load_then_query_uses_the_store(build, capsys):
    assert main(["load", str(build), str(build / "store")]) == 0
    assert "quads" in capsys.readouterr().err
    assert find_store(build) == build / "store"
    assert store_meta(build / "store")["quads"] == len(list(load_dataset(build / "graph.nq").quads()))
    from_store = query_path(build, QUERY)
    from_rdflib = load_dataset(build).query(QUERY, initNs=PREFIXES)
    assert rows(from_store) == rows(from_rdflib) and len(rows(from_store)) >= 14


def test_store_answers_ask_and_construct(build):
    load_store(build, build / "store")
    assert bool(query_store(build / "store", "ASK { ?x a kg:Government }").askAnswer)
    graph = query_store(build / "store", "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a kg:Policy ; rdfs:label ?l }").graph
    assert any("京津冀产业协同发展实施方案" in str(o) for o in graph.objects())


def test_stale_store_is_not_used(build):
    load_store(build, build / "store")
    write_build(gold_graph(), build)  # a rebuild rewrites graph.nq
    assert find_store(build) is None
    assert find_store(build / "store") == build / "store"  # named explicitly: used as it is


def test_reload_replaces_the_store_whole(build):
    load_store(build, build / "store")
    first = store_meta(build / "store")
    write_build(gold_graph(), build)
    second = load_store(build, build / "store")
    assert second["mtime_ns"] != first["mtime_ns"] and is_store(build / "store")
    assert sorted(p.name for p in build.iterdir() if p.name.startswith(".")) == []  # no temporary folders left
    assert find_store(build) == build / "store"


def test_load_does_not_overwrite_a_folder_that_is_not_a_store(build):
    (build / "precious").mkdir()
    (build / "precious" / "notes.txt").write_text("keep me")
    with pytest.raises(InputError, match="not a kg store"):
        load_store(build, build / "precious")
    assert (build / "precious" / "notes.txt").read_text() == "keep me"


def test_load_of_bad_rdf_is_a_clear_error_and_leaves_the_old_store(build, capsys):
    load_store(build, build / "store")
    bad = build / "bad.nq"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    assert main(["load", str(bad), str(build / "store")]) == 2
    assert "cannot parse" in capsys.readouterr().err
    assert store_meta(build / "store")["source"].endswith("graph.nq")


def test_store_opened_by_several_processes(build):
    """Read-only handles in two processes at once (what kg serve's workers do)."""
    load_store(build, build / "store")
    code = ("import sys; from kg.store import query_store; "
            "print(len(list(query_store(sys.argv[1], 'SELECT ?s WHERE { ?s a kg:Fact }'))))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(build / "store")], stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    assert [p.communicate(timeout=60)[0].strip() for p in procs] == [str(gold_graph().summary()["facts"])] * 2


def loaded(file, workers: int) -> set[str]:
    store = ox.Store()
    bulk_load(store, file, workers=workers)
    return {str(quad) for quad in store}


def test_bulk_load_in_pieces_gives_the_same_store(build):
    """N-Quads cut at line ends and loaded by three workers: the same quads as one load of the whole file."""
    whole = loaded(build / "graph.nq", 1)
    assert len(whole) > 500 and loaded(build / "graph.nq", 3) == whole


def test_syntax_error_in_a_later_piece_names_the_line_of_the_file(build):
    lines = (build / "graph.nq").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[-3] = lines[-3].replace(" .", " ", 1)  # the statement loses its final dot
    bad = build / "bad.nq"
    bad.write_text("".join(lines), encoding="utf-8")
    reported = []
    for workers in (1, 2):
        with pytest.raises(InputError) as error:
            bulk_load(ox.Store(), bad, workers=workers)
        reported.append(re.search(r"line (\d+) column", str(error.value)).group(1))
    assert reported == [str(len(lines) - 1)] * 2  # where the missing dot shows: the next line's start


def test_file_with_blank_nodes_is_loaded_whole(tmp_path):
    """A blank node label names one node within a file, so a file that has them is not cut."""
    file = tmp_path / "blank.nq"
    filler = "".join(f"<http://example.org/s{i}> <http://example.org/p> \"{i}\" .\n" for i in range(200))
    file.write_text(f"_:a <http://example.org/p> \"first\" .\n{filler}_:a <http://example.org/p> \"last\" .\n",
                    encoding="utf-8")
    store = ox.Store()
    bulk_load(store, file, workers=2)
    assert len({quad.subject for quad in store if isinstance(quad.subject, ox.BlankNode)}) == 1
