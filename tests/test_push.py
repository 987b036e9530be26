"""``kg push`` into a real Virtuoso (Debian's virtuoso-opensource) started on loopback, queried back over SPARQL."""
from __future__ import annotations

import configparser
import shutil
import socket
import subprocess
import time
from collections import Counter
from pathlib import Path
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import urlopen

import pyoxigraph as ox
import pytest

from conftest import run_kg
from kg.rdf import PREFIXES, query_path

SPARQLWrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper (the test extra) is not installed")

VIRTUOSO = shutil.which("virtuoso-t")
pytestmark = pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t not found: install Debian's virtuoso-opensource "
                                                         "(scripts/install-test-deps.sh)")
DEFAULT_GRAPH = "https://newskg.org/graph/test-default"  # Virtuoso has no default graph of its own
BASE = "https://newskg.org/"
USER, PASSWORD = "dba", "dba"  # a fresh Virtuoso database's administrator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_ini(folder: Path, sql_port: int, http_port: int) -> Path:
    """A minimal virtuoso.ini: database files in ``folder``, both servers on loopback."""
    ini = configparser.ConfigParser()
    ini.optionxform = str  # Virtuoso's keys are case-sensitive
    ini["Database"] = {"DatabaseFile": str(folder / "virtuoso.db"), "ErrorLogFile": str(folder / "virtuoso.log"),
                       "LockFile": str(folder / "virtuoso.lck"), "TransactionFile": str(folder / "virtuoso.trx"),
                       "xa_persistent_file": str(folder / "virtuoso.pxa")}
    ini["TempDatabase"] = {"DatabaseFile": str(folder / "virtuoso-temp.db"),
                           "TransactionFile": str(folder / "virtuoso-temp.trx")}
    ini["Parameters"] = {"ServerPort": f"127.0.0.1:{sql_port}", "DisableUnixSocket": "1", "DirsAllowed": ".",
                         "NumberOfBuffers": "10000", "MaxDirtyBuffers": "6000"}
    ini["HTTPServer"] = {"ServerPort": f"127.0.0.1:{http_port}", "ServerRoot": str(folder), "ServerThreads": "4"}
    ini["SPARQL"] = {"ResultSetMaxRows": "100000"}
    path = folder / "virtuoso.ini"
    with open(path, "w", encoding="utf-8") as f:
        ini.write(f)
    return path


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> str:
    """A Virtuoso with an empty database in a temporary folder; yields its HTTP base URL."""
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    ini = write_ini(folder, free_port(), http_port)
    log = open(folder / "stdout.log", "wb")
    proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(ini)], cwd=folder, stdout=log,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"virtuoso-t exited ({proc.returncode}):\n{(folder / 'stdout.log').read_text()[-2000:]}")
            try:
                with urlopen(f"{url}/sparql?{urlencode({'query': 'ASK {}'})}", timeout=5) as answer:
                    if answer.status == 200:
                        break
            except (URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("virtuoso-t did not answer on /sparql within 180 s")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()  # Virtuoso shuts down cleanly on SIGTERM
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def credentials(monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", USER)
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", PASSWORD)


def select(url: str, query: str) -> list[dict]:
    """Run a SELECT at the store's public SPARQL endpoint with SPARQLWrapper."""
    client = SPARQLWrapper.SPARQLWrapper(f"{url}/sparql")
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    client.setQuery(prologue + query)
    client.setReturnFormat(SPARQLWrapper.JSON)
    return client.query().convert()["results"]["bindings"]


def local_counts(build: Path) -> Counter:
    """Triples per graph in the build's graph.nq (the default graph under DEFAULT_GRAPH)."""
    return Counter(DEFAULT_GRAPH if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
                   for q in ox.parse(path=build / "graph.nq"))


def remote_counts(url: str) -> Counter:
    rows = select(url, f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                       f"FILTER(STRSTARTS(STR(?g), \"{BASE}\")) }} GROUP BY ?g")
    return Counter({row["g"]["value"]: int(row["n"]["value"]) for row in rows})


FACTS = """SELECT ?article ?head ?relation ?tail ?date WHERE {
  ?fact a kg:Fact ; rdf:subject ?h ; rdf:predicate ?relation ; rdf:object ?t ; prov:wasDerivedFrom ?article .
  GRAPH ?article { ?h ?relation ?t }
  OPTIONAL { ?fact kg:date ?date }
  ?h rdfs:label ?head . ?t rdfs:label ?tail }"""


def assert_pushed(url: str, build: Path) -> None:
    """Every graph arrived whole, and the facts (with their articles and dates) read back as they read locally."""
    assert remote_counts(url) == local_counts(build)
    local = {tuple(sorted((str(var), str(row[var])) for var in row.labels if row[var] is not None))
             for row in query_path(build, FACTS)}
    remote = {tuple(sorted((var, value["value"]) for var, value in row.items())) for row in select(url, FACTS)}
    assert local and remote == local
    policies = select(url, 'SELECT ?label WHERE { ?g rdfs:label "工业和信息化部"@zh ; kg:issuesPolicy ?p . '
                           '?p rdfs:label ?label }')
    assert any("京津冀" in row["label"]["value"] for row in policies)


def test_push_by_sparql_update(virtuoso, seed_build, credentials):
    proc = run_kg("push", str(seed_build), "--endpoint", f"{virtuoso}/sparql-auth", "--default-graph", DEFAULT_GRAPH,
                  "--chunk", "200")
    assert proc.stderr.startswith("kg push: ")
    assert_pushed(virtuoso, seed_build)


def test_push_by_graph_store_protocol_replaces_graphs(virtuoso, seed_build, credentials):
    for _ in range(2):  # pushing again replaces each graph: nothing doubles
        run_kg("push", str(seed_build), "--graph-store", f"{virtuoso}/sparql-graph-crud-auth",
               "--default-graph", DEFAULT_GRAPH, "--quiet")
        assert_pushed(virtuoso, seed_build)


def test_wrong_password_fails_clearly(virtuoso, seed_build, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", USER)
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "not-the-password")
    proc = run_kg("push", str(seed_build), "--endpoint", f"{virtuoso}/sparql-auth", "--default-graph", DEFAULT_GRAPH,
                  check=False)
    assert proc.returncode != 0
    assert "HTTP 401" in proc.stderr and "Traceback" not in proc.stderr
