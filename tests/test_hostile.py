"""Hostile content (issue 8): names, ids, titles, URLs and evidence that try to break RDF or
HTML give valid IRIs, Turtle/N-Quads/JSON-LD that re-parse (rdflib and oxigraph's strict
parsers) and an HTML page where they stay text; property-based tests (hypothesis) over
arbitrary Unicode for extraction and for the writers; a build over hostile input opens no
connection and runs no program; the endpoint listens on loopback only by default."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

import kg
from kg.outputs import write_outputs
from kg.graph import KnowledgeGraph
from kg.pipeline import extract
from kg.readers import make_article
from kg.schema import ENTITY_TYPES, RELATIONS

HOSTILE = [
    'He said "hi" and \'bye\'', "<script>alert(1)</script>", "</script><img src=x onerror=alert(1)>",
    "{{ braces }} ${x}", "back\\slash\\", "with  spaces ", "new\nline\r\nand\ttab", "🚀 emoji 🇨🇳 👩‍💻",
    "长" * 2000, "a" * 1999 + "<", "]]> <!-- --> &amp; &", "%20 percent %zz", "#frag?q=1&x/y:z@w",
    "@prefix x: <y> .", "_:blank", "line\u2028separator\u2029", "nul\x00esc\x1bdel\x7f", "\ufeffbom", "-",
]
NO_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')  # characters no IRI may hold (RFC 3987)
FORMATS = {"graph.ttl": "turtle", "graph.nq": "nquads", "graph.jsonld": "json-ld"}


def extraction(names: list[str], article: str, title: str, url: str, evidence: str) -> dict:
    """A hand-made ``kg extract`` line: one company per name, linked in a chain."""
    types = list(ENTITY_TYPES)
    ents = [{"id": f"{types[i % len(types)].lower()}-{name}", "name": name, "type": types[i % len(types)],
             "aliases": [name + "·别名"], "mentions": []} for i, name in enumerate(names)]
    rels = [{"head": a["id"], "relation": rel, "tail": b["id"], "date": "2023-05-23", "evidence": evidence,
             "evidence_start": 0, "evidence_end": len(evidence), "confidence": 0.5}
            for a, b, rel in zip(ents, ents[1:], list(RELATIONS) * len(ents))]
    return {"id": article, "title": title, "url": url, "published": "2023-05-23", "entities": ents, "relations": rels}


def check_rdf(out: Path, names: list[str]) -> None:
    """Every file re-parses, in rdflib and (Turtle, N-Quads) in oxigraph's strict parser, with
    every name as a label, and every IRI free of characters IRIs forbid."""
    for name, fmt in FORMATS.items():
        ds = Dataset()
        ds.parse(out / name, format=fmt)
        assert {str(o) for o in ds.objects(None, RDFS.label)} == set(names), name
        assert {str(o) for o in ds.objects(None, SKOS.altLabel)} == {n + "·别名" for n in names}, name
        for quad in ds.quads((None, None, None, None)):
            for term in quad[:3]:
                if isinstance(term, URIRef):
                    assert not NO_IRI.search(str(term)), (name, str(term))
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nq", ox.RdfFormat.N_QUADS)):
        labels = {q.object.value for q in ox.parse(path=str(out / name), format=fmt)
                  if q.predicate == ox.NamedNode(str(RDFS.label))}
        assert labels == set(names), name


class Scripts(HTMLParser):
    """The page's elements and the text of its ``<script>`` elements, as a browser's parser splits them."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.scripts: list[tuple[dict, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self.scripts.append((dict(attrs), ""))

    def handle_data(self, data):
        if self.tags and self.tags[-1] == "script" and self.scripts:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def check_html(out: Path, names: list[str]) -> None:
    """The page has only the template's three scripts and no element a name could have made; the
    embedded data holds no ``<``, ``>`` or ``&`` as themselves and gives the names back exactly."""
    page = Scripts()
    page.feed((out / "graph.html").read_text(encoding="utf-8"))
    assert [attrs.get("id") for attrs, _ in page.scripts] == ["kg-data", None, None]
    assert not {"img", "iframe", "object", "embed"} & set(page.tags)
    data = page.scripts[0][1]
    assert not set("<>&") & set(data)
    assert {n["label"] for n in json.loads(data)["nodes"]} == set(names)


def test_hostile_names_ids_titles_urls(tmp_path):
    doc = extraction(HOSTILE, article='art "<1>" {x} \\ 🚀', title="</title><script>alert(2)</script>\n标题",
                     url='javascript:alert("x") <y>', evidence="</script><script>alert(3)</script>证据\u2028")
    graph = KnowledgeGraph.from_extractions([doc])
    write_outputs(graph, tmp_path)
    check_rdf(tmp_path, HOSTILE)
    check_html(tmp_path, HOSTILE)
    back = kg.load(tmp_path)
    assert sorted(back.graph.nodes) == sorted(graph.graph.nodes)
    assert back.graph.graph["articles"] == graph.graph.graph["articles"]
    assert back.entity("长" * 2000)["name"] == "长" * 2000


