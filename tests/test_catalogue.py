"""The entity catalogue ``ontologies/catalogue.ttl``: well-formed, unambiguous, and right on well-known facts.

The file is read with rdflib alone, so these checks hold whatever code consumes it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

CATALOGUE = Path(__file__).resolve().parents[1] / "ontologies" / "catalogue.ttl"
KG = Namespace("https://newskg.org/ontology#")
KGE = Namespace("https://newskg.org/id/")
WD = "http://www.wikidata.org/entity/"
CLASSES = {KG[c] for c in ("Company", "Government", "Organization", "Product",
                          "Location", "Person", "Event", "Policy")}
AGENTS = {KG.Company, KG.Government, KG.Organization}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ALLOWED_PREDICATES = {RDF.type, RDFS.label, SKOS.altLabel, KG.partOf, OWL.sameAs}


def norm(surface: str) -> str:
    """NFKC, without quotes, 《》 or spaces, case-folded: the form names are compared in."""
    text = unicodedata.normalize("NFKC", surface)
    return "".join(c for c in text if c not in "《》〈〉“”‘’\"'「」『』" and not c.isspace()).casefold()


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(CATALOGUE, format="turtle")


@pytest.fixture(scope="module")
def entries(graph) -> dict[URIRef, set]:
    """Every subject of the file with its rdf:type values."""
    return {s: set(graph.objects(s, RDF.type)) for s in set(graph.subjects())}


@pytest.fixture(scope="module")
def owner(graph, entries) -> dict[str, URIRef]:
    """Normalised surface form → the one entry that owns it."""
    out = {}
    for s in entries:
        for o in (*graph.objects(s, RDFS.label), *graph.objects(s, SKOS.altLabel)):
            out.setdefault(norm(str(o)), s)
    return out


def local(node: URIRef) -> str:
    assert str(node).startswith(str(KGE)), node
    return str(node)[len(str(KGE)):]


def test_size(entries):
    assert 600 <= len(entries) <= 2000
    counts = Counter(next(iter(types)) for types in entries.values())
    assert all(counts[c] >= 40 for c in CLASSES), counts


def test_ids_are_slugs(entries):
    bad = [s for s in entries if not SLUG.fullmatch(local(s))]
    assert not bad


def test_only_the_agreed_predicates(graph):
    assert {p for p in graph.predicates()} <= ALLOWED_PREDICATES


def test_exactly_one_class_among_the_eight(entries):
    bad = {local(s): types for s, types in entries.items() if len(types) != 1 or not types <= CLASSES}
    assert not bad


def test_exactly_one_chinese_label(graph, entries):
    bad = []
    for s in entries:
        labels = list(graph.objects(s, RDFS.label))
        zh = [l for l in labels if isinstance(l, Literal) and l.language == "zh" and str(l).strip()]
        others = [l for l in labels if not (isinstance(l, Literal) and l.language in ("zh", "en"))]
        en = [l for l in labels if isinstance(l, Literal) and l.language == "en"]
        if len(zh) != 1 or others or len(en) > 1:
            bad.append(local(s))
    assert not bad


def test_labels_are_clean_literals(graph):
    bad = []
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(p):
            text = str(o)
            if not isinstance(o, Literal) or o.language not in ("zh", "en") or text != text.strip() or not text:
                bad.append((local(s), text))
    assert not bad


def test_no_surface_form_belongs_to_two_entries(graph, entries):
    seen = defaultdict(set)
    for s in entries:
        for o in (*graph.objects(s, RDFS.label), *graph.objects(s, SKOS.altLabel)):
            seen[norm(str(o))].add(local(s))
    shared = {form: ids for form, ids in seen.items() if len(ids) > 1}
    assert not shared


def test_part_of_targets_exist_and_are_agents(graph, entries):
    bad = []
    for s, parent in graph.subject_objects(KG.partOf):
        if parent not in entries or not entries[s] <= AGENTS or not entries[parent] <= AGENTS or s == parent:
            bad.append((local(s), str(parent)))
    assert not bad


def test_part_of_has_no_cycles(graph):
    parent = {s: o for s, o in graph.subject_objects(KG.partOf)}
    assert len(parent) == len(set(graph.subjects(KG.partOf))), "one parent per entry"
    for start in parent:
        seen, node = {start}, parent[start]
        while node in parent:
            assert node not in seen, f"cycle through {local(start)}"
            seen.add(node)
            node = parent[node]


def test_wikidata_links_are_item_ids_used_once(graph):
    targets = [str(o) for o in graph.objects(None, OWL.sameAs)]
    assert all(re.fullmatch(re.escape(WD) + r"Q[1-9]\d*", t) for t in targets)
    assert len(targets) == len(set(targets))


# --- well-known facts ---------------------------------------------------------

def entry(owner, name):
    found = owner.get(norm(name))
    assert found is not None, f"{name} is not in the catalogue"
    return found


def kind(graph, node):
    return graph.value(node, RDF.type)


@pytest.mark.parametrize("short, full", [
    ("工信部", "工业和信息化部"),
    ("发改委", "国家发展和改革委员会"),
    ("网信办", "国家互联网信息办公室"),
    ("央行", "中国人民银行"),
    ("国资委", "国务院国有资产监督管理委员会"),
    ("证监会", "中国证券监督管理委员会"),
    ("市场监管总局", "国家市场监督管理总局"),
    ("阿里巴巴", "阿里巴巴集团控股有限公司"),
    ("阿里", "Alibaba"),
    ("中国电信", "中国电信集团有限公司"),
    ("中国移动", "中国移动通信集团有限公司"),
    ("中国联通", "中国联合网络通信集团有限公司"),
    ("腾讯", "腾讯控股有限公司"),
    ("百度", "Baidu"),
    ("英伟达", "NVIDIA"),
    ("台积电", "TSMC"),
    ("深度求索", "DeepSeek"),
    ("鸿蒙", "HarmonyOS"),
    ("安卓", "Android"),
    ("一带一路倡议", "“一带一路”倡议"),
    ("一带一路倡议", "一带一路"),
    ("互联网+行动计划", "互联网+"),
    ("中科院", "中国科学院"),
    ("信通院", "中国信息通信研究院"),
    ("进博会", "中国国际进口博览会"),
    ("北京", "北京市"),
    ("香港", "香港特别行政区"),
    ("五源资本", "晨兴资本"),
    ("凯鹏华盈", "KPCB"),
    ("搜狗", "Sogou"),
])
def test_surface_forms_of_one_thing_share_an_entry(owner, short, full):
    assert entry(owner, short) == entry(owner, full)


@pytest.mark.parametrize("unit, parent", [
    ("腾讯云", "腾讯"),
    ("阿里云", "阿里巴巴"),
    ("百度智能云", "百度"),
    ("华为云", "华为"),
    ("天翼云", "中国电信"),
    ("火山引擎", "字节跳动"),
    ("京东云", "京东"),
    ("微信支付", "腾讯"),
    ("工信部", "国务院"),
    ("国家数据局", "国家发展和改革委员会"),
    ("谷歌", "Alphabet"),
    ("亚马逊云科技", "亚马逊"),
    ("联想创投", "联想"),
    ("金石投资", "中信证券"),
])
def test_units_are_separate_entries_part_of_their_parent(graph, owner, unit, parent):
    u, p = entry(owner, unit), entry(owner, parent)
    assert u != p
    assert (u, KG.partOf, p) in graph


@pytest.mark.parametrize("a, b", [
    ("腾讯", "腾讯云"), ("阿里", "阿里云"), ("阿里巴巴", "蚂蚁集团"), ("百度", "百度智能云"),
    ("中国人民银行", "中国银行"), ("金融监管总局", "银保监会"), ("字节跳动", "抖音"),
    ("抖音", "抖音集团"), ("微信", "微信支付"), ("国家网信办", "中央网信委"), ("京东", "京东方"),
    ("欧盟", "欧洲"), ("红杉中国", "红杉资本"),
    ("光速中国", "光速创投"), ("小鹏汽车", "小鹏汇天"), ("软银中国资本", "软银集团"), ("世界互联网大会", "世界互联网大会乌镇峰会"),
])
def test_different_things_are_different_entries(owner, a, b):
    assert entry(owner, a) != entry(owner, b)


@pytest.mark.parametrize("name, cls", [
    ("国务院", "Government"), ("工信部", "Government"), ("上海市委", "Government"),
    ("北京市人民政府", "Government"), ("最高人民法院", "Government"),
    ("腾讯云", "Company"), ("微信支付", "Company"), ("中国电信集团有限公司", "Company"),
    ("OpenAI", "Company"), ("MongoDB", "Company"), ("亿航智能", "Company"), ("亿航", "Company"),
    ("中国互联网协会", "Organization"), ("鹏城实验室", "Organization"), ("香港科技大学", "Organization"),
    ("欧盟", "Organization"), ("联合国", "Organization"),
    ("真格基金", "Organization"), ("源码资本", "Organization"), ("a16z", "Organization"),  # funds not named as companies
    ("文心一言", "Product"), ("ChatGPT", "Product"), ("GPT-4", "Product"), ("iPhone", "Product"),
    ("App Store", "Product"), ("HarmonyOS", "Product"), ("微信", "Product"),
    ("百度文库", "Product"), ("腾讯文档", "Product"), ("华为商城", "Product"),
    ("中国", "Location"), ("京津冀", "Location"), ("深圳", "Location"), ("武汉经开区", "Location"),
    ("雄安新区", "Location"), ("欧洲", "Location"), ("粤港澳大湾区", "Location"),
    ("世界人工智能大会", "Event"), ("进博会", "Event"), ("MWC", "Event"), ("乌镇峰会", "Event"),
    ("世界互联网大会", "Organization"),  # an international organisation since 2022, which holds the 乌镇峰会
    ("一带一路倡议", "Policy"), ("中国制造2025", "Policy"), ("东数西算", "Policy"),
])
def test_types(graph, owner, name, cls):
    assert kind(graph, entry(owner, name)) == KG[cls]


def test_every_province_level_division_is_a_location(graph, owner):
    names = ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
             "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
             "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"]
    nodes = {entry(owner, n) for n in names}
    assert len(nodes) == 34
    assert all(kind(graph, n) == KG.Location for n in nodes)


def test_no_single_character_alias(graph):
    short = [(local(s), str(o)) for p in (RDFS.label, SKOS.altLabel)
             for s, o in graph.subject_objects(p) if len(norm(str(o))) < 2]
    assert not short


def test_sure_wikidata_ids(graph, owner):
    for name, qid in [("中国", "Q148"), ("美国", "Q30"), ("北京", "Q956"), ("上海", "Q8686"),
                      ("腾讯", "Q860580"), ("阿里巴巴", "Q1359568"), ("微软", "Q2283")]:
        assert graph.value(entry(owner, name), OWL.sameAs) == URIRef(WD + qid)
