"""kg serve over loopback, queried with SPARQLWrapper the way a user connects."""
from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.server import _Line, choose_format, GRAPH_FORMATS, QueryError, ranked_media_types, uses_service
from rdf_seed import gold_build, gold_graph, query_text  # noqa: F401  (fixture)

REPO = Path(__file__).resolve().parents[1]
MIIT = 'SELECT ?policy WHERE { ?g rdfs:label "工业和信息化部"@zh ; kg:issuesPolicy ?policy }'
PLAN = "https://newskg.org/id/policy-京津冀产业协同发展实施方案"
MAX_RESULT_BYTES = 20_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(gold_build, tmp_path_factory):
    """``kg serve`` on a copy of the gold build (with a graph.html) on 127.0.0.1; yields the /sparql URL."""
    folder = tmp_path_factory.mktemp("served")
    shutil.copy(gold_build / "graph.nq", folder / "graph.nq")
    (folder / "graph.html").write_text("<!doctype html><title>图谱</title>", encoding="utf-8")
    port = free_port()
    log = open(folder / "serve.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(folder), "--port", str(port), "--quiet",
                             "--timeout", "2", "--max-result-bytes", str(MAX_RESULT_BYTES)],
                            cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/sparql"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail((folder / "serve.log").read_text())
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)
    log.close()


def client(url: str, query: str, fmt=JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_select_as_json(endpoint):
    result = client(endpoint, MIIT).queryAndConvert()
    assert [b["policy"]["value"] for b in result["results"]["bindings"]] == [PLAN]


def test_select_as_xml(endpoint):
    doc = client(endpoint, MIIT, XML).queryAndConvert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("uri")] == [PLAN]


@pytest.mark.parametrize("fmt,delimiter", [(CSV, ","), (TSV, "\t")])
def test_select_as_csv_and_tsv(endpoint, fmt, delimiter):
    text = client(endpoint, MIIT, fmt).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0] in (["policy"], ["?policy"])
    assert rows[1][0].strip("<>") == PLAN


@pytest.mark.parametrize("method", [POST, POSTDIRECTLY])
def test_post_queries(endpoint, method):
    sparql = client(endpoint, MIIT)
    sparql.setMethod(POST)
    sparql.setRequestMethod(method)
    assert sparql.queryAndConvert()["results"]["bindings"][0]["policy"]["value"] == PLAN


def test_ask(endpoint):
    assert client(endpoint, 'ASK { ?x rdfs:label "阿里云"@zh }').queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD])
def test_construct_as_turtle_and_jsonld(endpoint, fmt):
    graph = client(endpoint, "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a kg:Government ; rdfs:label ?l }",
                   fmt).queryAndConvert()
    if not isinstance(graph, Graph):  # SPARQLWrapper hands Turtle over as bytes
        graph = Graph().parse(data=graph, format="turtle")
    assert Literal("工业和信息化部", lang="zh") in set(graph.objects(None, RDFS.label))


def test_describe(endpoint):
    text = client(endpoint, f"DESCRIBE <{PLAN}>", TURTLE).queryAndConvert()
    graph = text if isinstance(text, Graph) else Graph().parse(data=text, format="turtle")
    assert len(graph) >= 2


def test_competency_queries_over_the_endpoint(endpoint):
    rows = client(endpoint, query_text("issuers_of_shandong_ipv6_plan")).queryAndConvert()["results"]["bindings"]
    assert len(rows) == 9