def test_hostile_url_is_no_iri_and_evidence_is_a_literal(tmp_path):
    doc = extraction(["甲公司", "乙公司"], article="a1", title="t", url='javascript:alert("x") <y>',
                     evidence="> 证据 <")
    write_outputs(KnowledgeGraph.from_extractions([doc]), tmp_path)
    ds = Dataset()
    ds.parse(tmp_path / "graph.nq", format="nquads")
    urls = list(ds.objects(None, URIRef("https://schema.org/url")))
    assert urls == [Literal('javascript:alert("x") <y>', datatype=urls[0].datatype)] and isinstance(urls[0], Literal)


names = st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=6, unique=True)
chinese = st.text(alphabet="百度阿里云腾讯华为发布签署合作协议工信部印发方案与和在北京上海。，《》“”、：\n 0123456789年月日ABC",
                  max_size=200)
any_text = st.one_of(st.text(max_size=200), chinese)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=any_text, text=any_text)
def test_extract_never_raises(title, text):
    """Arbitrary Unicode articles are extracted; offsets point at the mention text; the result is UTF-8 JSON."""
    article = make_article(title, text, id="p1")
    (doc,) = extract([article])
    json.dumps(doc, ensure_ascii=False).encode("utf-8")
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            field = article.title if m.get("field") == "title" else article.text
            assert field[m["start"]:m["end"]] == m["text"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=names, title=st.text(max_size=60), article=st.text(min_size=1, max_size=30), evidence=st.text(max_size=60))
def test_writers_survive_arbitrary_names(tmp_path_factory, names, title, article, evidence):
    """Any names, article id, title and evidence: the RDF re-parses and the HTML keeps them as data."""
    out = tmp_path_factory.mktemp("out")
    write_outputs(KnowledgeGraph.from_extractions([extraction(names, article, title, "https://e.com/" + article,
                                                              evidence)]), out)
    check_rdf(out, names)
    check_html(out, names)


# --- a build opens no connection and runs no program -------------------------------------

AUDIT = """
import sys
WATCHED = ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
           "http.client.connect", "urllib.Request", "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn",
           "os.spawn", "os.fork", "os.forkpty", "webbrowser.open")
def audit(event, args):
    if event == "socket.bind" and args[1][:2] in (("::1", 0), ("127.0.0.1", 0)):
        return  # urllib3 (imported by spaCy's requests) probes IPv6 support at import: no traffic
    if event.startswith(WATCHED):
        sys.stderr.write(f"AUDIT {event} {args!r:.200}\\n")
sys.addaudithook(audit)
from kg.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_build_opens_no_connection_and_runs_nothing(tmp_path):
    """``kg build`` over input full of URLs, scripts and shell syntax: Python's audit hooks see no
    socket connect, name lookup, HTTP request, subprocess, exec or fork."""
    canary = tmp_path / "canary"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(
        f'<html><head><title>华为发布鸿蒙4</title><link rel="canonical" href="http://127.0.0.1:9/a">'
        f'<script src="http://127.0.0.1:9/x.js"></script><script>fetch("http://127.0.0.1:9/")</script></head>'
        f'<body><img src="http://127.0.0.1:9/i.png"><p>8月4日，华为发布鸿蒙4。$(touch {canary})</p></body></html>',
        encoding="utf-8")
    rows = [{"id": "x1", "url": "http://127.0.0.1:9/news?q=1", "title": f"`touch {canary}`",
             "text": f"5月10日，阿里云与MongoDB签署合作协议。; touch {canary} | sh {{{{7*7}}}} ${{jndi:ldap://127.0.0.1:9/a}}"}]
    (folder / "rows.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", AUDIT, "build", str(folder), "-o", str(out), "--quiet", "--workers", "1"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stderr
    assert "AUDIT" not in proc.stderr, proc.stderr
    assert not canary.exists()
    assert sorted(kg.load(out).graph.graph["articles"]) == ["http://127.0.0.1:9/a", "x1"]


def listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp and tcp6) of sockets listening on ``port``."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_endpoint_listens_on_loopback_only_by_default(seed_build):
    """``kg serve`` without --host listens on 127.0.0.1 alone (read-only limits: tests/test_server.py)."""
    if not Path("/proc/net/tcp").is_file():
        pytest.skip("needs Linux /proc/net/tcp to list listening sockets")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seed_build), "--port", "0", "--quiet"],
                            stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1])
    try:
        line = proc.stderr.readline()
        match = re.search(r"http://([^/:]+):(\d+)/sparql", line)
        assert match, line
        assert match.group(1) == "127.0.0.1"
        assert listening_addresses(int(match.group(2))) == {"0100007F"}  # 127.0.0.1, nothing else
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stderr.close()
