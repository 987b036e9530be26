"""The HTML graph in a real headless browser (Debian's chromium driven by playwright), opened
from file:// with every network request blocked.

The seed page is the one ``kg build`` writes for the bundled sample (the ``seed_build`` fixture);
a small hand-made graph holds hostile text and dates for the filters.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.graph import KnowledgeGraph
from kg.html import write_html
from kg.schema import RELATIONS

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium; the tests skip when it (or playwright) is missing."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed: run scripts/install-test-deps.sh")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


class Page:
    """One page opened from disk with the network blocked; records leaving requests, dialogs and errors."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1500, "height": 900})
        self.left, self.dialogs, self.errors = [], [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else self.left.append(r.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgReady === true", timeout=30_000)

    def _route(self, route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.left.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def visible(self) -> tuple[int, int]:
        return tuple(self.js("[kgView.nodes.get({filter: n => !n.hidden}).length,"
                             " kgView.edges.get({filter: e => !e.hidden}).length]"))

    def screen_point(self, node_id: str | None = None, edge_id: str | None = None) -> tuple[float, float]:
        """Centre the view on an entity (or the middle of a drawn edge) and return its page coordinates."""
        return tuple(self.js("""([nodeId, edgeId]) => {
            const net = kgView.network;
            let p;
            if (nodeId !== null) p = net.getPosition(nodeId);
            else {
                const e = kgView.edges.get(edgeId), a = net.getPosition(e.from), b = net.getPosition(e.to);
                p = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
            }
            net.moveTo({position: p, scale: 1.5, animation: false});
            const d = net.canvasToDOM(p), r = document.getElementById("graph").getBoundingClientRect();
            return [r.left + d.x, r.top + d.y];
        }""", [node_id, edge_id]))

    def details(self) -> str:
        return self.page.inner_text("#details")

    def close(self) -> None:
        assert not self.errors, self.errors
        assert not self.left, f"requests left the page: {self.left}"
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"
        self.context.close()


@pytest.fixture(scope="session")
def seed(seed_build) -> tuple[KnowledgeGraph, Path]:
    """The graph ``kg build`` made of the bundled sample, and the graph.html it wrote."""
    import kg

    return kg.load(seed_build), Path(seed_build) / "graph.html"


@pytest.fixture
def seed_page(browser, seed):
    kg, path = seed
    page = Page(browser, path)
    yield kg, page
    page.close()


def _drawn_edges(kg: KnowledgeGraph) -> set[tuple[str, str, str]]:
    """(head, relation, tail) once per fact type and pair; symmetric relations in either order."""
    drawn = set()
    for u, v, rel in kg.graph.edges(data="relation"):
        if RELATIONS[rel].symmetric:
            u, v = sorted((u, v))
        drawn.add((u, rel, v))
    return drawn


def test_counts_match_the_graph(seed_page):
    kg, page = seed_page
    shown = page.js("[kgView.nodes.getIds(), kgView.edges.get().map(e => e.id),"
                    " kgView.data.edges.reduce((n, e) => n + e.facts.length, 0)]")
    assert sorted(shown[0]) == sorted(kg.graph.nodes)
    assert len(shown[1]) == len(_drawn_edges(kg))
    assert shown[2] == kg.graph.number_of_edges()
    assert page.visible() == (len(kg.graph), len(_drawn_edges(kg)))
    assert page.page.get_attribute("#status", "data-nodes") == str(len(kg.graph))


def test_search_by_alias_focuses_the_entity(seed_page):
    kg, page = seed_page
    page.page.fill("#search", "工信部")
    assert "工业和信息化部" in page.page.inner_text("#search-results")
    page.page.keyboard.press("Enter")
    assert page.page.inner_text("#details h2") == "工业和信息化部"
    assert page.js("kgView.network.getSelectedNodes()") == [kg.find("工信部")]
    assert "工信部" in page.page.inner_text("#details .aliases")


def test_click_shows_the_facts_with_date_and_article(seed_page):
    kg, page = seed_page
    ali, mongo = kg.find("阿里云"), kg.find("MongoDB")
    fact = next(f for f in kg.facts("阿里云")
                if {f["head"], f["tail"]} == {ali, mongo} and f["relation"] == "signs_agreement_with")
    article = kg.graph.graph["articles"][fact["article"]]

    x, y = page.screen_point(node_id=mongo)
    page.page.mouse.move(x, y)  # hover shows the entity before any click
    page.page.wait_for_function("document.querySelector('#details h2') !== null")
    assert page.page.inner_text("#details h2") == "MongoDB"

    x, y = page.screen_point(node_id=ali)
    page.page.mouse.click(x, y)
    assert page.page.inner_text("#details h2") == "阿里云"
    facts = page.page.locator("#details .fact[data-relation=signs_agreement_with]")
    assert facts.count() >= 1
    text = facts.first.inner_text()
    assert "MongoDB" in text and RELATIONS["signs_agreement_with"].label_zh in text
    assert fact["date"] and fact["date"] in text
    link = facts.first.locator("a")
    assert link.get_attribute("href") == article["url"]
    assert link.inner_text() == article["title"]
    if fact.get("evidence"):
        assert fact["evidence"] in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "graph.png"))

    # clicking the drawn edge between them shows its facts
    edge = page.js("([a, b]) => kgView.data.edges.find(e => e.relation === 'signs_agreement_with' &&"
                   " [e.from, e.to].includes(a) && [e.from, e.to].includes(b)).id", [ali, mongo])
    page.page.mouse.click(*page.screen_point(edge_id=edge))
    assert RELATIONS["signs_agreement_with"].label_en in page.details()
    assert fact["date"] in page.details() and "阿里云" in page.details() and "MongoDB" in page.details()


def test_type_filter_hides_entities_and_their_links(seed_page):
    kg, page = seed_page
    companies = {n for n, t in kg.graph.nodes(data="type") if t == "COMPANY"}
    assert companies
    page.page.uncheck("#type-filters input[data-code=COMPANY]")
    expected_edges = {e for e in _drawn_edges(kg) if e[0] not in companies and e[2] not in companies}
    assert page.visible() == (len(kg.graph) - len(companies), len(expected_edges))
    hidden = set(page.js("kgView.nodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == companies
    page.page.fill("#search", "阿里云")  # search still finds what the filters hide, and says so
    page.page.keyboard.press("Enter")
    assert page.page.inner_text("#details h2") == "阿里云" and "Hidden by the filters" in page.details()
    page.page.click("#reset")
    assert page.visible() == (len(kg.graph), len(_drawn_edges(kg)))


# --- a small synthetic graph: hostile text, Wikidata links, date filter ----------------------------

def _hostile_graph() -> KnowledgeGraph:
    return KnowledgeGraph.from_extractions([
        {"id": "a1", "title": "</script><script>alert(3)</script>", "url": "javascript:alert(4)",
         "entities": [
             {"id": "evil", "name": XSS, "type": "COMPANY", "aliases": ["<b>bold</b>"], "wikidata": "javascript:alert(5)"},
             {"id": "alibaba-cloud", "name": "阿里云", "type": "COMPANY", "aliases": ["Alibaba Cloud"], "wikidata": "Q1"},
             {"id": "mongodb", "name": "MongoDB", "type": "COMPANY"},
             {"id": "miit", "name": "工业和信息化部", "type": "GOVERNMENT", "aliases": ["工信部"]},
             {"id": "plan", "name": "方案", "type": "POLICY"}],
         "relations": [
             {"head": "evil", "relation": "partners_with", "tail": "alibaba-cloud", "date": "2023-05-01",
              "evidence": "<script>alert(2)</script>\u2028合作"},
             {"head": "alibaba-cloud", "relation": "signs_agreement_with", "tail": "mongodb", "date": "2023-06-15",
              "evidence": "阿里云与MongoDB续签协议。"},
             {"head": "miit", "relation": "issues_policy", "tail": "plan", "date": "--05-20", "evidence": "印发方案。"}]},
        {"id": "a2", "title": "第二篇", "url": "https://example.org/a2?x=1&y=<2>", "entities": [
            {"id": "miit", "name": "工业和信息化部", "type": "GOVERNMENT"},
            {"id": "mongodb", "name": "MongoDB", "type": "COMPANY"}],
         "relations": [{"head": "miit", "relation": "partners_with", "tail": "mongodb", "evidence": "无日期。"}]},
    ])


@pytest.fixture
def hostile_page(browser, tmp_path):
    kg = _hostile_graph()
    path = write_html(kg, tmp_path / "hostile.html")
    page = Page(browser, path)
    yield kg, page, path
    page.close()


def test_article_text_is_shown_never_run(hostile_page):
    kg, page, path = hostile_page
    raw = path.read_text(encoding="utf-8")
    assert XSS not in raw and "<script>alert" not in raw and "\u2028" not in raw
    page.page.fill("#search", "<b>bold")
    page.page.keyboard.press("Enter")
    assert page.page.inner_text("#details h2") == XSS
    assert page.page.locator("#details img, #details b, #details script").count() == 0
    details = page.details()
    assert "<script>alert(2)</script>" in details and "</script><script>alert(3)</script>" in details
    hrefs = page.js("[...document.querySelectorAll('#details a')].map(a => a.getAttribute('href'))")
    assert all(h.startswith(("http:", "https:")) for h in hrefs)
    assert not any("javascript" in h for h in hrefs)
    assert page.js("document.querySelectorAll('img').length") == 0
    # every link on the page is http(s); the network never asked for anything
    page.page.fill("#search", "Alibaba Cloud")
    page.page.keyboard.press("Enter")
    assert page.page.locator("#details a[href='https://www.wikidata.org/wiki/Q1']").count() == 1


def test_date_and_relation_filters(hostile_page):
    kg, page, _ = hostile_page
    assert page.visible() == (5, 4)
    page.page.fill("#date-from", "2023-06-01")
    # kept: the June agreement and the undated partnership; --05-20 is before June in any year
    assert page.visible() == (3, 2)
    page.page.uncheck("#date-undated")
    assert page.visible() == (2, 1)
    page.page.fill("#date-from", "--05-10")
    page.page.fill("#date-to", "2023-05-31")
    assert page.visible() == (2, 1)  # 2023-05-01 and 2023-06-15 are out, --05-20 is in
    page.page.fill("#date-to", "not a date")
    assert page.page.locator("#date-to.invalid").count() == 1
    page.page.click("#reset")
    page.page.uncheck("#relation-filters input[data-code=partners_with]")
    assert page.visible() == (4, 2)  # XSS entity only partners: hidden with its links