def test_updates_are_refused(endpoint):
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }")
    sparql.setMethod(POST)
    with pytest.raises(Exception) as info:
        sparql.query()
    assert "403" in str(info.value)
    for body, ctype in [(b"DROP ALL", "application/sparql-update"),
                        (b"update=LOAD+%3Chttp%3A%2F%2Fexample.org%2F%3E", "application/x-www-form-urlencoded")]:
        request = urllib.request.Request(endpoint, data=body, headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(request, timeout=10)
        assert err.value.code == 403
    # an update sent as a query does not parse as one
    request = urllib.request.Request(endpoint, data=b"CLEAR DEFAULT", headers={"Content-Type": "application/sparql-query"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)
    assert err.value.code == 400
    assert client(endpoint, "ASK { <http://example.org/a> ?p ?o }").queryAndConvert()["boolean"] is False
    assert client(endpoint, MIIT).queryAndConvert()["results"]["bindings"]


def test_other_methods_are_refused(endpoint):
    request = urllib.request.Request(endpoint, data=b"<a> <b> <c> .", method="PUT",
                                     headers={"Content-Type": "text/turtle"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)
    assert err.value.code == 405


def test_service_is_refused(endpoint):
    with pytest.raises(QueryBadFormed, match="SERVICE"):
        client(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }").query()


def test_no_file_access(endpoint):
    result = client(endpoint, "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }").queryAndConvert()
    assert result["results"]["bindings"] == []


def test_time_limit(endpoint):
    """A query past the limit is stopped with 503 and the endpoint goes on answering."""
    forever = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    with pytest.raises(urllib.error.HTTPError) as err:
        client(endpoint, forever).query()
    assert err.value.code == 503 and b"time limit" in err.value.read()
    assert client(endpoint, MIIT).queryAndConvert()["results"]["bindings"]


def test_result_size_limit(endpoint):
    with pytest.raises(urllib.error.HTTPError) as err:
        client(endpoint, "SELECT * WHERE { ?s ?p ?o }").query()
    assert err.value.code == 413
    assert client(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 5").queryAndConvert()["results"]["bindings"]


def test_cors(endpoint):
    response = client(endpoint, MIIT).query().response
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    preflight = urllib.request.Request(endpoint, method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(preflight, timeout=10) as answer:
        assert answer.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in answer.headers["Access-Control-Allow-Methods"]


def test_graph_html_at_root(endpoint):
    with urllib.request.urlopen(endpoint.rsplit("/", 1)[0] + "/", timeout=10) as answer:
        assert answer.headers["Content-Type"].startswith("text/html")
        assert "图谱" in answer.read().decode("utf-8")


def test_200_concurrent_queries_without_error(endpoint):
    names = ["policies_of_miit", "agreements_with_aliyun", "launches_in_date_range",
             "issuers_of_shandong_ipv6_plan", "facts_about_entity", "companies_linked_to_shenzhen"]
    expected = {n: client(endpoint, query_text(n)).queryAndConvert() for n in names}

    def ask(i: int) -> bool:
        name = names[i % len(names)]
        return client(endpoint, query_text(name)).queryAndConvert() == expected[name]

    with ThreadPoolExecutor(max_workers=200) as pool:  # all 200 at once: they wait in line, none is refused
        answers = list(pool.map(ask, range(200)))
    assert answers == [True] * 200


def test_waiting_requests_get_a_worker_in_arrival_order():
    """Requests queue for a free worker first come, first served; only past max_waiting is one refused."""
    line = _Line()
    line.put("worker")
    held, order = line.get(max_waiting=5), []

    def request(i: int) -> None:
        worker = line.get(max_waiting=5)
        order.append(i)
        line.put(worker)

    threads = []
    for i in range(5):
        threads.append(threading.Thread(target=request, args=(i,)))
        threads[-1].start()
        while len(line.waiting) < i + 1:  # the next arrives only once this one waits
            time.sleep(0.01)
    with pytest.raises(QueryError) as refused:
        line.get(max_waiting=5)
    assert refused.value.status == 503
    line.put(held)
    for th in threads:
        th.join(10)
    assert order == [0, 1, 2, 3, 4] and line.idle == ["worker"]


def test_content_negotiation_rules():
    assert ranked_media_types("text/csv;q=0.5, application/sparql-results+json") == [
        "application/sparql-results+json", "text/csv"]
    assert choose_format("application/ld+json,application/x-json+ld", "json", GRAPH_FORMATS, None) \
        == GRAPH_FORMATS["application/ld+json"]
    assert choose_format("*/*", "turtle", GRAPH_FORMATS, None) == GRAPH_FORMATS["text/turtle"]


@pytest.mark.parametrize("query,refused", [
    ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * { service silent ?endpoint { ?s ?p ?o } }", True),
    ("SELECT * { ?s ?p ?o }\nSERVICE", True),
    ('SELECT * { ?s rdfs:label "SERVICE" }', False),
    ("SELECT ?service { ?service ?p ?o } # SERVICE in a comment", False),
    ("SELECT * { ?s <http://example.org/SERVICE> ?o ; ex:service ?x }", False),
])
def test_service_detection(query, refused):
    assert uses_service(query) is refused
