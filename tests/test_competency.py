"""The competency questions of the RDF issue, as the SPARQL files in ontologies/queries/, over the seed build.

Each query runs through rdflib in memory (graph.ttl) and through the embedded store; both must agree.
Over the gold build the answers are known exactly; over the pipeline's build (once it exists) the
questions the foundation issue promises must be answered.
"""
from __future__ import annotations

import shutil

import pytest

from kg.rdf import query_path
from kg.store import load_store
from rdf_seed import QUERIES, any_seed_build, gold_build, query_text  # noqa: F401  (fixtures)

SHANDONG_BODIES = {"山东省通信管理局", "中共山东省委网络安全和信息化委员会办公室", "山东省发展和改革委员会", "山东省教育厅",
                   "山东省工业和信息化厅", "山东省交通运输厅", "山东省大数据局", "山东省能源局", "中国人民银行济南分行"}

GOLD_ANSWERS = {
    "policies_of_miit": lambda rows: {(r["policyName"], r["date"]) for r in rows} == {("京津冀产业协同发展实施方案", "--05-23")},
    "agreements_with_aliyun": lambda rows: [(r["partnerName"], r["date"]) for r in rows] == [("MongoDB", "--05-19")]
    and "阿里云" in rows[0]["headline"] and rows[0]["url"].startswith("https://"),
    "launches_in_date_range": lambda rows: {(r["companyName"], r["productName"]) for r in rows}
    == {("微信支付", "微信刷掌"), ("软通动力", "iSSMeta DE Copilot"), ("微盟", "WAI")},
    "issuers_of_shandong_ipv6_plan": lambda rows: {r["bodyName"] for r in rows} == SHANDONG_BODIES,
    "facts_about_entity": lambda rows: {(r["subjectName"], r["objectName"]) for r in rows}
    == {("朱勇", "百度智能云"), ("百度智能云", "文心大模型技术交流会")} and all("百度智能云" in r["evidence"] for r in rows),
    "companies_linked_to_shenzhen": lambda rows: {r["companyName"] for r in rows} == {"百度智能云", "科大讯飞"},
}

# What the foundation issue promises of the real build of the bundled sample.
PIPELINE_ANSWERS = {
    "policies_of_miit": lambda rows: any("京津冀" in r["policyName"] for r in rows),
    "agreements_with_aliyun": lambda rows: any(r["partnerName"] == "MongoDB" and r["date"] for r in rows),
}


def answer(path, name: str) -> list[dict[str, str]]:
    result = query_path(path, query_text(name))
    names = [str(v) for v in result.vars]
    return [{n: "" if t is None else str(t) for n, t in zip(names, row)} for row in result]


@pytest.fixture(scope="module")
def engines(any_seed_build, tmp_path_factory):
    """(kind, rdflib path, store path) for one seed build."""
    kind, build = any_seed_build
    out = tmp_path_factory.mktemp(f"competency-{kind}")
    shutil.copy(build / "graph.nq", out / "graph.nq")
    load_store(out, out / "store")
    return kind, build / "graph.ttl", out / "store"


def test_every_query_file_is_a_competency_question():
    assert {p.stem for p in QUERIES.glob("*.rq")} == set(GOLD_ANSWERS)


@pytest.mark.parametrize("name", sorted(GOLD_ANSWERS))
def test_competency_question(engines, name):
    kind, ttl, store = engines
    in_memory, stored = answer(ttl, name), answer(store, name)
    assert sorted(map(sorted, (r.items() for r in in_memory))) == sorted(map(sorted, (r.items() for r in stored)))
    check = (GOLD_ANSWERS if kind == "gold" else PIPELINE_ANSWERS).get(name)
    if check is not None:
        assert stored and check(stored), stored
