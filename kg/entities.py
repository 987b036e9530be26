"""Entity recognition and canonicalisation as spaCy components.

Recognisers add character-level candidates to ``doc._.kg_candidates``:

- ``kg_lac_ner``: names tagged by LAC (PER, LOC, ORG);
- ``kg_entity_rules``: general patterns (titles in 《》 and “”, names headed by an
  organisation, event, policy or product word, Latin-script brands, boundaries);
- ``kg_catalogue``: well-known names from ``ontologies/catalogue.ttl``.

``kg_entity_resolver`` picks non-overlapping spans (longest first), splits
tokens where a span needs it and sets ``doc.ents`` with the eight types; entities
predicted by any other ``ner`` already in the pipeline are candidates too.
``kg_canonicalizer`` then groups mentions into entities with stable ids
(``doc._.kg_entities``; each entity span gets ``span._.kg_id``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import IDX, LENGTH, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from .catalogue import Catalogue, Entry, Lexicon, load_catalogue
from .graph import norm
from .orgtyper import OrgTyper, load_typer
from .schema import AGENT_TYPES, ENTITY_TYPES


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str  # one of ENTITY_TYPES, or "ORG" (an organisation of a type yet to decide)
    source: str
    weight: float = 1.0
    entry: str | None = None  # catalogue id


@dataclass
class Entity:
    id: str
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None


for _ext, _default in (("kg_candidates", None), ("kg_entities", None), ("kg_title_len", 0),
                       ("kg_ner", None), ("kg_ner_votes", None)):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=_default)
for _ext, _default in (("kg_id", None), ("kg_weight", 1.0)):
    if not Span.has_extension(_ext):
        Span.set_extension(_ext, default=_default)


def doc_text(doc: Doc) -> str:
    """The document's text, joined once (``Doc.text`` joins the tokens on every access)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def candidates(doc: Doc) -> list[Candidate]:
    if doc._.kg_candidates is None:
        doc._.kg_candidates = []
    return doc._.kg_candidates


# --- words that head names ---------------------------------------------------------

SUFFIXES: dict[str, tuple[str, ...]] = {
    "GOVERNMENT": ("人民政府", "政府", "管委会", "执委会", "管理委员会", "办公室", "委员会", "法院", "检察院", "常委会",
                   "人大", "政协", "总局", "总署", "局", "厅", "部", "司", "委", "办", "党委", "国务院",
                   # a state's armed forces, police, customs, parliament and missions (印度空军, 锦江警方, 美国使馆)
                   "空军", "海军", "陆军", "军方", "警方", "海关", "国会", "议会", "参议院", "众议院", "使馆", "大使馆",
                   "领事馆", "派出所", "法庭", "舰队", "中院", "高院", "车管所", "看守所", "中央银行"),
    "ORGANIZATION": ("协会", "学会", "联盟", "研究院", "研究所", "研究中心", "实验室", "大学", "学院", "学校",
                     "医院", "中心", "基金会", "商会", "联合会", "促进会", "联合体", "俱乐部", "智库", "研究会",
                     "师大", "文联", "科协", "侨联", "妇联", "工商联", "美院", "社科院", "中科院",
                     "秘书处",  # a body's permanent office (东盟秘书处)
                     "工作组", "专题组", "总体组",  # a standards body's working groups (国家人工智能标准化总体组)
                     "创投", "风投",  # a venture fund's manager, not named as a company (启明创投)
                     "合伙企业",  # a fund's partnership (珠海明骏投资合伙企业（有限合伙）)
                     "基金",  # a fund (武汉市政府引导基金, 国家中小企业发展基金)
                     "协"),  # an association's short name (中钢协, 中国足协, 中房协; 政协 is the longer head)
    "COMPANY": ("公司", "集团", "银行", "证券", "保险", "控股", "股份", "信托", "资本", "分行", "支行", "营业部",
                "事务所", "工作室", "拍卖行", "影业", "国投", "城投"),
    "EVENT": ("论坛", "大会", "峰会", "博览会", "展览会", "交易会", "展会", "交流会", "发布会", "推介会",
              "年会", "巡展", "大赛", "竞赛", "挑战赛", "研讨会", "嘉年华", "盛典", "开发者日", "交流日", "开放日", "开发者节", "科技节", "文化节",
              "购物节", "科技周", "活动周", "TechDay", "Summit", "Conference", "Expo", "Forum", "Day"),
    "POLICY": ("方案", "计划", "规划", "意见", "办法", "条例", "规定", "通知", "纲要", "指南", "指引", "细则",
               "决定", "倡议", "战略", "政策", "措施", "标准", "工程", "行动", "法"),
    "PRODUCT": ("平台", "系统", "大模型", "操作系统", "芯片", "App", "APP", "小程序", "助手", "机器人", "电脑"),
    # named facilities, where events are held (重庆国际博览中心, 宁波文化广场), and a city's zones (合肥|经开区)
    "LOCATION": ("博览中心", "会展中心", "展览中心", "会议中心", "世博中心", "博览馆", "展览馆", "体育馆", "体育中心",
                 "博物馆", "博物院", "美术馆", "艺术馆", "纪念馆", "科技馆",  # museums (大英博物馆, 中国美术馆)
                 "体育场", "广场", "大会堂", "经开区", "高新区", "开发区", "自贸区", "保税区", "经济区",
                 # parks and new towns where companies settle (中关村软件园, 长三角数字经济产业园, 苏州高铁新城)
                 "产业园", "产业园区", "工业园", "科技园", "软件园", "生态园", "创新园", "科学城", "科技城", "新城",
                 "校区"),  # a university's campus (浙江大学紫金港校区)
}
# endings that look like a head word but name no organisation
NOT_NAMES = ("总部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "干部", "各部",
             "部门", "当局", "布局", "格局", "开局", "结局", "大局", "全局", "新局", "本办法", "该办法",
             "办法", "方法", "合法", "依法", "说法", "看法", "做法", "想法", "手法", "无法", "算法", "语法",
             "中心", "核心", "重心", "信心", "用心", "决心", "开心", "计划", "规划", "政策", "通知", "意见",
             "方案", "标准", "措施", "工程", "战略", "行动", "平台", "系统", "会议", "大会",
             "新闻发布会", "新品发布会", "产品发布会", "发布会", "座谈会", "研讨会", "推介会", "交流会", "见面会", "通气会", "说明会", "开放日", "交流日")
# a bracketed qualifier at the end does not change what a name is: （2023-2025年）, （试行）, （征求意见稿）
QUALIFIER_AT_END = re.compile(r"[（(][^（）()]{1,15}[)）]$")
PARTNERSHIP_FORM = re.compile(r"[（(](?:有限|普通)合伙[)）]")  # a partnership's legal form, part of its name
_SUFFIX_TYPE = {s: t for t, ss in SUFFIXES.items() for s in ss}
ASSOCIATION = re.compile("协会|学会|联合会|商会|联盟|研究会|基金会|促进会")
BARE_HEAD = re.compile(ASSOCIATION.pattern + "|研究院|研究所|实验室")  # (…研究院揭牌 …)研究院当天还发布了…
# a company's word or a bank's card business right before 中心 makes the centre a business unit
BUSINESS_UNIT = re.compile(r"(?:银行|公司|集团|证券|保险|分行|信用卡|银行卡)$")
_HEAD = re.compile("(?:%s)$" % "|".join(sorted(map(re.escape, _SUFFIX_TYPE), key=len, reverse=True)))
_NOT_NAME = re.compile(".?(?:%s)$" % "|".join(map(re.escape, NOT_NAMES)))
# common words that end in a one-character head word (局, 部, 办, 委, 厅, 法) but name no body:
# a name ending in one is no name at all (曼联客场防平局, 德国北部, 乐活城创办, 政治局常委)
FALSE_HEADS = tuple("""
平局 布局 格局 开局 结局 大局 全局 僵局 赌局 饭局 骗局 时局 政局 战局 终局 残局 棋局 胜局 败局
东部 西部 南部 北部 中部 内部 外部 全部 局部 上部 下部 前部 后部 头部 底部 顶部 尾部 背部 胸部 腹部 腿部
面部 脸部 腰部 足部 手部 脑部 颈部 肺部 干部 本部 各部 大部 细部 总部
创办 举办 主办 承办 协办 合办 开办 申办 督办 兴办 筹办 操办 包办 代办 交办 查办 照办 难办 好办 怎么办
常委 编委 评委 委员 大厅 客厅 餐厅 展厅 舞厅 门厅 歌厅 前厅
执法 司法 立法 违法 守法 犯法 护法 妥协
解决方案
""".split())  # 解决方案: a solution sold (RISE with SAP解决方案), not a plan
# bodies whose names end in one of those words
TRUE_HEADS = ("安全局", "安全部", "财政局", "民政局", "邮政局", "市政局", "行政局")


def false_head(text: str) -> bool:
    """Whether ``text`` ends in a word that looks like a head word but heads no name (平局, 全部, 委员)."""
    return text.endswith(FALSE_HEADS) and not text.endswith(TRUE_HEADS)


def head_word_type(word: str) -> str | None:
    """The entity type of a name whose last word is ``word`` (its longest head word)."""
    m = _HEAD.search(word)
    return _SUFFIX_TYPE[m.group()] if m and not false_head(word) else None


def head_type(text: str) -> str | None:
    """The entity type a name ending in this text would have (longest head word wins).

    >>> head_type("山东省教育厅"), head_type("中国互联网协会"), head_type("部门")
    ('GOVERNMENT', 'ORGANIZATION', None)
    """
    if text.endswith(("）", ")")):
        text = QUALIFIER_AT_END.sub("", text)
    m = _HEAD.search(text)
    if m is None or _NOT_NAME.fullmatch(text) or false_head(text):
        return None
    if m.group() in ("委员会", "部", "办公室") and ASSOCIATION.search(text, 0, m.start()):
        return "ORGANIZATION"  # 上海木材行业协会红木专业委员会: a committee of an association
    if m.group() == "中心" and BUSINESS_UNIT.search(text, 0, m.start()):
        return "COMPANY"  # 招商银行信用卡中心: a business unit of a company
    return _SUFFIX_TYPE[m.group()]


# parts of a name: LAC tags of words that may stand inside one
NAME_TAGS = {"n", "nz", "nw", "ORG", "LOC", "PER", "vn", "an", "a", "j", "s", "eng"}
PROPER_TAGS = {"nz", "nw", "ORG", "LOC", "PER"}
YEAR = re.compile(r"(?:19|20)\d\d")
# a head word that modifies the noun after it heads no name (美团战略投资, 国家标准体系, 长沙工程机械)
MODIFYING_HEAD = re.compile(r"(?:战略|标准|行动|工程)(?:投资|合作|伙伴|协议|布局|转型|层面|意义|体系|方向|能力|师|机械)"
                            r"|(?:空军|海军|陆军)(?:基地|军官|官兵|士兵|学院|医院|型)")  # 范登堡空军基地
# company head words that also stand alone as common nouns (股份 shares, 保险 insurance)
BARE_COMPANY_HEADS = frozenset(("股份", "保险", "证券", "信托", "资本", "控股", "银行"))
# one-character names of states that stand before 军 for their armed forces (美军, 俄军)
STATE_ABBREVIATIONS = frozenset("美英法德日俄苏韩朝印以越泰澳")
SEASONS = ("春季", "夏季", "秋季", "冬季")
EDITION_WORD = rf"第[一二三四五六七八九十百零〇\d]+届|首届|\d{{4}}年?(?:{'|'.join(SEASONS)})?"  # 第二届, 首届, 2024年, 2024春季
ORDINAL = re.compile(rf"^(?:{EDITION_WORD})$")
YEAR_IN_BRACKETS = re.compile(r"^[（(]\d{4}[)）]$")
# a Latin-script name: words with capitals after the first, accented letters (Brandstätter) and the small words
# between capitalised ones (RISE with SAP, Bank of America; not "and", which joins two names)
LATIN_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
LATIN = re.compile(rf"[{LATIN_LETTER}][{LATIN_LETTER}0-9]*(?:[-_.&][{LATIN_LETTER}0-9]+|:\d[{LATIN_LETTER}0-9]*)*\+?"
                   rf"(?: (?:(?:of|for|with|de|von|van|der) (?=[A-Z]))?(?:[A-Z0-9À-Ö][{LATIN_LETTER}0-9]*"
                   rf"(?:[-.][{LATIN_LETTER}0-9]+|:\d[{LATIN_LETTER}0-9]*)*\+?))*")  # a model's code after a colon: NXT:1970i
# the last word of a model's name (Mate 60 Pro, Gemini 1.5 Pro), a name only after another word
# a model named as a measure of another (通义千问GPT-4级主力模型, GPT-4水平): a second name, not part of the first
LEVEL_OF = re.compile(r"级|水平|同级|级别")
MODEL_SUFFIXES = ("Pro", "Max", "Plus", "Ultra", "Mini", "Lite")
AMOUNT_UNIT = re.compile(r"[元万亿%‰个岁年月日倍次家款台部名位]")
LATIN_SYSTEM = re.compile(r"[a-z]OS$")  # an operating system: MagicOS, HarmonyOS, ColorOS
LATIN_EVENT = re.compile(r"(?:Summit|Conference|Expo|Forum|Day|Week|Festival|Congress|Fair|Hackathon)$")
LATIN_PLACE = re.compile(r" (?:Park|Center|Centre|Hall|Arena|Stadium|Campus|Plaza|Square)$")  # a named venue: Apple Park
# an investor's last word: a fund or its manager, not named as a company (M&G Investments, HHLR Advisors)
LATIN_FUND = re.compile(r" (?:Investments?|Advisors|Advisers|Capital|Ventures|Venture Partners|Asset Management)$")
# Latin words that are technical terms, not names
GENERIC_LATIN = frozenset(x.casefold() for x in """
AI AIGC AGI IPv6 IPv4 IPv6+ 5G 4G 6G 5G-A IT ICT IoT AIoT App APP VR AR XR MR CEO CTO COO CFO CIO GPU CPU NPU TPU
API SDK SaaS PaaS IaaS MaaS B2B B2C C2M O2O PC IP ESG OS LLM NLP GDP CPI PPI IPO VC PE KOL UGC PGC DAU MAU
ROI KPI HR CRM ERP OA SQL NoSQL Web Web3 H5 QR NFT DNA RNA USB WiFi Wi-Fi LED OLED LCD Mini Pro Max Plus Ultra
Lite Beta Alpha AI+ ToB ToC B端 C端 CDN DNS HTTP HTTPS URL TCP UDP SSD HDD RAM ROM DDR 4K 8K HD UI UX MCU SoC
ID PDF PPT AIPC BI DevOps MLOps OTA V2X EV SUV MPV AGV TV CT MRI PCB ICU AED ETF PMI M2M NB-IoT eSIM SIM VS
MoE RAG BG BU REITs REIT LPR MLF QFII RQFII QDII FOF LP GP A+ Token Tokens TOPS TFLOPS FLOPS ODM OEM OBM JDM EMS CV ASR TTS OCR
""".split())
# 由Relic开发: who makes a thing; Bungie旗下, Blizzard CEO: who has units and officers
MAKER_VERBS = ("开发", "研发", "制作", "发行", "运营", "推出", "打造", "出品", "代理")
OFFICERS = ("旗下", "总裁", "首席", "创始人", "董事长", "CEO", "公司")
LATIN_TITLE = re.compile(r"(?<= )(?:CEO|CTO|COO|CFO|CIO)(?= )")  # OpenAI CEO Sam Altman: two names
PERSON_TITLE = re.compile(r"(?:CEO|CTO|COO|CFO|CIO|总裁|创始人|董事长|总经理|首席执行官|执行官|主席|总监|负责人|董事|"
                          r"研究员|教授|科学家|部长|大使)\s*$")
# a company's legal form or the word for a group that ends its Latin name (Leapmotor International, Alibaba Group)
LEGAL_LATIN = re.compile(r"(?:Inc|Ltd|Limited|Corp|Corporation|Holdings|GmbH|LLC|PLC|Plc|Group|International|Technologies)\.?$")
EVENT_VERBS = r"举行|举办|召开|主办|承办|开幕|亮相|参加|出席"
FOUND_VERBS = r"成立|设立|组建|创建|创办|揭牌"
POLICY_NAME_VERBS = r"促进|推进|推动|加快|支持|扶持|鼓励|深化|加强|优化|培育|提升|规范|通用"  # that a policy's name may hold
LAUNCH_VERBS = ("发布", "推出", "上线", "上架", "升级", "开源", "亮相", "首发", "发售", "面世")
PRODUCT_CUES = ("产品", "应用", "平台", "模型", "大模型", "机器人", "芯片", "系统", "手机", "App", "APP", "工具", "助手", "助理",
                "软件", "服务", "品牌", "终端", "设备")
COMPANY_CUES = ("公司", "企业", "厂商", "巨头", "独角兽", "初创", "集团", "创业公司", "供应商", "服务商", "运营商",
                "零售商", "制造商", "生产商", "开发商", "出口商", "经销商", "电商", "车企", "药企", "券商", "发行商",
                "出版商", "制作商", "代理商")
DESCRIBED_LATIN = re.compile("(?:%s)([A-Za-z][A-Za-z0-9.&\\- ]*(?:集团|公司)?)$" % "|".join(COMPANY_CUES))
# a word for a kind of company that a name was cut inside of (制造|商库卡集团: 制造商 is the kind, 库卡集团 the name)
CUE_WORD = re.compile("|".join(cue for cue in COMPANY_CUES if len(cue) > 1))
LEVELS = ("省", "市", "区", "县", "州")  # the level a relative government name opens with (市政府, 省科技厅)
RELATIVE_GOV = re.compile(r"^[省市区县州](?:委|政府|人民政府|人大|政协|[\u4e00-\u9fff]{1,8}(?:委|局|厅|办))$")


def _add(doc: Doc, start: int, end: int, label: str, source: str, weight: float = 1.0,
         entry: str | None = None) -> None:
    text = doc_text(doc)[start:end]
    if end - start < 2 and not text.isascii() or not text.strip():
        return
    candidates(doc).append(Candidate(start, end, label, source, weight, entry))


# --- recognisers ------------------------------------------------------------------------

LAC_LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}
NAME_JOINERS = frozenset("·•・-－‧")  # between the parts of a foreign name (亚当·桑德勒, 斯坦利-库布里克)
JOINED_PART = re.compile(r"[·•・‧][\u4e00-\u9fff]+")  # the rest of a name that LAC tagged with its joiner (·温弗利)


@Language.factory("kg_lac_ner")
def make_lac_ner(nlp: Language, name: str):
    """Names tagged PER, LOC or ORG by the LAC tokenizer (``token.tag_``). LAC tags the words of
    one organisation's name apart (皖维|高新, 中国|手游|娱乐集团): a run of them is a name too
    (source ``lac-run``)."""

    labels = {nlp.vocab.strings.add(tag): label for tag, label in LAC_LABELS.items()}

    def lac_ner(doc: Doc) -> Doc:
        # arrays, not Token objects: this runs over every token of every article
        name_start, joined = None, False  # a person's name that a joiner may continue (斯坦利|-|库布里克)
        org_start, org_end = None, None  # the run of organisation words so far
        rows = doc.to_array([TAG, IDX, LENGTH]).tolist()
        for k, (tag, start, length) in enumerate(rows):
            label = labels.get(tag)
            if label == "ORG" and org_end == start:
                _add(doc, org_start, start + length, "ORG", "lac-run")
            elif label == "ORG":
                org_start = start
            org_end = start + length if label == "ORG" else None
            cut = label == "PERSON" and length == 2 and k + 1 < len(rows) and _given_name_end(doc, rows[k + 1])
            length += cut  # 金石|开：, 李机|能|认为: LAC cut the last character of the name off
            if label:
                _add(doc, start, start + length, label, "lac-cut" if cut else "lac")
                if label != "PERSON":
                    name_start = None
                elif joined:  # the parts of a foreign name that LAC tagged apart are one name too
                    _add(doc, name_start, start + length, "PERSON", "lac")
                else:
                    name_start = start
                # a joiner LAC left at the end of the part (乌里奇·|韦塞尔) joins it to the next
                joined = label == "PERSON" and doc_text(doc)[start + length - 1] in NAME_JOINERS
            elif name_start is not None:
                if not joined and JOINED_PART.fullmatch(doc_text(doc), start, start + length):
                    _add(doc, name_start, start + length, "PERSON", "lac")  # 奥普拉|·温弗利: the rest with its joiner
                joined = not joined and length == 1 and doc_text(doc)[start] in NAME_JOINERS
                if not joined:
                    name_start = None
        return doc

    return lac_ner


# after a person's name: what the person says (金石开：…, 李机能认为, 罗冰生称)
SPEECH_AFTER = re.compile(r"[：:]|称|说|表示|认为|介绍|透露|指出|告诉|坦言|强调|回应|解释|谈到|提到|宣布")
# a speaker's verb, perhaps after where it is said (在发布会上透露, 在致辞中表示)
SPOKEN_AT = re.compile(rf"(?:在[\u4e00-\u9fff]{{1,12}}?[上中])?(?:{SPEECH_AFTER.pattern})")
# one-character verbs and adverbs that follow a name themselves (张伟问：, 王刚笑称, 李明也说)
NOT_GIVEN_NAMES = frozenset("说称问答道讲笑叹喊叫写谈聊看想听曰认也都还就又才则却亦便曾再更均已将要会")


def _given_name_end(doc: Doc, row: list[int]) -> bool:
    """Whether the one-character token ``row`` (tag, offset, length) ends the two-character or
    transliterated name before it: a Chinese character tagged as a verb, adjective or noun, before what the person says."""
    tag, start, length = row
    text = doc_text(doc)
    return (length == 1 and "\u4e00" <= text[start] <= "\u9fff" and text[start] not in NOT_GIVEN_NAMES
            and doc.vocab.strings[tag] in ("v", "a", "n") and SPEECH_AFTER.match(text, start + 1) is not None)


@Language.factory("kg_entity_rules", default_config={"max_name_length": 30})
def make_entity_rules(nlp: Language, name: str, max_name_length: int):
    """General patterns: quoted titles, headed names, names with their trade, Latin-script names."""

    def entity_rules(doc: Doc) -> Doc:
        quoted_titles(doc)
        unquoted_titles(doc)
        party_committees(doc)
        tokens = words(doc)
        headed_names(doc, tokens, max_name_length)
        joined_events(doc, tokens)
        traded_names(doc, tokens)
        city_districts(doc, tokens)
        investor_names(doc)
        described_names(doc)
        latin_names(doc)
        stock_names(doc)
        counted_products(doc)
        return doc

    return entity_rules


STANDARD_AFTER = re.compile(r"(?:国家|行业|团体|地方|企业)?标准(?!版|化|件)")  # not 《游戏》标准版
# 《2024年度国家鼓励的重点软件企业清单》, 《人工智能全球治理上海宣言》: a list, a declaration or a pledge a body issues;
# 《关于优化…发展的举措》: a document named 关于…的…, whatever its head word
ISSUED_TITLE = re.compile(r"(?:名单|清单|目录|宣言|公约|承诺|共识)$|^关于.{2,}的[\u4e00-\u9fff]{1,6}$")
MODEL_KIND_AFTER = re.compile(r"(?:系列)?(?:大模型|模型|芯片|操作系统)")
PROGRAMME_AFTER = re.compile(r"(?:专项)?(?:行动计划|行动|工程|计划|倡议)")
# an event's kind after its quoted name (“互联网之光”博览会), with no verb between (not “陆地航母”亮相展会)
EVENT_AFTER = re.compile(r"(?:(?![的为是在和与将于]|%s|%s)[\u4e00-\u9fffA-Za-z0-9+]){0,6}?(?:%s)"
                         % (EVENT_VERBS, "|".join(LAUNCH_VERBS), "|".join(sorted(SUFFIXES["EVENT"], key=len, reverse=True))))
EDITION_BEFORE = re.compile(r"(?:第[一二三四五六七八九十百\d]+届|首届|\d{4}年?)$")
QUOTED_SPEECH = re.compile(r"(?:称|说|表示|认为|透露|指出|坦言|强调|回应|回复|答复)$")  # what is said right after the verb
QUOTES = re.compile(r"《([^《》\n]{2,40})》|“([^“”\n]{2,30})”|「([^「」\n]{2,30})」")
_INNER_PUNCT = re.compile(r"[，。；！？、,;!?]")


LAUNCHED = re.compile("(?:%s)[了的]?$" % "|".join(LAUNCH_VERBS))  # 发布“P”, 推出的“P”
# “P”正式上线, “P”已于…上架: a quoted name right before a launch verb it is the subject of (not 升级: “以旧换新”升级)
LAUNCHED_AFTER = re.compile(r"(?:正式|已|将|全面|全量|同步|今日|今天)?(?:%s)" % "|".join(v for v in LAUNCH_VERBS if v != "升级"))
PRODUCT_KIND_AFTER = re.compile("[\u4e00-\u9fff]{0,4}?(?:%s)" % "|".join(PRODUCT_CUES))  # “P”异构云平台
GAME_BEFORE = re.compile(r"(?:游戏|手游|端游|网游)$")  # 动作角色扮演游戏《P》: a game is a product, unlike a book or a film


# products listed after a launch verb and closed by their count (发布了A、B和C三款新品): each item is a product
COUNTED_PRODUCTS = re.compile(r"(?:%s)了?([^，。；！？\n]{2,60}?)([两二三四五六七八九十])款(?:新品|新产品|产品|新机|设备)"
                              % "|".join(LAUNCH_VERBS))
LIST_ITEM = re.compile(r"[^、和及与]{2,16}")
COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def counted_products(doc: Doc) -> None:
    """Each item of a list a launch verb opens and a count of new products closes (同场发布了小米AI眼镜、小米MIX Flip 2
    和小米手环10三款新品), where the items are as many as the count says."""
    text = doc_text(doc)
    for m in COUNTED_PRODUCTS.finditer(text):
        items = list(LIST_ITEM.finditer(text, m.start(1), m.end(1)))
        if len(items) == COUNTS[m.group(2)]:
            for item in items:
                _add(doc, item.start(), item.end(), "PRODUCT", "counted", 1.5)


# a listed company's stock name under special treatment: the mark and two characters (*ST海星, S*ST长岭, ST钛白)
STOCK_NAME = re.compile(r"(?<![A-Za-z])(S?\*?S?ST)([\u4e00-\u9fff]{2})")


def stock_names(doc: Doc) -> None:
    """A stock's name after its special-treatment mark is a listed company's (*ST金路 → 金路): the
    mark leaves four characters for the name, so two of them are left."""
    for m in STOCK_NAME.finditer(doc_text(doc)):
        _add(doc, m.start(2), m.end(2), "COMPANY", "stock", 2.0)


def quoted_titles(doc: Doc) -> None:
    """《…》 and “…” titles: policies, events and products, typed by their head word or a launch verb before them
    (推出的“P”) or, for a quoted name of no kind, right after them (“P”正式上线)."""
    text = doc_text(doc)
    for m in QUOTES.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        inner, start, end = m.group(group), m.start(group), m.end(group)
        if _INNER_PUNCT.search(inner) or inner.startswith(("以下简称", "简称")) \
                or group == 2 and QUOTED_SPEECH.search(text, max(0, m.start() - 3), m.start()) \
                and re.match(r"[。，；！？,;!?]|$", text[m.end():]):
            continue  # 阿里云方面表示“目前没有相关计划”。: words said, no name
        etype = head_type(inner)
        programme = PROGRAMME_AFTER.match(text, end + 1) if group == 2 and etype is None else None
        if programme:  # “智改数转网联”专项行动, “人工智能+”行动: a programme, named with its kind
            _add(doc, m.start(), programme.end(), "POLICY", "title", 3.0)
            continue
        event = EVENT_AFTER.match(text, end + 1) if group == 2 and etype is None else None
        if event:  # 第二届“数字丝路”发展论坛, “互联网之光”博览会: an event, named with its kind and edition
            edition = EDITION_BEFORE.search(text, max(0, m.start() - 8), m.start())
            _add(doc, edition.start() if edition else m.start(), event.end(), "EVENT", "title", 3.0)
            continue
        kind = MODEL_KIND_AFTER.match(text, end + 1) if group == 2 and etype is None else None
        if kind:  # 中国电信“星辰”大模型, 智源“悟道”系列模型: a model, named with its kind
            _add(doc, m.start(), kind.end(), "PRODUCT", "title", 3.0)
            continue
        if etype is None and (STANDARD_AFTER.match(text, end + 1) or group == 1 and ISSUED_TITLE.search(inner)):
            etype = "POLICY"  # 《…基本要求》国家标准, 《…企业名单》, 《…宣言》: a standard, a list or a declaration, named by its title
        before = text[max(0, start - 6):start - 1]
        launched = LAUNCHED.search(before)  # 推出的“P”: what follows a relative clause is a product only where it says so
        if launched and launched.group().endswith(("的", "了")) and not PRODUCT_KIND_AFTER.match(text, end + 1):
            launched = None
        game = group == 1 and etype is None and GAME_BEFORE.search(before)
        launched = launched or group == 2 and etype is None and LAUNCHED_AFTER.match(text, m.end())
        if etype in (None, "GOVERNMENT", "COMPANY", "ORGANIZATION") and launched or game \
                or etype is None and group != 1 and before.endswith(PRODUCT_CUES):  # 大模型服务平台“火山方舟”
            etype = "PRODUCT"
        if group == 1 and etype not in ("POLICY", "EVENT") and not game:
            continue  # books, films, newspapers
        if etype in ("POLICY", "EVENT", "PRODUCT"):
            _add(doc, start, end, etype, "title", 3.0)


# a document named after its issuer or an issuing verb but not in 《》: 国务院办公厅关于…的通知, 作出了关于…的决定
UNQUOTED_TITLE = re.compile(r"(?:印发|发布|出台|制定|公布|颁布|下发|通过|作出|[厅院部委会局府办])了?(关于[^，。；！？《》“”\n]{2,40}?的"
                            r"(?:若干措施|若干意见|实施意见|指导意见|意见|通知|实施办法|管理办法|办法|实施方案|工作方案|方案|"
                            r"若干规定|规定|决定|实施细则|细则|行动计划))")


# a list published without 《》, named by the “…” programme it holds: 公示了第五批专精特新“小巨人”企业名单
UNQUOTED_LIST = re.compile(r"(?:公布|发布|公示|印发|揭晓|确定)了?((?:首批|第[一二三四五六七八九十\d]+[批轮])?"
                           r"[^，。；！？《》“”、\s]{0,15}“[^“”\n]{1,12}”[^，。；！？《》“”、\s]{0,15}?(?:名单|清单|目录))")


def unquoted_titles(doc: Doc) -> None:
    """Policies named after an issuing verb without 《》 (发布了关于支持人工智能产业发展的若干措施), and
    lists named by a quoted programme (公布第二轮“双一流”建设高校及建设学科名单)."""
    for pattern in (UNQUOTED_TITLE, UNQUOTED_LIST):
        for m in pattern.finditer(doc_text(doc)):
            _add(doc, m.start(1), m.end(1), "POLICY", "title", 2.5)


# a party committee's secretary, written as one word after the place (沭阳|县委书记, 山西|省委副书记)
SECRETARY = re.compile(r"[省市县区州]委(?=副?书记|常委)")


def party_committees(doc: Doc) -> None:
    """The committee in a secretary's or standing member's title after a place or body is a government body
    (沭阳县委书记 → 沭阳县委), and one opening a clause is the article's own (。市委常委、常务副市长X → 市委)."""
    tokens: list[Word] = []
    text = doc_text(doc)
    for m in SECRETARY.finditer(text):
        tokens = tokens or words(doc)  # only in the few documents that name a secretary
        k = bisect_left(tokens, m.start(), key=lambda t: t.idx)
        if 0 < k < len(tokens) and tokens[k].idx == m.start() and tokens[k - 1].tag_ in ("LOC", "ORG"):
            _add(doc, tokens[k - 1].idx, m.end(), "GOVERNMENT", "head", 2.0)
        elif m.start() == 0 or text[m.start() - 1] in "，,。；;、：:\n":
            _add(doc, m.start(), m.end(), "GOVERNMENT", "head", 2.0)


class Word(NamedTuple):
    """A token's text, LAC tag and offset, read without creating a spaCy ``Token``."""
    text: str
    tag_: str
    idx: int


def words(doc: Doc) -> list[Word]:
    text, strings = doc_text(doc), doc.vocab.strings
    return [Word(text[start:start + length], strings[tag], start)
            for tag, start, length in doc.to_array([TAG, IDX, LENGTH]).tolist()]


# the trade a Chinese company's name states after its trade name (万通|实业, 五矿|实达期货, 银鸽|投资)
TRADE_WORDS = tuple("""
实业 投资 控股 股份 科技 电子 电气 电器 通信 网络 信息 软件 汽车 重工 钢铁 钢钒 化工 药业 医药 制药 生物 能源 电力
煤业 矿业 地产 置业 房产 建设 物流 航空 传媒 文化 影视 食品 乳业 酒业 纺织 机械 材料 光电 环保 水泥 期货 基金 资本
租赁 商贸 贸易 百货 超市 国际 高新 发展 创投 风投 智能 半导体""".split())
SHARES = frozenset(("股份", "股权", "股票", "股东"))


def traded_names(doc: Doc, ws: list[Word]) -> None:
    """An organisation's name, or a person's a company is named after (傅利叶|智能), and the trade LAC tags as
    a noun after it (冀东|水泥, 广百|超市) are one company's name, unless more nouns follow (上海|医药|行业); a
    trade LAC tags as a verb is none (阿里巴巴|投资|饿了么), nor are its shares (东亚银行|股份)."""
    starts = {w.idx + len(w.text): w.idx for w in ws if w.tag_ in ("ORG", "PER")}
    starts.update({e: s for s, e, label in doc._.kg_ner or [] if label in ORG_LABELS})
    for k, w in enumerate(ws):
        if w.idx in starts and w.tag_ in ("n", "nz") and w.text in TRADE_WORDS and w.text not in SHARES:
            after = ws[k + 1] if k + 1 < len(ws) else None
            if after is None or after.tag_ not in ("n", "nz") or after.text in SHARES:
                _add(doc, starts[w.idx], w.idx + len(w.text), "COMPANY", "trade")


def city_districts(doc: Doc, ws: list[Word]) -> None:
    """A city and a district or county of it that LAC tags as two places in a row are one place, as the catalogue
    names them (宁德市|蕉城区 → 宁德市蕉城区, as 北京市海淀区); a transliterated word LAC tags as a person right
    after a place is a place in it (匈牙利|德布勒森)."""
    for city, part in zip(ws, ws[1:]):
        if city.tag_ != "LOC" or city.idx + len(city.text) != part.idx:
            continue
        if part.tag_ == "LOC" and city.text.endswith("市") and part.text.endswith(("区", "县")):
            _add(doc, city.idx, part.idx + len(part.text), "LOCATION", "rules")
        elif part.tag_ == "PER" and TRANSLITERATED_PLACE.fullmatch(part.text):
            _add(doc, part.idx, part.idx + len(part.text), "LOCATION", "rules")


# the investors of a round: a list before 领投/跟投/追加投资 or after 领投方为/参投方包括
INVESTOR_SLOT = re.compile(r"([^，。；：:,;！？\n]{2,80}?)(?:联合|共同|独家|继续|再次|持续|也|均|等机构|等)*"
                           r"(?:领投|跟投|参投|追加投资|加码|加注)"
                           r"|(?:领投方|跟投方|参投方|投资方|投资人)(?:为|是|包括|有)([^，。；：:,;！？\n]{2,80})")
# what opens an investor's name in the slot: the one who acts (由), a shareholder's kind (老股东), 以及 opening
# the slot (not 以及 inside its list: A旗下的B以及C跟投 lists B)
SLOT_OPENER = re.compile(r"^(?:.*(?:由|老股东|新股东|原股东|股东|包括)|以及)")
ITEM_OWNER = re.compile(r"^.*(?:旗下|的)")  # what opens an item with its owner: 由A旗下B基金领投 (B基金)
LIST_MARK = re.compile(r"、|(?<=[^、]{2})(?:以及|及|和|与)(?=[^、]{2})")
# a name of an investment fund or its manager: words before a fund head (砺思资本, 真格基金, 金石投资)
FUND_NAME = re.compile(r"([\u4e00-\u9fffA-Za-z0-9·]{2,16}?)(?:资本|创投|风投|基金|投资)")
# words that make a fund head a phrase, not a name (社会资本, 产业基金, 美元基金), or a clause (公司获得…资本)
GENERIC_FUND = re.compile(r"(?:社会|国有|国资|民间|民营|外资|海外|境外|产业|政府|引导|地方|战略|财务|风险|私募|公募|天使|"
                          r"早期|股权|创业|专项|多家|知名|头部|其他|现有|机构|美元|人民币|市场化|追加|新增|部分|相关|多|该|其|本|母|子)+")
NOT_IN_FUND = re.compile(r"获|了|将|拟|已|被|对|向|在|是|把|公司|企业|集团|方面|宣布|表示|完成|融资|轮")


def investor_names(doc: Doc) -> None:
    """Investment funds and their managers listed as a round's investors (由A、B联合领投, 老股东C追加投资,
    参投方包括D): a name before a fund head word (资本, 创投, 风投, 基金, 投资) is an organisation, as
    the guidelines type funds not named as companies; generic phrases (社会资本, 产业基金) are none."""
    text = doc_text(doc)
    for slot in INVESTOR_SLOT.finditer(text):
        group = 1 if slot.group(1) else 2
        start = slot.start(group)
        listed = text[start:slot.end(group)]
        opener = SLOT_OPENER.match(listed)
        offset = opener.end() if opener else 0
        for item in LIST_MARK.split(listed[offset:]):
            at = listed.index(item, offset)
            offset = at + len(item)
            owner = ITEM_OWNER.match(item)
            at, item = (at + owner.end(), item[owner.end():]) if owner else (at, item)
            item = QUALIFIER_AT_END.sub("", item)  # 专项基金（君联资本担任管理人）
            name = FUND_NAME.fullmatch(item)
            if name and not GENERIC_FUND.fullmatch(name.group(1)) and not NOT_IN_FUND.search(name.group(1)):
                _add(doc, start + at, start + at + len(item), "ORGANIZATION", "investor", 2.5)


# a company described by its kind, then its Latin name in brackets: AI基础设施企业无问芯穹（Infinigence AI）
# (not an officer's title and name: 集团首席执行官肖鹏（Peng Xiao）)
DESCRIBED_NAME = re.compile("(?:%s)(?!旗下|下属|的|与|和|及|将|已|在|于|是|为|首席|总裁|副总裁|董事|总经理|创始人|联合创始人|"
                            "主席|总监|负责人|高级|执行|常务)([\u4e00-\u9fff]{2,8})(?=[（(][A-Za-z])" % "|".join(COMPANY_CUES))


def described_names(doc: Doc) -> None:
    """A name between a word for a kind of company and its Latin name in brackets is a company's,
    whatever LAC tags its words (无问芯穹 as a verb); the Latin name becomes its alias."""
    for m in DESCRIBED_NAME.finditer(doc_text(doc)):
        _add(doc, m.start(1), m.end(1), "COMPANY", "described", 2.0)


# a kind of company that LAC may glue to the front of a company's name (公司集度汽车有限公司)
KINDS_OF_COMPANY = frozenset("上市公司 子公司 孙公司 母公司 关联公司 参股公司 全资子公司 控股子公司 合资公司".split())
GLUED_KIND = re.compile(r"(?:(?:合资|全资|控股|参股)?(?:子|孙)?公司|企业)(?=.{2,}(?:公司|集团)$)")


def _joined_heads(tokens: list[Word]) -> list[Word]:
    """The words with a head word that LAC splits in two joined again (百灵|大|模型 → 百灵|大模型,
    讯飞|技术交流|日 → 讯飞|技术交流日)."""
    out: list[Word] = []
    for tok in tokens:
        joined = out[-1].text + tok.text if out and out[-1].idx + len(out[-1].text) == tok.idx else ""
        head = _HEAD.search(joined, len(joined) - len(tok.text) - 2) if joined and not head_word_type(tok.text) else None
        if head and false_head(tok.text) and len(head.group()) > 1:
            head = None  # 智能汽车|解决方案: a word that is no head ends in a longer head word (方案) of its own
        if head and head.end() == len(joined):  # not before a newline, which $ lets through
            tok = Word(joined, tok.tag_, out.pop().idx)
        out.append(tok)
    return out


JOINT_DASHES = ("—", "－", "-", "–")  # between the founders' names in a joint body's name
LAUNCH_EVENTS = ("发布会", "新品发布会")  # what a launch is, after its Latin name: Galaxy Unpacked 2025发布会
# a coined name LAC tags as a place, of four characters or more and no place's word at its end (息壤智算|平台; not 中国|芯片)
COINED_PLACE = re.compile(r"[\u4e00-\u9fff]{4,}(?<![省市区县州国镇乡村洲岛湾山河湖江海港路街道亚洋])")


def headed_names(doc: Doc, ws: list[Word], max_len: int) -> None:
    """Names that end in a head word (…厅, …协会, …论坛, …计划): the head word's token and the
    name-like words before it, where one of them is a proper name or an ordinal (第十七届, 首届); a launch
    named in Latin is named without 发布会 (Galaxy Unpacked 2025)."""
    tokens, text = _joined_heads(ws), doc_text(doc)
    for j, tok in enumerate(tokens):
        etype = head_word_type(tok.text)
        if etype is None and len(tok.text) == 2 and tok.text[1] == "军" and tok.text[0] in STATE_ABBREVIATIONS:
            _add(doc, tok.idx, tok.idx + 2, "GOVERNMENT", "head", 2.0)  # 美军, 日军: a state's army
        if etype is None or MODIFYING_HEAD.match(text, tok.idx):
            continue
        if tok.text in KINDS_OF_COMPANY:
            continue  # 深交所|上市公司, 华为|子公司: what a company is, not the head of its name
        glued = GLUED_KIND.match(tok.text) if etype == "COMPANY" else None
        if glued:  # 成立合资|公司集度汽车有限公司: LAC glued the kind of company to the name that follows it
            _add(doc, tok.idx + glued.end(), tok.idx + len(tok.text), "COMPANY", "head", 2.0)
            continue
        # LAC's own names stand as they are, unless LAC began one inside a word (示范|区执委会)
        whole = tok.tag_ in PROPER_TAGS and len(tok.text) > 2 and \
            not (tok.text[0] in "区市县省州" and j > 0 and tokens[j - 1].tag_ in NAME_TAGS)
        if whole and tok.text.endswith(BRANCHES) and j > 0 and tokens[j - 1].tag_ == "ORG" \
                and tokens[j - 1].idx + len(tokens[j - 1].text) == tok.idx:
            # 招行|广州分行: a branch LAC tagged apart from its parent; the resolver types it by the parent
            _add(doc, tokens[j - 1].idx, tok.idx + len(tok.text), "ORG", "head", 2.0)
        i, proper, closed = j, whole, 0  # closed: brackets passed that a name's own opening one must match
        defined = etype in AGENT_TYPES and ALIAS_DEFINITION.match(text, tok.idx + len(tok.text))
        while i > 0:
            prev = tokens[i - 1]
            if tok.idx + len(tok.text) - prev.idx > max_len:
                break
            if prev.text == "电" and i > 1 and tokens[i - 2].tag_ == "TIME":
                break  # a dateline (新华社北京12月18日电) opens no name
            if prev.tag_ == "PER" and tokens[i].tag_ in ("LOC", "ORG"):
                break  # 张光燕|中国生态城建设与区域发展联盟秘书长: a person before a place or body is no part of its name
            if prev.text in JOINT_DASHES and etype == "ORGANIZATION" and i > 1 and tokens[i - 2].tag_ == "ORG":
                i, proper = i - 2, True  # 工商银行—清华大学金融科技联合实验室: a joint body named by both its founders
                break
            if etype == "PRODUCT" and prev.text in GENERIC_HEADS:
                break  # 通用大语言模型|混元大模型: what the product is, before its name
            if prev.text == "引导" and tok.text == "基金":
                i -= 1  # 武汉市政府|引导/v|基金: a guidance fund's name holds the verb
                continue
            if ORDINAL.match(prev.text) or YEAR_IN_BRACKETS.match(doc_text(doc)[prev.idx:tok.idx].strip()):
                proper = True  # 第二届, 2024年, （2023）
            elif prev.text in SEASONS and i > 1 and YEAR.fullmatch(tokens[i - 2].text):
                pass  # 2024|春季: the year, next, opens the name
            elif defined and prev.tag_ == "v" and len(prev.text) == 2 and i > 1 and tokens[i - 2].tag_ in NAME_TAGS \
                    and not re.fullmatch(f"{EVENT_VERBS}|{FOUND_VERBS}|发起", prev.text):
                proper = True  # 算力互联|互通/v|产业联盟（以下简称联盟）: a name the text defines holds a verb LAC tags in it
            elif etype == "POLICY" and prev.tag_ == "v" and re.fullmatch(POLICY_NAME_VERBS, prev.text) \
                    and i > 1 and tokens[i - 2].tag_ == "LOC":
                pass  # 北京市|通用/v|人工智能…计划, 上海市|促进/v|…条例: a place's programme named with its aim
            elif whole and not (etype == "EVENT" and prev.tag_ in ("LOC", "ORG")
                                or etype == "LOCATION" and prev.tag_ == "LOC"):
                break  # but an event's place or organiser opens its name (第二届|中国|数字经济发展论坛), a city a venue's
            elif prev.tag_ in NAME_TAGS or prev.text.isascii() and prev.text.strip() and prev.text.isalnum():
                proper |= prev.tag_ in PROPER_TAGS or prev.text.isascii()
            elif prev.text in ("）", ")") and not _bracketed_place(tokens, i - 1):
                break  # 电（记者聂云）印度空军: a byline in brackets is no part of a name
            elif prev.text in ("（", "(") and not closed:
                break  # 基金（中关村资本担任管理人）: a name inside a bracketed remark opens there
            elif prev.text in ("（", "(", "）", ")") or prev.text.isdigit():
                closed += (prev.text in ("）", ")")) - (prev.text in ("（", "("))  # a bracketed year or place, checked above
            elif prev.text == " " and i > 1 and tokens[i - 2].text.isascii():
                pass  # GTC 2024大会
            elif prev.text == "和" or prev.tag_ == "c" and prev.text in ("和", "与"):
                if i > 1 and (head_word_type(tokens[i - 2].text) == etype or tokens[i - 2].tag_ in ("ORG", "LOC", "PER")):
                    break  # 北方舰队和太平洋舰队, 北京市商务局与微软（中国）有限公司, 首钢园和国家会议中心, 王柏兴与…公司: two names
                pass  # 发展和改革委员会; the name must still start with a proper word
            else:
                break
            i -= 1
        # drop leading brackets/digits/conjunctions the loop walked over; a year that opens an
        # event's name is part of it (2024数字经济峰会, as 2024年数字经济峰会)
        while i < j and (tokens[i].text in ("（", "(", "）", ")", "和", "与") or tokens[i].text.isdigit()
                         and not (etype == "EVENT" and YEAR.fullmatch(tokens[i].text))):
            i += 1
        proper |= bool(defined) and i < j  # 开放/vn|计算/vn|项目|基金会（OCP）: a name the text defines is named
        verbs = EVENT_VERBS if etype == "EVENT" else FOUND_VERBS if etype == "ORGANIZATION" else None
        if verbs and re.search(f"(?:{verbs})了?$", doc_text(doc)[max(0, tokens[i].idx - 4):tokens[i].idx]):
            proper = True  # 举行文心大模型技术交流会, 成立(了)通义实验室: what is held or set up there is named
        elif verbs and (start := _named_from_verb(tokens, i, verbs)) < i and \
                any(t.tag_ in PROPER_TAGS for t in tokens[start:j]):
            i, proper = start, True
        elif verbs and (start := _quoted_from_verb(text, tokens, j, verbs)) is not None:
            i, proper = start, True
        if not proper or i == j and etype != "EVENT" and not (tok.tag_ == "LOC" and etype in AGENT_TYPES
                                                              and not tok.text.endswith("中心")):
            continue
        named_by = tokens[j - 1]
        if etype == "PRODUCT" and not (i < j and (named_by.tag_ in ("nz", "nw", "eng") or named_by.tag_ == "LOC"
                                                  and COINED_PLACE.fullmatch(named_by.text))
                                       and named_by.text.casefold() not in GENERIC_LATIN):
            continue  # a product is named by the word before its head (超脑平台, 息壤智算平台), not a company (OpenAI机器人) or AI
        if etype == "COMPANY" and j > i and tok.text in BARE_COMPANY_HEADS and head_word_type(tokens[j - 1].text) == "COMPANY":
            continue  # 东亚银行股份, 平安银行保险: a company's shares or insurance, not a second company
        if etype == "POLICY" and (tok.tag_ == "v" or all(t.tag_ == "ORG" for t in tokens[i:j])):
            continue  # 中国人民银行决定自…, 银监会通知印发: a verb; 国务院措施: an issuer's, not a name
        start, end = tokens[i].idx, tok.idx + len(tok.text)
        if tok.text == "基金" and re.search("[和与及]", text[start:tok.idx]):
            continue  # 债券融资和产业基金: kinds of financing, not a fund's name
        if (form := PARTNERSHIP_FORM.match(text, end)) and text[start:end].endswith("合伙企业"):
            end = form.end()  # 先导高芯投资合伙企业（有限合伙）: the bracketed legal form ends the name
        if etype == "EVENT" and tok.text in LAUNCH_EVENTS and text[start:tok.idx].strip().isascii():
            _add(doc, start, len(text[:tok.idx].rstrip()), "EVENT", "head", 2.0)  # Galaxy Unpacked 2025|发布会
            continue
        name_type = head_type(doc_text(doc)[start:end])  # the whole name's (中国消费者协会消费指导部: an association's)
        if (end - start > len(tok.text) or tok.tag_ in PROPER_TAGS) and name_type:
            _add(doc, start, end, name_type, "head", 2.0)


# words a name that follows a verb may hold though they stop a name elsewhere (举行|小米|汽车|上市|发布会, 设立|讯|飞|长三角…)
NAME_BREAKS = {"w", "p", "u", "c", "d", "r", "m", "q", "f", "TIME", "PER"}


def _quoted_from_verb(text: str, tokens: list[Word], j: int, verbs: str) -> int | None:
    """Where a name in quotes that ends at ``tokens[j]`` starts, when a verb that holds or sets up a thing
    (``verbs``) stands right before the quotes: it is named, whatever its words (共同成立了“大模型应用实验室”); else None."""
    end = tokens[j].idx + len(tokens[j].text)
    if not text.startswith(("”", "\"", "」"), end):
        return None
    for k in range(j - 1, max(-1, j - 8), -1):
        if tokens[k].text in ("“", "\"", "「"):
            return k + 1 if k + 1 < j and re.search(f"(?:{verbs})了?$", text[max(0, tokens[k].idx - 6):tokens[k].idx]) else None
    return None


def _named_from_verb(tokens: list[Word], i: int, verbs: str) -> int:
    """Where a name that starts at ``tokens[i]`` starts instead when a verb that holds or sets up a thing
    (``verbs``) stands a few words before it: what is held or set up is named from the verb on
    (举行小米汽车上市发布会, 设立讯飞长三角人工智能创新中心), with the edition after the verb (在合肥举办2024科大讯飞全球1024
    开发者节); else ``i``."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if re.search(f"(?:{verbs})$", tokens[k].text):  # LAC may glue the place to the verb (合肥举办)
            first = k + 1 + (k + 2 < i and ORDINAL.match(tokens[k + 1].text) is not None)
            return k + 1 if tokens[i].idx - tokens[first].idx <= 6 else i
        if tokens[k].tag_ in NAME_BREAKS and not ORDINAL.match(tokens[k].text):
            break
    return i


MEETING_WORDS = ("会议", "活动")  # what a second event joined by 暨 may end in, beside an event's head word


def joined_events(doc: Doc, ws: list[Word]) -> None:
    """The second of two events joined by 暨, which may have no proper word of its own: what follows
    暨 up to a meeting's word (2024世界人工智能大会暨人工智能全球治理高级别会议)."""
    for k, w in enumerate(ws[1:-1], 1):
        if w.text != "暨" or head_word_type(ws[k - 1].text) != "EVENT":
            continue
        for t in ws[k + 1:k + 9]:
            if t.tag_ in ("w", "p", "TIME") or t.idx + len(t.text) - ws[k + 1].idx > 20:
                break
            if head_word_type(t.text) == "EVENT" or t.text.endswith(MEETING_WORDS):
                _add(doc, ws[k + 1].idx, t.idx + len(t.text), "EVENT", "head", 2.0)
                break


def _bracketed_place(tokens: list[Word], close: int) -> bool:
    """Whether the brackets closed at ``tokens[close]`` hold a place, a year, a Latin word or a head word,
    as names do (鑫视空间（北京）装饰艺术公司, 第十七届（2023）, （集团）有限公司), not a byline (（记者聂云）)."""
    k = close - 1
    while k >= 0 and tokens[k].text not in ("（", "("):
        if not (tokens[k].tag_ in ("LOC", "ORG", "TIME") or tokens[k].text.isascii() and tokens[k].text.isalnum()
                or head_word_type(tokens[k].text)):
            return False
        k -= 1
    return 0 <= k < close - 1


def balanced(name: str) -> bool:
    """Whether every bracket in a name is closed (新浪房产讯（…）万科红（论坛 is no name)."""
    depth = 0
    for ch in name:
        depth += (ch in "（(") - (ch in "）)")
        if depth < 0:
            return False
    return depth == 0


def latin_names(doc: Doc) -> None:
    """Latin-script brands and models (ChatGPT, GPT-4, App Store), typed by their context; an officer's
    title splits a run of words (OpenAI CEO Sam Altman → OpenAI, Sam Altman)."""
    text = doc_text(doc)
    for m in LATIN.finditer(text):
        start = m.start()
        for title in LATIN_TITLE.finditer(text, m.start(), m.end()):
            _latin_name(doc, text, start, title.start() - 1)
            start = title.end() + 1
        _latin_name(doc, text, start, m.end())


# a model's code glued to a two-character brand it is launched under (推出曦思N100、曦云C500等, 推出了首款自研芯片澎湃S1,
# 比亚迪旗下腾势N8L亮相, A与腾势N8L同台亮相): the brand is the name's
CODE_UNDER_BRAND = re.compile(r"(?:(?:%s)了?|[、与和]|旗下的?|(%s))([\u4e00-\u9fff]{2})$" % ("|".join(LAUNCH_VERBS), "|".join(PRODUCT_CUES)))
CLAUSE_END = re.compile(r"[，。；,;\n]|$")


def _launched_in_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` holds a launch verb, before or after it."""
    opens = max(text.rfind(c, 0, start) for c in "，。；,;\n") + 1
    clause = text[opens:start] + text[end:CLAUSE_END.search(text, end).start()]
    return any(verb in clause for verb in LAUNCH_VERBS)
MODEL_CODE_WORD = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2}")
LEVEL_AFTER = re.compile(r"\+?(?:[、和及至到~～-][A-Za-z]*\d+\+?)*级")  # (L3)、L4级: a grade of a scale
NOT_BRAND = re.compile(r"[的新款型代是在和与及等全首一多两三旗各该其此载用配装级版于为以对向了着台部个]")


def _branded_code(text: str, start: int, word: str) -> int | None:
    """Where a model's code with its brand starts: after a launch verb, or after 、, 与 or 和 of a list, an owner's 旗下
    or a kind of product in a clause with one, before or after it."""
    brand = CODE_UNDER_BRAND.search(text, max(0, start - 8), start) if MODEL_CODE_WORD.fullmatch(word) else None
    if brand is None or NOT_BRAND.search(brand.group(2)):
        return None
    if not brand.group().startswith(LAUNCH_VERBS) and not _launched_in_clause(text, brand.start(), start + len(word)):
        return None
    return brand.start(2)


def _latin_name(doc: Doc, text: str, start: int, end: int) -> None:
    words = text[start:end].split(" ")
    while words and words[0].casefold() in GENERIC_LATIN:  # AI CEO张鹏, AI TechDay
        start += len(words.pop(0)) + 1
    while words and words[-1].casefold() in GENERIC_LATIN and not (len(words) > 1 and words[-1] in MODEL_SUFFIXES) \
            and not (len(words) > 1 and text.startswith(PRODUCT_CUES, end)):  # Meta AI助手: the assistant's name
        end -= len(words.pop()) + 1
    if len(words) > 1 and re.fullmatch(r"\d+(?:\.\d+)?", words[-1]) and AMOUNT_UNIT.match(text, end):
        end -= len(words.pop()) + 1  # 每百万tokens 16元, 每千tokens 0.003元: an amount, not a model's number
    if not words or (start and text[start - 1].isascii() and text[start - 1].isalnum()):
        return
    word = text[start:end]
    if len(word) < 2 or re.fullmatch(r"\d+(?:\.\d+)?", word) or text.startswith("轮", end):  # A+轮, Pre-A轮: a funding round
        return
    if any(c.isdigit() for c in word) and LEVEL_AFTER.match(text, end):
        return  # L3、L4级自动驾驶: a level, not a model
    if text[start - 1:start] in (".", "．") and text[start - 2:start - 1].isdigit():
        return  # 0020.HK, 601127.SH: the exchange of a stock's code
    if (branded := _branded_code(text, start, word)) is not None:
        _add(doc, branded, end, "PRODUCT", "latin", 2.0)  # 推出曦思N100
        return
    before, after = text[max(0, start - 8):start], text[end:end + 4]
    if PERSON_TITLE.search(before) and word[0].isupper() and not any(c.isdigit() for c in word):
        etype, weight = "PERSON", 2.0  # 总裁Ruth Porat, CEO Sam Altman
    elif LATIN_EVENT.search(word):
        etype, weight = "EVENT", 2.0  # World Governments Summit, Zhipu DevDay
    elif LATIN_PLACE.search(word):
        etype, weight = "LOCATION", 2.0  # 在美国加州库比蒂诺的Apple Park举行
    elif LATIN_FUND.search(word):
        etype, weight = "ORGANIZATION", 2.0  # 基石投资者分别为M&G Investments、红杉中国
    elif before.endswith(COMPANY_CUES) or after.startswith(("公司", "集团", "Inc", "Ltd")) or LEGAL_LATIN.search(word) \
            or before.endswith(("与", "同", "跟")) and after.startswith(("签", "合作", "达成", "订立", "共同", "联合")) \
            or before.endswith(("收购", "并购", "入股", "参股", "注资", "竞购")) \
            or before.endswith(("向", "对")) and after.startswith(("投资", "注资", "增资", "进行投资")) \
            or before.endswith("由") and after.startswith(MAKER_VERBS) or after.lstrip().startswith(OFFICERS):
        etype, weight = "COMPANY", 2.0
    elif before.rstrip().endswith(PRODUCT_CUES) or LATIN_SYSTEM.search(word) or text.startswith(PRODUCT_CUES, end):
        etype, weight = "PRODUCT", 1.5
    elif any(c.isdigit() for c in word):  # GPT-4; but a model's organisation wins over a digit alone (bet365)
        etype, weight = "PRODUCT", 1.4
    elif re.search("(?:%s)[^，。；！？,]{0,6}$" % "|".join(LAUNCH_VERBS), before):
        etype, weight = "PRODUCT", 1.5
    elif after.startswith(("与", "和", "携手", "宣布", "表示", "称")) and not before.endswith("、"):
        etype, weight = "COMPANY", 1.0  # but iPad、Mac和Vision Pro: the last but one of a list is what the others are
    elif word.islower() and re.search("[A-Z]", text):
        return  # 128K tokens: an English word, in a text that writes names with capitals (not CLUENER's, lower-cased)
    else:
        etype, weight = "PRODUCT", 0.5
    _add(doc, start, end, etype, "latin", weight)


EVENT_PART = re.compile(r"(?:系列)?(?:活动|分会场|分论坛|赛区|站)")  # an event's part in a place, after the place


STATE_NAMES = {"中": "中国", "美": "美国", "日": "日本", "俄": "俄罗斯", "英": "英国", "法": "法国", "德": "德国", "韩": "韩国",
               "朝": "朝鲜", "印": "印度", "越": "越南", "泰": "泰国", "以": "以色列", "澳": "澳大利亚", "加": "加拿大",
               "葡": "葡萄牙", "意": "意大利", "欧": "欧洲", "缅": "缅甸"}
# two or three states named by one character each before what they share (中美关系, 中日两国, 推动美中关系);
# not where the first closes a word (其中美日关系 is 美日) or is a word of its own (以中日友好为重, 参加中美合作)
STATE_PAIR = re.compile(r"(?![以加意])(?!(?<=[其集之当空心手家途暗正命高初])中)[%s]{2,3}"
                        r"(?=两国|三国|双方|两军|两党|等国|关系|友好|友协|合作|建交|邦交|边境|边界|贸易|经贸|会谈|会晤|峰会|首脑"
                        r"|联合声明|战略|同盟|安保)" % "".join(STATE_NAMES))
STATE_RUN = re.compile("[%s]{2,3}" % "".join(STATE_NAMES))  # a place LAC tags that is states by a character each: 中缅, 美英俄

SHORT_PLACES = {"京": "北京", "沪": "上海"}
# a city named by its one character after a verb of going or staying (抵京, 在京, 在沪投资); not the start of a
# longer word (来京东, 在沪深两市). Not 华 (在华研发): the news sets leave China unnamed where it is only the scene
PLACE_AFTER_VISIT = re.compile(r"(?<=[来抵赴离返驻在进])京(?![东剧城津沪都])|(?<=[来抵赴离返驻在])沪(?![深市股指])")


# common words that hold a place's name, which they do not name (发展中国家: developing countries, not 中国)
WORDS_HOLDING_PLACES = re.compile(r"发展中国家")


def _in_common_word(text: str, start: int, end: int) -> bool:
    """Whether the span lies inside a common word that holds a place's name (中国 in 发展中国家)."""
    return any(m.start() <= start and end <= m.end()
               for m in WORDS_HOLDING_PLACES.finditer(text, max(0, start - 8), end + 8))


@Language.factory("kg_catalogue", default_config={"path": None})
def make_catalogue_matcher(nlp: Language, name: str, path: str | None):
    """Well-known names of the entity catalogue, longest match first."""
    catalogue = load_catalogue(path)

    def catalogue_matcher(doc: Doc) -> Doc:
        text = doc_text(doc)
        found = [f for f in catalogue.scan(text) if not _in_common_word(text, f[0], f[1])]
        for (start, end, entry), after in zip(found, [*found[1:], None]):
            if entry.type == "EVENT" and after and after[0] == end and after[2].type == "LOCATION" and \
                    (part := EVENT_PART.match(text, after[1])):  # 国家网络安全宣传周宁波市活动: the event's local part
                _add(doc, start, part.end(), "EVENT", "head", 2.0)
            if text[end - 1:end + 1] == "部门":
                continue  # 商务部门 is no 商务部
            if entry.type == "GOVERNMENT" and text[start - 1:start] in LEVELS:
                _add(doc, start - 1, end, "GOVERNMENT", "head", 2.0)  # 省发展改革委: the province's, not the state's
            _add(doc, start, end, entry.type, "catalogue", 4.0, entry.id)
        pairs = [(m.start(), m.end()) for m in STATE_PAIR.finditer(text)]  # 中美关系, 中日两国
        pairs += [(t.idx, t.idx + len(t)) for t in doc if t.tag_ == "LOC" and STATE_RUN.fullmatch(t.text)]  # 中缅|边境线
        for start, end in sorted(set(pairs)):  # each character names its state
            for k in range(start, end):
                if entry := catalogue.lookup(STATE_NAMES[text[k]]):
                    candidates(doc).append(Candidate(k, k + 1, entry.type, "catalogue", 4.0, entry.id))
        for m in PLACE_AFTER_VISIT.finditer(text):  # 在京, 在沪: the city by its one character
            if entry := catalogue.lookup(SHORT_PLACES[m.group()]):
                candidates(doc).append(Candidate(m.start(), m.end(), entry.type, "catalogue", 4.0, entry.id))
        return doc

    return catalogue_matcher


# --- resolution ---------------------------------------------------------------------------

TRAILING = ("CEO", "CTO", "COO", "CFO", "总裁", "董事长", "总经理", "副书记", "书记",  # 苏宁云商COO侯恩龙: an officer's title LAC glued to the name
            "政委", "署长", "部长", "局长", "厅长", "院长", "校长", "社长", "会长", "行长", "秘书长",  # 联合国开发计划署署长
            "会同", "联合", "携手", "牵头", "共同", "签署", "签订", "签约", "宣布", "表示", "发布", "推出", "举行",
            "合作", "决定", "计划", "正式", "今日", "近日", "日前", "如期", "率先", "首次", "再次", "再度", "已经", "与", "和", "及", "等", "将", "拟", "称", "已",
            "也", "还", "在", "于", "的", "vs", "VS", "主办", "承办", "举办", "协办", "合办", "联办", "创办", "主持", "出席", "指导",
            "有关部门", "相关部门", "监管机构", "监管部门", "主管部门", "持有", "所持", "收购", "并购", "重组", "增持", "减持", "领投", "跟投", "参投", "贷款", "旗下", "之母公司", "母公司", "控股子公司", "全资子公司", "子公司", "关联公司", "关联方",
            "设立", "成立", "发起", "加入", "入选", "获得", "完成", "参与", "打造", "推动", "提供", "开展", "启动",
            "继")  # 宁德时代继|与上汽集团成立上汽时代之后: the 继 of 继…之后
ZONE_THEN_VERB = re.compile(r"(?:经开区|高新区|开发区|自贸区|保税区|经济区|新区|产业园区?|工业园|科技园|软件园|科学城)"
                            r"(建设|投资|设立|新建|兴建|打造|布局|落地|落户|开设|成立)")  # 开发区|建设…工厂
LATIN_END = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z0-9]+$")
LATIN_GOES_ON = re.compile(r"[A-Za-z0-9]|[-_.][A-Za-z0-9]")
EACH_KIND = re.compile(r"各[\u4e00-\u9fff]{1,5}$")  # (上海)各研究所: each of a kind
BODY_COUNT = re.compile(r"等?[两二三四五六七八九十\d]+(?:个|家)?(?:部门|部委|单位)$")
ET_AL_KIND = re.compile(r"等(?:多家|知名|头部|国资|产业)?(?:机构|企业|公司|单位|部门|高校|院校|投资方|投资人|股东|老股东)$")
ANNUAL = re.compile(r"(?<![\d一二三四五六七八九十〇零])(?:年度|一年一度的?)")  # the 年度 of no stated year: what kind an event is
LEADING = ("暨", "会同", "收购", "并购", "投资", "增资", "注资", "入股", "参投", "认购", "共建", "包括")  # words that join a name to the one
# before it, act on it or list it, and never open one
# the end of a dateline, which opens no name: a day's 讯 or 电 (中国网财经6月12日讯张江高科, 新华社北京５月７日电|国际…联合会)
# or a paper's 报讯 (本报讯辽宁省…, 信息时报讯)
DATELINE_END = re.compile(r"(?:(?<=[\d０-９一二三四五六七八九十]日)|日)[讯电]|[\u4e00-\u9fff]{0,3}报讯")
PLACE_PART = re.compile(r"(?:[东西南北中大]部|[东西][南北]部)$")  # a part of a place by its direction, after its name (华北大部)
SHARE_CLASS = re.compile(r"(?:[ABHN]股|港股|美股|流通股|限售股)(?:股份|股票|股权)?$")
# what a model or LAC glued to the front of an organisation's name: the kind of company it is, a stock's
# special-treatment mark, an opening quote the name does not close, or a year (2008年宝钢股份) where no
# event's name follows it (not 2008年北京奥运会组委会)
KIND_BEFORE = re.compile(r"(?:(?:控股|全资|参股|合资)?[子孙母]公司|非?上市公司|(?:控股|第[一二三四五六七八九十]|老|新|原)?大?股东|"
                         r"S?\*?S?ST(?=[\u4e00-\u9fff])|[“‘「『](?!.*[”’」』])|\d{2,4}年(?!.*(?:会|节|赛|展)))(?=[^，。、\s]{2})")
# a kind of company, unit or government, perhaps with its ownership, standing or level: a name of none
# (外资银行, 全资子公司, 营业部, 各级政府, 乡镇政府), and banks by their kind's short word (国有大行, 六大行, 城商行)
GENERIC_COMPANY = re.compile(r"(?:中资|外资|合资|国有|国营|民营|私营|股份制|商业|城市|农村|地方|非?上市|控股|全资|参股|关联|附属|集团|[子孙母分新]"
                             r"|各级|基层|乡镇|灾区|当地|各地)*"
                             r"(?:公司|集团|企业|银行|金融机构|(?:证券)?营业部|营业厅|分行|支行|(?<=..)(?:人民)?政府"
                             r"|[二三四五六七八九十]?大行|股份行|城商行|农商行|村镇行)")
# a kind of centre or lab by its level (校级联合研究中心, 省级重点实验室, 国家级创新平台): a name of none
LEVELLED_KIND = re.compile(r"(?:校|院|省|市|区|县|部|国家|省部)级(?:重点|联合|协同|创新|工程|技术|研究|产业|研发)*"
                           r"(?:实验室|研究中心|研究院|中心|平台|基地)")
SECTOR_WORDS = ("行业", "领域", "赛道")  # a sector of business (汽车行业), no body
# a kind of session of an event (平行论坛, 分论坛, 主题论坛, 全体会议, 开幕式) or a meeting or ceremony named by
# what it does (召开成立大会, 举行揭牌仪式, 签约仪式): a name of none
EVENT_SESSION = re.compile(r"(?:平行|分|主|专题|主题|圆桌|配套|同期|高峰|全体|闭门)(?:论坛|会议|大会|峰会)|开幕式|闭幕式|颁奖典礼"
                           r"|(?:成立|揭牌|签约|签字|启动|开工|授牌|动员|誓师)(?:大会|仪式|典礼)")
INTERNAL_UNIT = re.compile(r"^(.{2,}?(?:银行|公司|集团|证券|保险))[\u4e00-\u9fff]{2,8}(?:部|处|科|室)$"
                           r"|^(.{2,}?)(?:市场研究|研究|营销管理|营销|市场|大客户|客户|金融机构|机构业务|业务|销售|事业|"
                           r"投资银行|投资|产品|运营|战略|品牌|公关|信贷|资产管理|财富管理|零售)部$"
                           r"|^(.{2,}?)(?:董事局|董事会|监事会)$"  # 阿里巴巴董事局: the board names the company
                           r"|^(.+?[^省市区县州镇乡村])(?:党委|党组|纪委)$"  # 中国科大党委: a body's, not a place's
                           r"|^(.{2,}?(?:银行|[工农中建交招]行))[\u4e00-\u9fff]{1,6}卡$")  # 农业银行金穗卡: a bank's card
GENERIC_HEADS = ("公司", "企业", "厂商", "机器人", "平台", "产品", "应用", "模型", "大模型", "助手")
MODEL_LABELS = {"ORG": "ORG", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION", "PERSON": "PERSON",
                "PER": "PERSON", "PRODUCT": "PRODUCT", "EVENT": "EVENT", "LAW": "POLICY", "NORP": None}


# what follows a person's name in a form of address: 先生, 夫人, a surname with 总 (王诚王总)
LATIN_OFFICER = re.compile(r"(?:CEO|CTO|COO|CFO|CIO)(?=[\u4e00-\u9fff])")
HONORIFIC = re.compile(r"(?:老先生|先生|女士|小姐|夫人|同志|[\u4e00-\u9fff][总董])$")
GIVEN_NAME_END = re.compile(r"[^\u4e00-\u9fff]|那里|这里|的|说|是|也|都|$")  # no second name after a person's 和
TITLES_IN_ZHANG = "局部院校处科所厂社行省市县"  # 局长, 部长, 院长 …: LAC may glue the first character to the name


SPACE_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")  # 深圳讯 华为技术有限公司: a dateline, then the name


def _trim(doc: Doc, c: Candidate) -> Candidate:
    """Cut function words a recogniser left at the end of an organisation's, place's or
    person's name (工业和信息化部会同 → 工业和信息化部), and an 年度 of no stated year before an event's
    (在年度Connect大会上 → Connect大会, 英伟达年度GTC大会 → GTC大会: the host before it is no part of the name);
    titles and catalogue names stay whole."""
    annual = ANNUAL.search(doc_text(doc), c.start, c.end) if c.label == "EVENT" and not c.entry else None
    if annual and c.end - annual.end() > 2:
        return Candidate(annual.end(), c.end, c.label, c.source, c.weight, c.entry)
    if c.label not in ("ORG", "COMPANY", "GOVERNMENT", "ORGANIZATION", "LOCATION", "PERSON") or c.entry:
        return c
    text = doc_text(doc)[c.start:c.end]
    if text.find("<") >= 2:  # 宁波银行<N>.<N>亿股: a masked number (FinRE's <N>) or markup is no part of a name
        return _trim(doc, Candidate(c.start, c.start + text.find("<"), c.label, c.source, c.weight, c.entry))
    described = DESCRIBED_LATIN.search(text) if c.label in ("ORG", "COMPANY") else None
    if described:  # 人工智能初创公司Anthropic, 汽车制造商Stellantis集团: LAC took the description into the name
        return Candidate(c.start + described.start(1), c.end, c.label, c.source, c.weight, c.entry)
    named = DESCRIBED_NAME.search(doc_text(doc), c.start, c.end + 8) if c.label in ("ORG", "COMPANY") else None
    if named and c.start < named.start(1) < c.end:  # AI药物研发公司英|矽智能（Insilico…）: the name the kind describes
        return Candidate(named.start(1), named.end(1), c.label, c.source, c.weight, c.entry)
    cue = next((m for m in CUE_WORD.finditer(doc_text(doc), max(0, c.start - 3), c.start + 2)
                if m.start() < c.start < m.end()), None) if c.label in ("ORG", "COMPANY") else None
    if cue and c.end - cue.end() >= 2:  # 机器人制造|商库卡集团: the kind's last character is no part of the name
        return _trim(doc, Candidate(cue.end(), c.end, c.label, c.source, c.weight, c.entry))
    space = SPACE_IN_NAME.search(text) if c.label in ("ORG", *ORG_LABELS) else None
    if space and len(text) - space.end() >= 2:  # 深圳讯 华为技术有限公司: a Chinese name holds no space; it begins after
        return _trim(doc, Candidate(c.start + space.end(), c.end, c.label, c.source, c.weight, c.entry))
    unit = INTERNAL_UNIT.match(text)
    if unit:  # 浙商银行企业信贷部, 链家地产市场研究部: a department inside a body names the body
        parent = next(g for g in unit.groups() if g)
        etype = head_type(parent)  # a company unless its head word says otherwise (彩票管理中心|市场部)
        return _trim(doc, Candidate(c.start, c.start + len(parent), etype if etype in AGENT_TYPES else "COMPANY",
                                    c.source, c.weight))
    officer = LATIN_OFFICER.match(text) if c.label == "PERSON" else None
    if officer and len(text) - officer.end() >= 2:  # 董事长兼CEO|贝瑞德: the title before the name
        return _trim(doc, Candidate(c.start + officer.end(), c.end, c.label, c.source, c.weight, c.entry))
    if c.label == "PERSON" and len(text) > 2:  # 徐权先生, 王诚王总, 姚保国局|长, 迈克·: the name without the address
        honorific = HONORIFIC.search(text, 2)
        cut = len(honorific.group()) if honorific else \
            int(text[-1] in TITLES_IN_ZHANG and doc_text(doc).startswith("长", c.end) or text[-1] in NAME_JOINERS)
        if cut:
            return Candidate(c.start, c.end - cut, c.label, c.source, c.weight, c.entry)
    zone = ZONE_THEN_VERB.search(text, 2) if c.label == "LOCATION" else None
    if zone:  # 在武汉经济技术开发区|建设智能家电工厂: a zone ends before what is built there
        return Candidate(c.start, c.start + zone.start(1), c.label, c.source, c.weight, c.entry)
    if c.label == "LOCATION" and len(text) > 2 and text.endswith("讯"):  # 成都讯（2023年6月12日）: a dateline's place
        return Candidate(c.start, c.end - 1, c.label, c.source, c.weight, c.entry)
    if c.label == "LOCATION" and re.fullmatch(r"[\u4e00-\u9fff]{1,3}国区", text):  # App Store美国区: a store's country
        return Candidate(c.start, c.end - 1, c.label, c.source, c.weight, c.entry)
    part = PLACE_PART.search(text, 2) if c.label == "LOCATION" else None
    if part and not text.endswith("部", 0, part.start()):  # 大连南部, 华北大部: the place, not its part
        return _trim(doc, Candidate(c.start, c.start + part.start(), c.label, c.source, c.weight, c.entry))
    dateline = DATELINE_END.match(doc_text(doc), c.start)
    leading = dateline.group() if dateline else next((word for word in LEADING if text.startswith(word)), "")
    if leading and len(text) - len(leading) > 2:  # 暨特区政府, 会同省发展改革委: a conjunction taken into the name
        return _trim(doc, Candidate(c.start + len(leading), c.end, c.label, c.source, c.weight, c.entry))
    shares = SHARE_CLASS.search(text, 2) if c.label in ("ORG", *ORG_LABELS) else None
    if shares:  # 增持工行A股股份: the class of a company's shares is no part of its name
        return Candidate(c.start, c.start + shares.start(), "ORG", c.source, c.weight)
    before = KIND_BEFORE.match(text) if c.label in ("ORG", *ORG_LABELS) else None
    if before:  # 子公司华兰生物疫苗有限公司, *ST洛玻, “清华东方…中心: what the name is, its stock's mark, a quote
        return _trim(doc, Candidate(c.start + before.end(), c.end, c.label, c.source, c.weight, c.entry))
    label = "ORG" if c.label in ORG_LABELS else c.label  # an organisation is typed again without the cut head (上海航空|联办)
    latin = LATIN_END.search(text, 2) if c.label in ("ORG", *ORG_LABELS) else None
    if latin and LATIN_GOES_ON.match(doc_text(doc), c.end):  # 亿航智能|EH216-S: a name ends before a Latin word it cuts
        return _trim(doc, Candidate(c.start, c.start + latin.start(), label, c.source, c.weight, c.entry))
    kind = ET_AL_KIND.search(text, 2) if c.label in ("ORG", *ORG_LABELS) else None
    if kind:  # 北汽产投等机构: the kind a list closed by 等 names is no part of its last name
        return _trim(doc, Candidate(c.start, c.start + kind.start(), label, c.source, c.weight, c.entry))
    each = EACH_KIND.search(text, 2) if c.label in ("ORG", *ORG_LABELS) and not c.entry else None
    if each:  # 上海|各研究所, 华为|各事业部: every body of a kind the name before holds, no body's name
        return _trim(doc, Candidate(c.start, c.start + each.start(), c.label, c.source, c.weight, c.entry))
    counted = BODY_COUNT.search(text, 2) if c.label in ("ORG", *ORG_LABELS) else None
    if counted:  # 中国证监会|八部门联合印发: how many bodies a list holds, no part of the last one's name
        return _trim(doc, Candidate(c.start, c.start + counted.start(), label, c.source, c.weight, c.entry))
    word = max((w for w in TRAILING if text.endswith(w)), key=len, default="")  # 华|全资子公司, not 华全资|子公司
    if c.label == "PERSON" and (word == "继" or word in ("和", "与", "及") and len(text) == 3
                                and GIVEN_NAME_END.match(doc_text(doc), c.end)):
        word = ""  # 欧阳继, 张永和）, 边春和那里: the last character of a given name, no conjunction
    if word and len(text) - len(word) >= 2:  # then what the rest ends in (中国科大党委|书记)
        return _trim(doc, Candidate(c.start, c.end - len(word), label, c.source, c.weight, c.entry))
    if text.endswith(("旗", "麾")) and len(text) > 2 and doc_text(doc).startswith("下", c.end):  # 软银旗|下Arm
        return Candidate(c.start, c.end - 1, label, c.source, c.weight, c.entry)
    if text.endswith("控股") and len(text) > 4 and doc_text(doc).startswith("股东", c.end):  # A控股股东B
        return Candidate(c.start, c.end - 2, c.label, c.source, c.weight, c.entry)
    if text.endswith("控股") and head_type(text[:-2]) == "GOVERNMENT":  # 阿布扎比政府|控股的机构: a government holds, no 控股 company
        return Candidate(c.start, c.end - 2, "GOVERNMENT", c.source, c.weight)
    if text.endswith("向") and len(text) > 3 and text[-2] not in "定方导走转意动倾纵横面":  # 吉利汽车向B注资, not 定向
        return Candidate(c.start, c.end - 1, label, c.source, c.weight, c.entry)
    return c


# words that join two parties (工业和信息化部会同国务院, 中国电信与招商局集团); each side must be a name,
# and beside the words that also stand inside names (北京联合大学, 上海同济大学, 中国同辐股份有限公司)
# an organisation's: a catalogue organisation or words before an organisation's head word
_CONNECTOR = re.compile(r"(?<=.{2})(?:(与|和|及)|会同|联合|携手|同|、)(?=.{2})")
VERB_BETWEEN = re.compile(r"(?<=.{2})(?:是|(?<=公司|集团|银行|股份|控股|证券|科技)系|(?<![方导面转走倾动])向|持有|接盘)(?=.{2})")  # not 关系
KINSHIP = re.compile(r"(?<=.{2})(?:控股股东|(?:第[一二三四五六七八九十])?大股东|之?母公司|(?:全资|控股)?子公司|旗下|麾下|"
                     r"关联公司|[vV][sS])(?=.{2})"  # 朴茨茅斯vs米兰: two sides of a match
                     r"|(?<=.)(?:全资|控股)子公司(?=.{2})")  # 在华|全资子公司B: one character before names nothing


# the characters foreign place names are transliterated with (圣何塞, 塞格德, 德布勒森), unlike a city's own
# facilities and parts (火车站, 金陵饭店, 西海岸, 人民解放军)
TRANSLITERATED_PLACE = re.compile("[阿埃艾爱安昂敖奥巴拜班邦包保鲍贝本比彼毕宾波伯博布查达代戴丹道德登迪蒂丁杜敦多厄恩尔法凡范"
                                  "菲费芬丰佛弗福盖甘冈戈格根贡古瓜圭哈汉豪何赫亨胡怀霍基吉加贾杰卡凯坎康考柯科克肯孔库夸奎昆"
                                  "拉莱赖兰朗劳勒雷蕾里利莉连林琳卢鲁伦罗洛马玛迈麦曼芒梅门蒙米密摩莫墨姆穆纳奈楠内尼涅纽努诺"
                                  "欧帕派潘庞佩彭皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎舍什圣施斯松苏索塔泰坦汤特提图托瓦万旺威"
                                  "韦维温沃乌锡谢辛休雅亚延扬耶伊因尤约泽扎詹兹佐毛]{2,5}[市州岛]?")  # 夏威夷|毛伊岛


def _chained_place(c: Candidate, text: str, catalogue: Catalogue) -> list[Candidate] | None:
    """A catalogue place and a transliterated or catalogue place inside it, tagged as one → each (加州圣何塞,
    匈牙利塞格德市, 北京金融街); not a zone, a venue or a part named with its place (武汉经开区, 北京长城饭店, 芬兰西海岸)."""
    if c.entry or c.label != "LOCATION":
        return None

    def place(part: str) -> bool:
        return (entry := catalogue.lookup(part)) is not None and entry.type == "LOCATION"

    cut = next((k for k in range(len(text) - 2, 1, -1) if place(text[:k])), None)
    rest = text[cut:] if cut else ""
    if len(rest) < 3 or not place(rest) and not TRANSLITERATED_PLACE.fullmatch(rest):
        return None
    inner = Candidate(c.start + cut, c.end, "LOCATION", c.source, c.weight)
    return [Candidate(c.start, c.start + cut, "LOCATION", c.source, c.weight),
            *(not place(rest) and _chained_place(inner, rest, catalogue) or [inner])]


SEATED = re.compile(r"(?:位于|设在|设于|落户|坐落于)$")  # (总部位于)荷兰奈梅亨: places, whatever a recogniser typed them


def _split_pair(doc: Doc, c: Candidate, catalogue: Catalogue) -> list[Candidate]:
    """Two organisations tagged as one → each: A与B (中国电信与招商局集团) where each side is a
    name, A控股股东B / A子公司B, where the word between says that both are, and A是B / A向B / A持有B,
    where a verb joins A to a name B (巴士股份向上汽集团, 中国恒天持有*ST凯马); and two places (加州圣何塞), also
    typed as an organisation where a verb of seats comes before them (总部位于荷兰奈梅亨)."""
    text = doc_text(doc)[c.start:c.end]
    seated = SEATED.search(doc_text(doc), max(0, c.start - 3), c.start) if c.label in ("ORG", *ORG_LABELS) else None
    places = _chained_place(Candidate(c.start, c.end, "LOCATION", c.source, c.weight, c.entry) if seated else c, text, catalogue)
    if places:
        return places
    named = lambda part: catalogue.lookup(part) is not None or head_type(part) in AGENT_TYPES
    m = KINSHIP.search(text) if c.label in ("ORG", "COMPANY", "ORGANIZATION") and not c.entry else None
    if m is None and c.label in ("ORG", *ORG_LABELS) and not c.entry:  # A是B, A向B: a verb joins two parties
        m = next((v for v in VERB_BETWEEN.finditer(text)
                  if named(text[v.end():]) or STOCK_NAME.match(text, v.end())), None)
    if m is None:
        sides = lambda m: (text[:m.start()], text[m.end():])
        m = next((m for m in _CONNECTOR.finditer(text)
                  if all(named(part) if m.group(1) else _organisation(part, catalogue) for part in sides(m))), None)
        if c.label != "ORG" or not m:
            return [c]
    alias = _BRACKETED_TAIL.search(text, 0, m.start())  # 软银集团（SoftBank）旗下…: the alias is the rules'
    parent = [_trim(doc, Candidate(c.start, c.start + (alias.start() if alias else m.start()), "ORG", c.source, c.weight))]
    return parent * (m.start() >= 2) + [_trim(doc, Candidate(c.start + m.end(), c.end, "ORG", c.source, c.weight))]


BRACKETED_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[)）]")  # a campus's city; a Latin name there is an alias (协会（GSMA）)
# a place that is an address or the home country, not part of a body's name (漕宝路88号, 中国)
ADDRESS_PLACE = re.compile(r"\d|[路街道号巷弄村镇乡楼层室门口桥]$|^(?:中国|我国|中华人民共和国)$")


def placed_organisations(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A place right before an organisation's name is part of it: 俄罗斯|欧洲银行, 北京|保利, 印度|国防部
    (not China's 国防部 of the catalogue). A catalogue company or organisation stays itself
    (美国|微软), an address or 中国 opens no name, and a catalogue place a recogniser took for an
    organisation makes none (西班牙|巴塞罗那), nor does a Latin name, which names its country
    before it (美国|OpenAI, 阿联酋|Presight)."""
    text = doc_text(doc)
    orgs = defaultdict(list)
    places = {(c.start, c.end) for c in cands if c.entry and c.label == "LOCATION"}
    for c in cands:
        if c.label in ("ORG", *ORG_LABELS) and (not c.entry or c.label == "GOVERNMENT") and (c.start, c.end) not in places \
                and not LATIN.fullmatch(text, c.start, c.end):
            orgs[c.start].append(c)
    return [Candidate(place.start, org.end, "ORG" if org.entry else org.label, org.source, org.weight)
            for place in cands if place.label == "LOCATION" and place.end in orgs
            and not ADDRESS_PLACE.search(text, place.start, place.end)
            for org in orgs[place.end]]


# a list of names closed by 等 and a kind of company: 蔚来、小鹏、理想等新势力车企, 比亚迪、吉利、长安等自主品牌
COMPANY_LIST = re.compile(r"([^，。；：！？,.:;!?\s]{2,80}?)等(?:[^，。；：！？、\s等]{0,6}?)"
                          r"(?:车企|厂商|企业|公司|银行|外资行|券商|大厂|巨头|运营商|品牌|整车厂|芯片商)(?!负责人|家|高管|代表|员工|人士)")
LIST_MARKS = re.compile("[和及与]")
LIST_STOP_TAGS = frozenset("r m q p u c f s t d v vd TIME w xc".split())  # LAC: pronoun, number, time, function word, verb


def listed_companies(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The members of such a list are companies where one of them is: a name the recognisers missed
    (理想, 零跑) or took only for a place or person (长安) is one, where LAC's words make up the member
    and none of them is a verb, pronoun, number, time or function word."""
    text, out = doc_text(doc), []
    matches = list(COMPANY_LIST.finditer(text))
    tags = {w.idx: w.tag_ for w in words(doc)} | {len(text): "w"} if matches else {}  # LAC's words only where needed
    for m in matches:
        marks = [k for k in range(m.start(1), m.end(1)) if text[k] == "、" or LIST_MARKS.match(text, k) and tags.get(k) == "c"
                 and k + 1 in tags]  # 和 as LAC's conjunction, not inside 绿色和平
        bounds = [m.start(1), *(i for k in marks for i in (k, k + 1)), m.end(1)]
        parts = list(zip(bounds[::2], bounds[1::2]))
        labels = defaultdict(set)
        for c in cands:
            if m.start(1) <= c.start and c.end <= m.end(1):
                labels[c.start, c.end] |= {c.label, "ENTRY"} if c.entry else {c.label}
        if len(parts) < 2 or not any(labels[p] & {"ORG", "COMPANY"} for p in parts):
            continue
        for start, end in parts:
            name = text[start:end]
            if labels[start, end] <= {"LOCATION", "PERSON"} and 2 <= end - start <= 6 and start in tags and end in tags \
                    and not LIST_STOP_TAGS.intersection(tags[k] for k in range(start, end) if k in tags) \
                    and not any(s < end and start < e for s, e in labels if labels[s, e] and (s, e) != (start, end)) \
                    and name not in NOT_NAMES and not GENERIC_COMPANY.fullmatch(name):
                out.append(Candidate(start, end, "COMPANY", "company-list", 1.5))
    return out


def bracketed_places(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A place in brackets right after a university's or institute's name closes it: its campus there
    (香港科技大学（广州）, 哈尔滨工业大学（深圳）), not the body itself; after a company's, its arm in that
    place (大众汽车集团（中国）董事长), whose legal form after the brackets the head word takes in where it
    is named (微软（中国）有限公司)."""
    text = doc_text(doc)
    places = {(c.start, c.end) for c in cands if c.label == "LOCATION"}
    return [Candidate(c.start, c.end + len(m.group()), c.label, c.source, c.weight)
            for c in cands if c.label in ("ORGANIZATION", "COMPANY")
            and (m := BRACKETED_PLACE.match(text, c.end)) and (m.start(1), m.end(1)) in places]


def _organisation(part: str, catalogue: Catalogue) -> bool:
    """A catalogue organisation, or a name with words before an organisation's head word (not 大学 alone)."""
    entry = catalogue.lookup(part)
    if entry is not None:
        return entry.type in AGENT_TYPES
    head = _HEAD.search(part)
    return head is not None and head.start() > 0 and head_type(part) in AGENT_TYPES


TOPIC_LIST = re.compile(r"(?:在|涵盖|覆盖|涉及|聚焦)([^，。；！？在]{2,60}?)等?(?:多个|诸多|众多)?(?:方面|领域|方向|赛道|场景)")


def _topic(doc: Doc, c: Candidate) -> bool:
    """在金融新基建、全真互联等方面合作, 项目涵盖新能源汽车、光伏等领域: what such a list names are topics, not parties,
    unless the catalogue knows the name or its head word says it is an organisation."""
    text = doc_text(doc)
    if c.entry or head_type(text[c.start:c.end]) in AGENT_TYPES:
        return False
    return any(m.start(1) <= c.start and c.end <= m.end(1)
               for m in TOPIC_LIST.finditer(text, max(0, c.start - 62), min(len(text), c.end + 12)))


THEME = re.compile(r"以[“\"「]([^”\"」]{1,40})[”\"」]为(?:主题|主线|口号)")  # 以“AI Next”为主题: a theme, no name


LICENCE_AFTER = re.compile(r"\s*(?:开源)?(?:许可证|许可协议|协议|[Ll]icen[cs]e)")


# a kind of insurance, named by what it covers or how it pays (万能保险, 商业保险, 医疗保险): no insurer's name
KIND_OF_INSURANCE = re.compile(r"(?:万能|分红|投连|养老|健康|意外|财产|人身|人寿|医疗|重疾|商业|社会|农业|责任|信用|出口信用|再)保险")
# the first character of a verb of serving that ends in 任 (聘任, 担任, 出任, 接任, 调任, 现任 …)
SERVING_BEFORE_REN = frozenset("聘委出担接就继升调新现曾兼转留离卸历时")


PUBLICATION = re.compile(r"《[^《》\n]{1,20}?(?:报|刊|新闻|杂志|文摘|画报)》")  # a paper's or a magazine's name


def _malformed(doc: Doc, c: Candidate) -> bool:
    """No name but a title holds a list or clause mark (nike、fortuna; Fly，Infi) or an unclosed
    bracket (北京）装饰艺术公司), no organisation ends in a word that heads none (国务委员, 北部),
    and a kind of company, unit, centre or event session (上市公司, 子公司, 营业部, 校级联合研究中心, 平行论坛), perhaps after one character (华全资子公司), a class of
    shares (A股股份) or a kind of insurance (万能保险), a stock's special-treatment mark, a licence's name
    (MIT许可证), a kind of campus (新校区), a time zone's place (北京时间), a technical term (LED), what a theme says
    (以“AI Next”为主题), an organisation's that holds a verb of joining (重庆农村商业银行成为协会), a place inside a paper's name (《东京新闻》), a person's of Chinese then Latin letters (阿布扎比CYVN), a sector (汽车行业) or two states named by a character each, alone or
    with what both have (中美关系, 中美两国军方), is no name, nor a person's that opens with the 任 of a verb of serving (聘任利明光为总裁: not 任利明)."""
    text = doc_text(doc)
    name = text[c.start:c.end]
    return (not balanced(name) or (c.label not in ("POLICY", "EVENT") and bool(re.search("[、，。；！？,;]", name)))
            or c.label == "ORG" and not c.entry and false_head(name)  # 国务委员 is a title
            or c.label in ("ORG", *AGENT_TYPES) and not c.entry and bool(JOINING_VERB.search(name))  # B成为协会
            or bool(GENERIC_COMPANY.fullmatch(name)) or bool(SHARE_CLASS.fullmatch(name))  # 发行A股股份: a class of shares
            or bool(LEVELLED_KIND.fullmatch(name))  # 首个与企业共建的校级联合研究中心: a kind of centre
            or not c.entry and bool(EVENT_SESSION.fullmatch(name))  # 将举办全体会议、平行论坛: kinds of sessions
            or c.label in ("ORG", *AGENT_TYPES) and not c.entry and name.endswith(SECTOR_WORDS)  # 打造汽车行业大模型
            or bool(KIND_OF_INSURANCE.fullmatch(name))  # 万能保险产品: a kind of insurance, not an insurer
            or any(name.endswith(kind) and len(name) - len(kind) < 2 for kind in KINDS_OF_COMPANY)  # 在华|全资子公司
            or any(m.end(1) == c.end for m in STOCK_NAME.finditer(text, max(0, c.start - 2), c.end + 2))  # ST of *ST海星
            or name.isascii() and bool(LICENCE_AFTER.match(text, c.end))  # MIT许可证: a licence, not the institute
            or c.label == "LOCATION" and text.startswith("时间", c.end)  # 北京时间: a time, no place named
            or c.label == "LOCATION" and any(m.start() < c.start and c.end < m.end()  # 《东京新闻》: a paper's name
                                             for m in PUBLICATION.finditer(text, max(0, c.start - 22), c.end + 22))
            or c.label == "LOCATION" and name.endswith("校区") and len(name) < 4  # 新校区, 主校区: a kind of campus
            or c.label == "LOCATION" and not c.entry and bool(STATE_RUN.fullmatch(name))  # 中缅, 美英俄: states
            or bool((pair := STATE_PAIR.match(text, c.start)) and c.end >= pair.end()  # 中美关系, 中美两国军方: two states
                    and (c.end == pair.end() or text.startswith(("两国", "三国", "双方"), pair.end())))
            or c.label == "PERSON" and name[0] == "任" and text[c.start - 1:c.start] in SERVING_BEFORE_REN  # 聘任|利明光
            or c.label == "PERSON" and bool(HAN_THEN_LATIN.fullmatch(name))  # 阿布扎比CYVN: no one's name runs into Latin
            or not c.entry and name.casefold() in GENERIC_LATIN  # 116英寸RGB-Mini LED电视: LED is no company
            or not c.entry and any(m.start(1) <= c.start and c.end <= m.end(1)
                                   for m in THEME.finditer(text, max(0, c.start - 42), c.end + 42)))


JOINING_VERB = re.compile(r"成为|加入")  # (银行)成为协会(会员): a verb of joining, no part of an organisation's name
HAN_THEN_LATIN = re.compile(r"[\u4e00-\u9fff]{2,}[A-Za-z]+")  # 阿布扎比CYVN: a place and a name, no person
COUNTED = re.compile(r"(?:(?:[一二两三四五六七八九十几多数百千万\d]+|某|这|那|每)家|新的|独立的?)$")  # 三家中国科技初创公司, 这家金融科技公司: none named
COUNTED_KIND = re.compile(r"[^，。；！？、\s]{0,10}?(?:%s)" % "|".join(GENERIC_HEADS))
# a count or a describing word a recogniser took into the name, after a place perhaps (深圳一家小公司, 独立芯片公司)
COUNTED_INSIDE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:[一两二三四五六七八九十几数\d]+家|独立的?)")
COUNTED_PLAN = re.compile(r"(?:[一二两三四五六七八九十几多数]+|某)(?:项|个|份|套)$")  # 公布了一项大规模AI基础设施计划: none named


def _descriptor(doc: Doc, c: Candidate) -> bool:
    """研究公司OpenAI, 聊天机器人ChatGPT: a generic head word right before a Latin name describes it, as a
    product's before a quoted name does (中文大模型“知海图AI”); so does one after a count or a describing word,
    before the name or inside it (三家中国科技初创公司, 这家金融科技公司, 深圳一家小公司, 独立芯片公司),
    and a plan after one is no name (一项大规模AI基础设施计划)."""
    text = doc_text(doc)
    if c.entry is not None:
        return False
    if COUNTED.search(text, max(0, c.start - 4), c.start):  # 一家低成本|航空公司: LAC's part of it too
        return c.label in ORG_LABELS + ("ORG",) and COUNTED_KIND.match(text, c.start) is not None
    inside = COUNTED_INSIDE.match(text, c.start, c.end)
    if inside and c.label in ORG_LABELS + ("ORG",) and (inside.end() == c.end  # LAC's 深圳一家|小公司 too
                                                       or COUNTED_KIND.fullmatch(text, inside.end(), c.end)):
        return True
    if c.label == "POLICY" and COUNTED_PLAN.search(text, max(0, c.start - 3), c.start):
        return True
    after = text[c.end:c.end + 1]
    return text[c.start:c.end].endswith(GENERIC_HEADS) and (after.isascii() and after.isalpha()
                                                            or c.label == "PRODUCT" and after in "“「")


MEDIA_AFTER = re.compile(r"(?:独家)?(?:获悉|报道|讯|援引|了解到|注意到|记者)"
                         r"|(?:财经|娱乐|房产|科技|体育|收藏|创业|汽车|游戏|教育|健康|时尚|新闻|军事|文化|旅游|数码)讯")  # 新浪房产讯
SOURCE_BEFORE = re.compile(r"(?:从|向|致电|自)$")
# what follows a medium after 据: its report, perhaps dated (据新华社报道, 据共同社3月31日报道, 据路透社当地时间周二消息)
REPORT_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日|(?:当地时间)?(?:今天|今日|昨天|昨日|当天|日前|近日|周[一二三四五六日])|当地时间)?(?:报道|消息)")
# a byline, and the names listed in it before this one (记者符福渊、周德武; 记者 赵焱 王五)
BYLINE_BEFORE = re.compile(r"(?:记者|通讯员|编辑|作者|撰文|摄影|责编|实习生)[\s：:]*(?:[\u4e00-\u9fff]{2,3}[、\s])*$")


# the date and 电 that end a dateline (5月23日电, 七月十六日电), not 电影, 电视
SENT_ON = (r"\s*(?:\d{4}年)?[0-9０-９一二三四五六七八九十〇]{1,2}月[0-9０-９一二三四五六七八九十〇]{1,3}日\s*电"
           r"(?![影视话脑池器商网力子信竞动气车梯源厂])")
DATELINE = re.compile(r"[\u4e00-\u9fff]{0,8}?" + SENT_ON)  # after the medium: its place, then the date
_SENT_ON = re.compile(SENT_ON)
MEDIUM_BEFORE = re.compile(r"(?:本报|社|网|台)$")  # 本报联合国5月29日电: the name after the medium is the place


def _reporter(doc: Doc, c: Candidate) -> bool:
    """Media that only report (36氪获悉, 据新华社报道) and bylines (记者 赵焱) are not annotated."""
    text = doc_text(doc)
    if c.label == "PERSON":
        return bool(BYLINE_BEFORE.search(text, max(0, c.start - 20), c.start))
    if c.label not in ("ORG", "COMPANY", "ORGANIZATION"):
        return False
    if text.endswith(("报讯", "网讯", "社讯", "台讯", "科技讯", "财经讯", "公司讯"), c.start, c.end) \
            or DATELINE.match(text, c.end) and not MEDIUM_BEFORE.search(text, max(0, c.start - 2), c.start):
        return True  # 新快报讯, 扬州网讯, 新浪科技讯, 证券时报e公司讯, 新华社北京5月23日电: who sends the dateline only reports
    after = text[c.end:c.end + 6]
    if MEDIA_AFTER.match(after):
        return not SOURCE_BEFORE.search(text, max(0, c.start - 3), c.start)  # 记者从工行获悉: a source, not media
    return text[c.start - 1:c.start] == "据" and bool(REPORT_AFTER.match(text, c.end))  # 据日本共同社3月31日报道


ADDRESS_FORM = re.compile(r"[\u4e00-\u9fff](?:总|董|先生|女士|小姐|老师|阿姨|奶奶|爷爷|大爷|大妈|师傅|老板|经理|书记|主任|"
                          r"教授|博士|同学|局长|部长|市长|院长|校长|某|副|大夫|医生|大师|叔|警官|妻|导|老|氏|"
                          r"主席|总书记|总理|委员长|同志)")  # 董某, 陈副, 丁导, 侯老, 杜氏, 江主席


def _address_form(doc: Doc, c: Candidate) -> bool:
    """A surname with a title or a kinship word (李总, 江先生, 张奶奶, 王大师, 陈副…) or hidden by 某 (董某)
    addresses a person without naming one."""
    return c.label == "PERSON" and ADDRESS_FORM.fullmatch(doc_text(doc), c.start, c.end) is not None


# a side in a match: a place or a name before or after these words is a team (罗马主场, vs热那亚, 击败拉齐奥)
MATCH_AFTER = re.compile(r"(?i:vs)|主场|客场|主胜(?!赔)|客胜(?!赔)|取胜|不胜|战胜|击败|逼平|战平|输球|赢球|不敌|负于|连胜|连败"
                         r"|本赛季|上轮|本轮|主帅|主教练|队长|阵中|战意|近况")
MATCH_BEFORE = re.compile(r"(?:(?i:vs)|做客|对阵|迎战|战胜|击败|逼平|战平|不敌|负于)$")
PLAYER_AFTER = re.compile(r"(?i:vs)|主场|客场|主胜(?!赔)|客胜(?!赔)")  # a person may win or lose a match too


# a model's edition in words (骁龙8至尊版, 问界M9增程版, K80标准版, 日日新·商量大模型端侧版), or software's by its users
# (通义灵码教育版, Windows 11家庭版); not a market's (国行版, 海外版)
MODEL_EDITION = r"(?:至尊|旗舰|标准|青春|尊享|典藏|专业|增强|性能|长续航|四驱|增程|端侧|轻量|企业|教育|家庭|社区|个人)版"
EDITION_WORDS = r"Pro|Max|Plus|Ultra|Mini|Lite|Turbo|SE"
PRODUCT_EDITION = rf" ?(?:{EDITION_WORDS})|{MODEL_EDITION}"
EDITIONS = rf"(?:{PRODUCT_EDITION})*"  # a model's edition after its code (4.0 Turbo, 15 Pro Max)
# a version (盘古大模型3.0, 文心一言 V2.5) or a model's size in billions of parameters (蓝心大模型7B, 蓝心大模型-7B), an
# edition after a product's name (问界M9增程版, 小米SU7 Ultra), or in Latin after a hyphen, in either case (混元-pro, 混元-Lite),
# or a variant's capital letters after a hyphen (远征A2-W, 灵犀X1-W)
VERSION = re.compile(r"[ -]?(?:[Vv]?\d{1,3}(?:\.\d{1,3}){1,2}(?![\d.%‰万亿元倍个次年月日号])|\d{1,4}(?:\.\d)?B(?![A-Za-z\d]))"
                     + EDITIONS + "(?![A-Za-z])|" + rf"(?:{PRODUCT_EDITION})+(?![A-Za-z])|-(?i:{EDITION_WORDS}|Standard)(?![A-Za-z])"
                     r"|-[A-Z]{1,2}(?![A-Za-z\d])")


OWN_MODEL = re.compile(rf"-| ?(?:{EDITION_WORDS})")  # 混元-pro, SU7 Pro: a model of its own, not the catalogue's


EVENT_YEAR = re.compile(r" ?(?:19|20)\d\d(?![\d.年月])|[（(](?:19|20)\d\d[)）]")  # 华为开发者大会2024, 中国国际大学生创新大赛（2024）


LATIN_SERIES = re.compile(r"(?<=[A-Za-z0-9+])系列(?!大?模型)")  # Galaxy S25系列, GeForce RTX 50系列; not MiniMax-01|系列模型


def _versioned(doc: Doc, c: Candidate) -> Candidate:
    """A product's name takes the version number or edition written right after it (盘古大模型3.0, 文心一言 V2.5,
    问界M9增程版) and a Latin one the 系列 glued to it (GeForce RTX 50系列显卡), an event's the year, perhaps bracketed (华为开发者大会2024,
    中国国际大学生创新大赛（2024）). A catalogued product with a code after a hyphen or a Latin edition is a model of its own (混元-pro is not the catalogue's 混元, nor SU7 Pro 小米SU7)."""
    pattern = {"PRODUCT": VERSION, "EVENT": EVENT_YEAR}.get(c.label)
    version = pattern.match(doc_text(doc), c.end) if pattern else None
    series = LATIN_SERIES.match(doc_text(doc), version.end() if version else c.end) if c.label == "PRODUCT" else None
    end = series.end() if series else version.end() if version else c.end
    entry = None if version and OWN_MODEL.match(version.group()) else c.entry
    return Candidate(c.start, end, c.label, c.source, c.weight, entry) if end != c.end else c


# a model's code after its brand (问界M7, 骁龙8, 小米14系列, iPhone 15, 龙芯3A6000), not a count, a date or a year (微信12亿, 抖音2023)
MODEL_CODE = re.compile(r" ?(?!(?:19|20)\d\d(?!\d))(?:[A-Z]{1,3}\d{1,4}|\d{1,4})(?:[A-Z]\d{1,4})?[A-Za-z]{0,2}\+?"
                        + EDITIONS + r"(?![\dA-Za-z.%‰万亿元倍个次年月日号家款台部名位岁期届代])"  # 骁龙8至尊版移动平台
                        r"(?:系列|(?:移动)?平台|芯片|处理器)?")
LAUNCH_AFTER = re.compile("[^，。；,;]{0,6}?(?:%s|上市)" % "|".join(LAUNCH_VERBS))  # 阿维塔12首次公开亮相
KIND_BEFORE_CODE = re.compile(r"(?:车型|机型|新车|新机|轿车|SUV|手机|平板|耳机|手表|笔记本)$")  # (第二款车型)小米YU7
# an app named by its maker or product, perhaps with its edition (DeepSeek App, 豆包APP, 招商银行App鸿蒙原生版); not an
# app store (苹果App Store, 苹果公司APP商店)
APP_AFTER = re.compile(r" ?(?:App|APP)(?![A-Za-z]| ?Store|商店|市场|商城)(?:(?:鸿蒙|HarmonyOS ?)?(?:原生|国际|海外|极速|精简|青少年|长辈|关怀)版)?")
GENERATION = re.compile(r"第[一二三四五六七八九十\d]{1,3}代$")  # 第三代骁龙8
# a model of a family named after its brand, by what it does, perhaps after a middle dot (豆包|视觉理解模型, 豆包|通用模型Pro,
# 豆包|·实时语音模型), launched: right after the verb, or after the dot anywhere in a launching clause; not a family's series (Llama|系列模型)
BRAND_MODEL = re.compile(r"[·•]?(?!系列)(?:(?![等的和与及是在为将也都已并])[\u4e00-\u9fff]){2,6}?(?:大模型|模型)" + EDITIONS + "(?![A-Za-z])")


def model_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Products named by a brand and a model's code: a product's Chinese name with its Latin name glued after
    it (日日新SenseNova 5.5), a product's name with the code after it and the
    generation before it (第三代骁龙8移动平台, 问界M7), and a company's name with a code where a launch verb
    comes before or right after it or 系列 or a kind of product after or before it (发布小米14系列手机, 阿维塔12首次亮相,
    第二款车型小米YU7), and a
    company's or product's app (DeepSeek App, 招商银行App鸿蒙原生版), and a catalogued brand's model named by what it
    does, where it is launched (发布豆包视觉理解模型)."""
    text, out = doc_text(doc), []
    for c in cands:
        app = APP_AFTER.match(text, c.end) if c.label in ("PRODUCT", "ORG", "COMPANY") else None
        if app:
            out.append(Candidate(c.start, app.end(), "PRODUCT", "model-code", 2.0))
            continue
        latin = LATIN.match(text, c.end) if c.label == "PRODUCT" and not text[c.end - 1].isascii() else None
        if latin and latin.group().split(" ")[0].casefold() not in GENERIC_LATIN \
                and not LEVEL_OF.match(text, latin.end()):  # 日日新SenseNova 5.5, not 通义千问|GPT-4级主力模型
            out.append(Candidate(c.start, latin.end(), "PRODUCT", "model-code", c.weight))
            continue
        kind = BRAND_MODEL.match(text, c.end) if c.label == "PRODUCT" and c.entry else None
        if kind and (text[max(0, c.start - 3):c.start].removesuffix("了").endswith(LAUNCH_VERBS) or
                     kind.group()[0] in "·•" and _launched_in_clause(text, c.start, kind.end())):
            out.append(Candidate(c.start, kind.end(), "PRODUCT", "model-code", c.weight))
            continue
        code = MODEL_CODE.match(text, c.end) if c.label in ("PRODUCT", "ORG", "COMPANY") else None
        if not code or not code.group().strip():
            continue
        if c.label == "PRODUCT":
            generation = GENERATION.search(text, max(0, c.start - 6), c.start)
            out.append(Candidate(generation.start() if generation else c.start, code.end(), "PRODUCT", "model-code", c.weight))
        elif code.group().endswith("系列") or text.startswith(PRODUCT_CUES, code.end()) or \
                text.endswith(LAUNCH_VERBS, 0, c.start) or \
                KIND_BEFORE_CODE.search(text, max(0, c.start - 3), c.start) or LAUNCH_AFTER.match(text, code.end()):
            out.append(Candidate(c.start, code.end(), "PRODUCT", "model-code", 2.0))
    return out


def _team(doc: Doc, c: Candidate) -> Candidate:
    """A place or a person's name that plays a match is a team, an organisation (罗马主场稳健, 桑坦德vs西班牙人)."""
    if c.entry or c.label not in ("LOCATION", "PERSON"):
        return c
    text = doc_text(doc)
    if c.label == "LOCATION" and (MATCH_AFTER.match(text, c.end) or MATCH_BEFORE.search(text, max(0, c.start - 3), c.start)) \
            or c.label == "PERSON" and (PLAYER_AFTER.match(text, c.end) or text[max(0, c.start - 2):c.start].lower() == "vs"):
        return Candidate(c.start, c.end, "ORGANIZATION", c.source, c.weight, c.entry)
    return c


PLACE_AFTER = re.compile(r"的|举行|召开|举办|开幕")


SEATED_IN = re.compile(r"(?:位于|设在|设于|落户|坐落于)[\u4e00-\u9fff]{2,4}$")  # (总部位于)以色列|米格达勒埃梅克
IN_PLACE = re.compile(r"在[\u4e00-\u9fff]{2,4}$")  # (宁德时代)在匈牙利|德布勒森(设立)
SET_UP_AFTER = re.compile(f"{FOUND_VERBS}|举行|召开|举办|开幕|投资|投建|建厂")


def _dateline_place(doc: Doc, c: Candidate) -> Candidate:
    """The name right before a dateline's date is where it was sent from, a place (新华社贝鲁特６月２１日电), not a
    person; so is a name right after a state or a province and before 的 or a verb of holding (美国加州库比蒂诺的Apple Park),
    and one right after a place after a verb of seats (总部位于以色列米格达勒埃梅克) or after 在 and a place before a verb of
    setting up or holding (在匈牙利德布勒森设立)."""
    text = doc_text(doc)
    if c.label == "PERSON" and (_SENT_ON.match(text, c.end) or text[c.start - 1:c.start] in ("州", "省", "国")
                                and PLACE_AFTER.match(text, c.end) or SEATED_IN.search(text, max(0, c.start - 8), c.start)
                                or IN_PLACE.search(text, max(0, c.start - 5), c.start) and SET_UP_AFTER.match(text, c.end)):
        return Candidate(c.start, c.end, "LOCATION", c.source, c.weight, c.entry)
    return c


VENUE_BEFORE = re.compile(r"(?:主会场|会场)(?:设在|设于|位于)$")  # (主会场设在)中关村国际创新中心
HELD_AFTER = re.compile(r"(?:隆重|盛大|正式)?(?:举行|召开|举办|开幕|闭幕|拉开帷幕|落下帷幕)")


def _venue(doc: Doc, c: Candidate) -> Candidate:
    """A centre where an event is held is a venue, a place, not an organisation: (主会场设在)中关村国际创新中心,
    (在)国家会议中心(举行)."""
    text = doc_text(doc)
    if c.label in ("ORG", *ORG_LABELS) and not c.entry and text.endswith("中心", c.start, c.end) and \
            (VENUE_BEFORE.search(text, max(0, c.start - 6), c.start)
             or text[c.start - 1:c.start] == "在" and HELD_AFTER.match(text, c.end)):
        return Candidate(c.start, c.end, "LOCATION", c.source, c.weight, c.entry)
    return c


# what is held (somewhere), as a sentence or a title says and ends (…在上海新国际博览中心开幕。, X开幕 …), or what a body hosts (主办的)
HELD_THERE = re.compile(rf"(?:在[^，。；！？、\s]{{1,15}}?)?{HELD_AFTER.pattern}(?=[，。；！？,;!?\s]|$)")
HOSTED_BEFORE = re.compile(r"(?:主办|承办|协办|举办)的$")


def _held_event(doc: Doc, c: Candidate) -> Candidate:
    """A name that a body hosts or that opens somewhere is an event, though a recogniser took it for a product:
    (由SEMI主办的)SEMICON China 2025(在上海新国际博览中心开幕。)."""
    text = doc_text(doc)
    if c.label == "PRODUCT" and not c.entry and (HELD_THERE.match(text, c.end)
                                                 or HOSTED_BEFORE.search(text, max(0, c.start - 3), c.start)):
        return Candidate(c.start, c.end, "EVENT", c.source, c.weight, c.entry)
    return c


def _ethnic_group(doc: Doc, c: Candidate) -> bool:
    """满族, 维吾尔族, 中华民族: a people, not an organisation, though LAC may tag it ORG."""
    return c.label in ("ORG", *ORG_LABELS) and not c.entry and doc_text(doc).endswith("族", c.start, c.end)


def split_at(doc: Doc, offsets: set[int]) -> None:
    """Split tokens so that each character offset in ``offsets`` is a token boundary."""
    splits, ordered = [], sorted(offsets)
    for i, (start, length) in enumerate(doc.to_array([IDX, LENGTH]).tolist()):
        cuts = [o - start for o in ordered[bisect_right(ordered, start):bisect_left(ordered, start + length)]]
        if cuts:
            token = doc[i]
            bounds = [0, *cuts, length]
            splits.append((token, [token.text[a:b] for a, b in zip(bounds, bounds[1:])]))
    if splits:
        with doc.retokenize() as retokenizer:
            for token, orths in splits:
                retokenizer.split(token, orths, heads=[(token, 0)] * len(orths),
                                  attrs={"TAG": [token.tag_] * len(orths)})


# a government body's name says what it is: an army, a party, a bureau, an office (美空军, 民政局, 共产党)
STATE_WORD = re.compile("军|警|党|政|局|署|厅|部|委|办|处|府|法院|检察|公安|海关|税务|自卫队")


def resolve(doc: Doc, cands: list[Candidate], catalogue: Catalogue, typer: OrgTyper | None = None,
            threshold: float = 0.999) -> list[Candidate]:
    """Non-overlapping typed candidates: longer spans first, then heavier evidence; none that
    cuts a catalogue name in two (零一万物AI助手 is not 万物AI助手); catalogue entries type and
    identify what they match."""
    chosen: list[Candidate] = []
    taken = [False] * (len(doc_text(doc)) + 1)
    known = [(c.start, c.end) for c in cands if c.entry]
    cands = [c for c in cands if c.entry or not any(s < c.start < e < c.end or c.start < s < c.end < e for s, e in known)]
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.weight)):
        if any(taken[c.start:c.end]):
            continue
        chosen.append(c)
        for k in range(c.start, c.end):
            taken[k] = True
    out = []
    for c in sorted(chosen, key=lambda c: c.start):
        surface = doc_text(doc)[c.start:c.end]
        entry = catalogue.entries.get(c.entry) if c.entry else catalogue.lookup(surface)
        if entry is not None:
            out.append(Candidate(c.start, c.end, entry.type, c.source, 4.0, entry.id))
        elif c.label == "ORG":
            etype = org_type(surface, catalogue) or model_hint(c)
            if etype is None and typer is not None:
                etype = typer.type(doc_text(doc), c.start, c.end, threshold)
                if etype == "GOVERNMENT" and not STATE_WORD.search(surface):
                    etype = None  # 国美电器, 海螺水泥: a company, however governmental its characters look
            out.append(Candidate(c.start, c.end, etype or "COMPANY", c.source, c.weight if etype else 0.8))
        elif c.label in ENTITY_TYPES:
            out.append(c)
    return out


def propagate(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Every occurrence of the names already chosen, as candidates (a name found in the
    text is the same name in the title), each with a version written after it (蓝心大模型7B after
    “蓝心大模型”); the caller resolves them against the rest."""
    lexicon = Lexicon({doc_text(doc)[c.start:c.end]: c for c in sorted(chosen, key=lambda c: -c.weight)})
    return [_versioned(doc, Candidate(s, e, c.label, c.source, c.weight * 0.9, c.entry))
            for s, e, c in lexicon.scan(doc_text(doc)) if (s, e) != (c.start, c.end)
            and not _in_common_word(doc_text(doc), s, e)]


def defined_aliases(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Short names defined right after a name (（以下简称“智谱AI”）), an organisation's name cut short in
    brackets after it (中国电子信息产业集团有限公司（中国电子）), Latin names in brackets after one
    (约翰·摩尔（johnmoore）, not （AI）) and a person's other name in brackets (彭志辉（稚晖君）) name the same
    thing, whatever the Latin word alone looks like."""
    text, out = doc_text(doc), []
    people = {(c.start, c.end) for c in chosen if c.label == "PERSON"}
    for c in chosen:
        m = defined_alias(text, c.start, c.end, c.label)
        for start, end in defined_names(m) if m else []:
            if text[start:end].casefold() not in GENERIC_LATIN and (m.re is not BRACKETED_NAME or (start, end) in people):
                out.append(Candidate(start, end, c.label, "alias", max(c.weight, 3.0), c.entry))
    return out


def bare_heads(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A head word standing alone (联盟, 协会, 研究院; not 产业联盟) is the one organisation the title names with it,
    which the article is about (title …产业创新联盟成立; text 会上，联盟发布了…)."""
    text, out = doc_text(doc), []
    title_end = doc.user_data.get("kg_title_end", -1)
    for i, tok in enumerate(doc):
        if not BARE_HEAD.fullmatch(tok.text) or i > 0 and doc[i - 1].tag_ in NAME_TAGS \
                or any(c.start <= tok.idx < c.end for c in chosen):
            continue
        named = {text[c.start:c.end]: c for c in chosen if c.end <= title_end and c.label == "ORGANIZATION"
                 and c.end - c.start > len(tok.text) and text[c.start:c.end].endswith(tok.text)}
        if len(named) == 1:
            c = named.popitem()[1]
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), c.label, "alias", c.weight, c.entry))
    return out


def named_tails(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A name that is the end of the one organisation's name given before it, with an organisation's head
    word, is its short form, whatever a recogniser typed it (卓越中心 after 鲲鹏昇腾科教创新卓越中心)."""
    text, out = doc_text(doc), []
    for c in chosen:
        tail = text[c.start:c.end]
        if len(tail) < 4 or head_type(tail) != "ORGANIZATION":
            continue  # not a company's: 建发集团 after 厦门建发集团 is left to the ids the names give
        full = {text[o.start:o.end]: o for o in chosen if o.end <= c.start and o.label == "ORGANIZATION"
                and o.end - o.start > len(tail) and text[o.start:o.end].endswith(tail)}
        if len(full) == 1:
            o = full.popitem()[1]
            out.append(Candidate(c.start, c.end, o.label, "alias", max(c.weight, o.weight) + 1.0, o.entry))
    return out


def trade_name(name: str, cat: Catalogue) -> str | None:
    """The trade name inside a company's registered name, between its place and its trades and legal form
    (深圳引望智能技术有限公司 → 引望), which the news uses alone, or before its trades where no place opens it
    (华润三九医药股份有限公司 → 华润三九) if it is of three characters at least and no other catalogue entry's
    (not 中国石油 of 中国石油化工集团有限公司); None for a name without trades and legal form, or with a trade
    for its name (深圳航空有限责任公司).

    >>> cat = Catalogue([Entry("sz", "LOCATION", "深圳", ())])
    >>> trade_name("深圳引望智能技术有限公司", cat), trade_name("华润三九医药股份有限公司", cat), trade_name("华为技术有限公司", cat)
    ('引望', '华润三九', None)
    """
    core = base_name(name)
    place = next((core[:n] for n in (3, 2) if (e := cat.lookup(core[:n])) and e.type == "LOCATION"), "")
    if core == name:
        return None
    core = named = core[len(place):]
    while word := next((w for w in TRADE_WORDS + ("技术",) if core.endswith(w) and len(core) - len(w) >= 2), None):
        core = core[:-len(word)]
    if not place and (len(core) < 3 or cat.lookup(core) is not None):
        return None
    return core if core != named and 2 <= len(core) <= 4 and core not in TRADE_WORDS else None  # not 深圳|航空


def trade_names(doc: Doc, chosen: list[Candidate], cat: Catalogue) -> list[Candidate]:
    """A company's trade name standing alone (引望 after 深圳引望智能技术有限公司) names that company, and so
    does its name without the legal form (库卡 after 库卡集团, 中国化工 after 中国化工集团有限公司), whatever a
    recogniser typed it or cut from it (a person 库卡, a place 中国|化工, an organisation 华润|三九); a short form of two characters only where
    a recogniser found a name."""
    text, out = doc_text(doc), []
    starts, ends = {t.idx for t in doc}, {t.idx + len(t) for t in doc}
    spans = {(o.start, o.end) for o in chosen}
    for c in chosen:
        name = text[c.start:c.end]
        base = base_name(name) if c.label == "COMPANY" and not c.entry else name
        for core in {trade_name(name, cat) if c.label == "COMPANY" else None, base if base != name else None} - {None}:
            for m in re.finditer(re.escape(core), text):
                if m.start() in starts and m.end() in ends and (core != base or len(core) > 2 or m.span() in spans) \
                        and not any(o.start < m.end() and m.start() < o.end and not (
                            m.start() <= o.start and o.end <= m.end() and o.label != "COMPANY") for o in chosen):
                    out.append(Candidate(m.start(), m.end(), c.label, "alias", c.weight, c.entry))
    return out


def defined_alias(text: str, start: int, end: int, label: str) -> re.Match | None:
    """The definition of a short name right after the name at ``start:end``, the short name its last group."""
    m = ALIAS_DEFINITION.match(text, end)
    if not m and label == "PERSON":
        return BRACKETED_NAME.match(text, end)  # 彭志辉（稚晖君）: the person's other name
    if m or label in ("LOCATION", "EVENT"):
        return m
    m = BRACKETED_SHORT.match(text, end)
    if m and (abbreviates(m.group(1), text[start:end]) or placed_trade_name(m.group(1), text[start:end])
              or LATIN_ORG_NAME.fullmatch(text, start, end) and label in ORG_LABELS):
        return m  # or a Latin-named organisation's Chinese name: Altair Engineering（澳汰尔）
    m = QUOTED_SHORT.match(text, end)  # 国家集成电路产业投资基金二期股份有限公司（“大基金二期”）: a quoted short name
    return m if m and sum(ch in text[start:end] for ch in m.group(1)) >= 2 and m.group(1) not in KINDS_OF_COMPANY else None


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` cut short: fewer of its characters, in order, from the first on
    (中电信人工智能公司 of 中国电信人工智能科技有限公司; not 中国 of 大众汽车集团).

    >>> abbreviates("中国电子", "中国电子信息产业集团有限公司"), abbreviates("中国", "大众汽车集团")
    (True, False)
    """
    rest = iter(name)
    return 2 <= len(short) < len(name) and short[0] == name[0] and all(ch in rest for ch in short)


def placed_trade_name(short: str, name: str) -> bool:
    """Whether ``short`` opens with the trade name that follows the place of two or three characters opening
    a company's registered name (智元机器人 of 上海智元新创技术有限公司, 卫蓝新能源 of 北京卫蓝新能源科技股份有限公司).

    >>> placed_trade_name("智元机器人", "上海智元新创技术有限公司"), placed_trade_name("中国", "大众汽车集团（中国）有限公司")
    (True, False)
    """
    return name.endswith(LEGAL_SUFFIXES) and short[:2] in (name[2:4], name[3:5])


def nested_organisers(doc: Doc, chosen: list[Candidate], cands: list[Candidate],
                      catalogue: Catalogue) -> list[Candidate]:
    """Organisations that open an event's name (科大讯飞 in 科大讯飞AI TechDay): a catalogue
    name before a longer one (a model's 科大讯飞AI), then the longest; in an event's name the catalogue
    or the article gives (智博会, 以下简称“数博会”) only a catalogue name, not a model's 智博; and not a
    name that nothing makes an organisation's before only an edition or a place (GTC| 2024大会, MWC|上海: the event's own)."""
    text, out = doc_text(doc), []
    for event in (c for c in chosen if c.label == "EVENT"):
        given = event.source in ("alias", "catalogue")
        inner = [c for c in cands if c.start == event.start and c.end < event.end
                 and c.label in ("ORG", "COMPANY", "ORGANIZATION")
                 and (not given or catalogue.lookup(text[c.start:c.end]))
                 and (c.entry or head_type(text[c.start:c.end]) or not _edition_of(text[c.end:event.end], catalogue))]
        if inner:
            best = max(inner, key=lambda c: (c.entry is not None, c.end - c.start, c.weight))
            entry = catalogue.entries.get(best.entry) if best.entry else None
            surface = text[best.start:best.end]
            label = entry.type if entry else (org_type(surface, catalogue) or "COMPANY" if best.label == "ORG" else best.label)
            if not entry and _placeless_government(surface, catalogue):
                continue  # 世界政府|峰会: no government
            out.append(Candidate(best.start, best.end, label, best.source, best.weight, best.entry))
    return out


GOVERNMENT_OF = re.compile(r"(.+?)(?:人民)?政府$")  # 深圳市政府, 上海市人民政府: the place, then its government


def _placeless_government(name: str, catalogue: Catalogue) -> bool:
    """Whether a name ending in 政府 opens on no place: neither an administrative area (…市, …区) nor one the
    catalogue knows (世界政府, not 深圳市政府 or 香港特别行政区政府)."""
    of = GOVERNMENT_OF.fullmatch(name)
    place = catalogue.lookup(of.group(1)) if of else None
    return of is not None and not re.search(r"[省市区县州镇乡旗]$", of.group(1)) \
        and not (place is not None and place.type == "LOCATION")


def _edition_of(rest: str, catalogue: Catalogue) -> bool:
    """Whether what follows a name inside an event's name is only an edition and perhaps a head word (GTC| 2024大会),
    or a place where this edition is held (MWC|上海)."""
    head = _HEAD.search(rest)
    place = catalogue.lookup(rest.strip())
    return re.fullmatch(rf"\s*(?:{EDITION_WORD})\s*", rest[:head.start()] if head else rest) is not None \
        or place is not None and place.type == "LOCATION"


BRANCHES = ("分行", "支行", "分局", "分公司", "分院", "分会", "办事处", "营业部", "总部")


def org_type(surface: str, catalogue: Catalogue) -> str | None:
    """The type of an organisation's name (or a venue's: LOCATION) by its parent (for branches) or its head word; None if neither tells.
    A fund (…基金) is an organisation, as the guidelines type funds not named as companies. An organisation named as a 省 is a ministry (日本防卫省): LAC tags provinces as places; one named as a
    央行 is a state's central bank (日本央行, 英央行), though 央行 heads no name in running text (上周央行)."""
    etype = _branch_type(surface, catalogue) or head_type(surface)
    if etype is None and (surface.endswith("省") and len(surface) > 3 or surface.endswith("央行")):
        return "GOVERNMENT"
    if etype is None and surface.endswith("基金") and len(surface) > 4:
        return "ORGANIZATION"  # a fund not named as a company (北京市人工智能产业投资基金)
    return etype if etype in AGENT_TYPES or etype == "LOCATION" else None  # a venue (重庆国际博览中心) is a place


def _branch_type(surface: str, catalogue: Catalogue) -> str | None:
    """A branch has its parent's type: 中国人民银行济南分行 is GOVERNMENT as 中国人民银行 is."""
    parent = branch_parent(surface, catalogue)
    return parent[0].type if parent else None


def branch_parent(surface: str, catalogue: Catalogue) -> tuple[Entry, str] | None:
    """A branch's parent in the catalogue and the rest of its name, by the longest name it opens with
    (中国建设银行江苏省分行 and 建行江苏省分行: 中国建设银行's 江苏省分行); None for no branch."""
    if not surface.endswith(BRANCHES):
        return None
    for k in range(len(surface) - 2, 1, -1):
        entry = catalogue.lookup(surface[:k])
        if entry is not None and entry.type in AGENT_TYPES:
            return entry, surface[k:]
    return None


ORG_LABELS = ("COMPANY", "GOVERNMENT", "ORGANIZATION")
_MODEL_PUNCT = re.compile(r"[，。、；：！？,;:!?\n\u2460-\u2473｜|丨]")  # and a title's section bar (快讯｜…)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+-]*")
# a span without the spaces at its edges, a name's joiner or a closing quote before it (”易纲说) and
# an opening quote or joiner after it (迈克·), nor a quote or bracket it does not close (【吴海花】, “黄冠子”)
_INNER = re.compile(r"[\s”’」』】·]*(.*?)[\s“‘「『【·]*$", re.S)
_PAIRED = dict(zip("【“‘「『《", "】”’」』》"))
# a name's bracketed other name, which the model takes into its span: 苏格兰皇家银行（rbs）
_BRACKETED_TAIL = re.compile(r"(?<=[^（(])[（(][^（）()]+[)）]$")


def model_candidates(doc: Doc, cands: list[Candidate], catalogue: Catalogue) -> list[Candidate]:
    """The names of the statistical recognisers earlier in the pipeline, as candidates: a spaCy
    ``ner``'s ``doc.ents`` and ``kg_ner``'s ``doc._.kg_ner``.

    Their organisations are ``ORG`` candidates whose type the catalogue, a branch's parent or
    the head word decide first, the model's label only where none of them does (source
    ``model:COMPANY`` keeps that label). A bracketed other name closing a span is cut off (the
    rules make it an alias: 苏格兰皇家银行（rbs）) and the spaces at its edges, as is a verb's start (谷歌云合|作); a span across
    punctuation or lines is dropped (an unclosed bracket, as any candidate's, by the resolver), as
    is an organisation with nothing of a name in it (``_has_name``: 有关部门, 公安机关, 政府, COO),
    except a two-character army (美军), a side of a match or one in a report on matches (国米vs莱切,
    汉堡最近很是糟糕: LAC tags 莱切, 汉堡 as common words) and one listed beside another's organisation (兴业、平安). Places count only where no other recogniser found anything:
    the model's places run on into the words after them (京津冀产业分工定位)."""
    text, out = doc_text(doc), []
    names = [(e.start_char, e.end_char, e.label_) for e in doc.ents] + (doc._.kg_ner or [])
    rows = {row[1]: row for row in doc.to_array([TAG, IDX, LENGTH]).tolist()}  # by offset
    for start, end, model_label in names:
        tail = _BRACKETED_TAIL.search(text, start, end)
        end = tail.start() if tail else end
        start, end = _unquoted(text, *_INNER.match(text, start, end).span(1))
        label = model_label if model_label in ENTITY_TYPES else MODEL_LABELS.get(model_label)
        verb = doc.char_span(end - 1, end, alignment_mode="expand") if end > start else None
        if verb is not None and verb[0].tag_ in ("v", "vn") and verb.start_char - start >= 2 and verb.end_char > end:
            end = verb.start_char  # 与谷歌云合|作: a name that ends inside a verb stops before it
        surface = text[start:end]
        if not label or not surface or _MODEL_PUNCT.search(surface):
            continue
        if label in ORG_LABELS or label == "ORG":
            if (not _has_name(doc.char_span(start, end, alignment_mode="expand"), surface, catalogue)
                    and not (len(surface) == 2 and surface.endswith("军")) and not _plays_match(text, start, end)
                    and not _listed_with_name(text, start, end, cands)):
                continue
            source = "model:" + label if label in ORG_LABELS else "model"
            out.append(Candidate(start, end, "ORG", source, 1.5))
        elif label == "LOCATION" and any(c.start < end and start < c.end for c in cands):
            continue
        else:
            if label == "PERSON" and (end - start == 2 or "·" in surface) and end in rows and _given_name_end(doc, rows[end]):
                end += 1  # 周靖|人宣布, 约翰·艾尔|肯称: the model cut the last character of the name off, as LAC does
            out.append(Candidate(start, end, label, "model", 1.5))
    return out


# words of a report on football matches (赛季, 主场, 盘口): its organisations are mostly clubs
MATCH_REPORT = re.compile(r"主场|客场|联赛|赛季|球队|德比|进球|胜负彩|足彩|盘口|赔率|欧战|欧冠|英超|意甲|德甲|西甲|法甲")


def _plays_match(text: str, start: int, end: int) -> bool:
    """Whether the words at a name's edges say it plays a match (国米vs莱切, 莱切主场), as a team's name does,
    or the text reports on matches (汉堡最近很是糟糕，上轮做客汉诺威更是3球惨败)."""
    return bool(MATCH_AFTER.match(text, end) or MATCH_BEFORE.search(text, max(0, start - 3), start)
                or MATCH_REPORT.search(text))


def _listed_with_name(text: str, start: int, end: int, cands: list[Candidate]) -> bool:
    """Whether a name is listed by 、 right beside an organisation another recogniser found (兴业、平安、工行: 兴业/v),
    and is no kind of company (商业银行、外资行)."""
    return not GENERIC_COMPANY.fullmatch(text, start, end) and any(
        c.label in ("ORG", *ORG_LABELS) and (c.start == end + 1 and text[end:end + 1] == "、"
                                             or c.end == start - 1 and text[c.end:start] == "、") for c in cands)


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a quote or bracket opened at its start and not closed in it, or closed at
    its end and not opened in it (the model's 【吴海花 of 【吴海花】, 黄冠子” of “黄冠子”)."""
    if end - start > 2 and text[start] in _PAIRED and _PAIRED[text[start]] not in text[start + 1:end]:
        start += 1
    opener = next((o for o, c in _PAIRED.items() if c == text[end - 1]), None)
    if end - start > 2 and opener and opener not in text[start:end - 1]:
        end -= 1
    return start, end


RUN_ON = 3  # characters LAC ran on into after the model's names (开发中, 博胆)
OPENS_AFTER_NAME = frozenset("所对由为共原结增减使将已拟向在于以与和及的是等被把从自称客")  # 所|持, 对, 由, 增|持


def voted(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Where ``kg_ner`` ran, LAC's names are checked against the model's heads
    (``doc._.kg_ner``, ``doc._.kg_ner_votes``):

    - a person stands only where a head tags the same span, or an officer's title before it and a
      verb of speech after it say it is one (首席执行官高念书表示): alone, LAC takes a pen name (“何也”)
      or a betting index (凯比值) for a person; where LAC cut the name's last character off (金石|开：)
      and the rules put it back, a head that cuts it the same way votes for it, as one that cuts a foreign
      name's last character off does (安德鲁·博斯沃|思);
    - an organisation falls where neither head tags it whole and the cluener head's organisations
      fill it from its start, up to at most ``RUN_ON`` characters that are no company's trade
      (``TRADE_WORDS``; one only if it opens the next words, ``OPENS_AFTER_NAME``): LAC runs names
      together and into the next words (曼联皇马博胆, 北京软星开发中, 招行银行储户), where the model's
      names stand, but 五矿|实达期货, 万通|实业 and 美克美|家 are the model's misses;
    - a run of LAC's organisation words (``lac-run``) falls where the cluener head tags any
      organisation in it (甘肃农垦向|亚盛集团);
    - an organisation the model does not tag at all stands: it misses short company names LAC
      finds (方大炭素, 天威视讯);
    - an organisation is a place where both heads tag its span as one (LAC's 亚马孙 in 对亚马孙资源的利用,
      华贸中心), unless its trade names a company (在广百超市); not where only the msra head and LAC
      do: the cluener head knows the teams named by their city (热那亚)."""
    if doc._.kg_ner is None:
        return cands
    spans = {(s, e) for s, e, _ in doc._.kg_ner + (doc._.kg_ner_votes or [])}
    places = Counter((s, e) for s, e, label in doc._.kg_ner + (doc._.kg_ner_votes or []) if label in ("LOCATION", "LOC"))

    def placed(c: Candidate) -> Candidate:
        if c.entry or c.label not in ("ORG", *ORG_LABELS) or places[c.start, c.end] < 2 \
                or doc_text(doc).endswith(TRADE_WORDS, c.start, c.end):  # 在广百超市: a company by its trade
            return c
        return Candidate(c.start, c.end, "LOCATION", c.source, c.weight)

    def kept(c: Candidate) -> bool:
        if c.source in ("lac", "lac-cut") and c.label == "PERSON":  # a name LAC cut stands where a head cut it too
            return (c.start, c.end) in spans or (c.start, c.end - 1) in spans and (
                c.source == "lac-cut" or any(ch in NAME_JOINERS for ch in doc_text(doc)[c.start:c.end - 2])) \
                or _titled_speaker(doc, c)
        if c.source not in ("lac", "lac-run") or c.label != "ORG" or (c.start, c.end) in spans:
            return True
        inside = sorted((s, e) for s, e, label in doc._.kg_ner if c.start <= s and e <= c.end and label in ORG_LABELS)
        if not inside or c.source == "lac-run":
            return not inside
        end = c.start  # the model's names in a row from the start, then what LAC ran on into
        for s, e in inside:
            end = e if s == end else end
        rest = doc_text(doc)[end:c.end]
        return not (c.start < end and (not rest or len(rest) <= RUN_ON and not rest.endswith(TRADE_WORDS)
                                       and (len(rest) > 1 or rest in OPENS_AFTER_NAME)))

    return [placed(c) for c in cands if kept(c)]


def _titled_speaker(doc: Doc, c: Candidate) -> bool:
    """Whether an officer's title comes right before ``c`` and a verb of speech right after it (首席执行官高念书表示),
    perhaps after where it is said (主席蓝天立在发布会上透露)."""
    text = doc_text(doc)
    return bool(PERSON_TITLE.search(text, max(0, c.start - 8), c.start) and SPOKEN_AT.match(text, c.end))


def _has_name(span: Span, surface: str, catalogue: Catalogue) -> bool:
    """No technical term (COO), and a proper-name tag, a Latin word that is none, a catalogue entry,
    or words before a head word (政府 alone is none, nor are head words in a row: 政府和法院)."""
    head = _HEAD.search(surface)
    return surface.casefold() not in GENERIC_LATIN and (
            any(t.tag_ in PROPER_TAGS for t in span) or catalogue.lookup(surface) is not None
            or head is not None and head.start() > 0 and head_type(surface) is not None
            and not all(_HEAD.fullmatch(part) for part in re.split("[和与及、]", surface))
            or any(w.casefold() not in GENERIC_LATIN for w in _LATIN_WORD.findall(surface)))


def model_hint(c: Candidate) -> str | None:
    """The organisation type a statistical model gave a candidate (``model:GOVERNMENT``)."""
    hint = c.source.partition(":")[2] if c.source.startswith("model:") else ""
    return hint if hint in ORG_LABELS else None


@Language.factory("kg_entity_resolver", default_config={"catalogue": None, "org_typer": None,
                                                        "org_typer_threshold": 0.999})
def make_entity_resolver(nlp: Language, name: str, catalogue: str | None, org_typer: str | None,
                         org_typer_threshold: float):
    """Choose among the candidates (and any ``ner`` output) and set ``doc.ents``; organisations
    nested at the start of an event's name go to ``doc.spans["kg_nested"]``."""
    cat = load_catalogue(catalogue)
    typer = load_typer(org_typer)

    def entity_resolver(doc: Doc) -> Doc:
        cands = list(candidates(doc))
        cands += model_candidates(doc, cands, cat)  # a statistical ner earlier in the pipeline
        repaired = (_held_event(doc, _venue(doc, _team(doc, _dateline_place(doc, _trim(doc, _versioned(doc, c))))))
                    for c in cands)
        cands = [p for c in repaired for p in _split_pair(doc, c, cat)]
        media = [p for p in cands if _reporter(doc, p)]  # and the names inside a medium's (日本 in 据日本共同社报道)
        cands = [p for p in cands if not (any(m.start <= p.start and p.end <= m.end for m in media)
                                          or _descriptor(doc, p) or _address_form(doc, p) or _ethnic_group(doc, p)
                                          or _topic(doc, p) or _malformed(doc, p))]
        cands = voted(doc, cands)
        cands += (placed_organisations(doc, cands) + bracketed_places(doc, cands) + model_names(doc, cands)
                  + listed_companies(doc, cands))
        chosen = resolve(doc, cands, cat, typer, org_typer_threshold)
        chosen += (defined_aliases(doc, chosen) + bare_heads(doc, chosen) + named_tails(doc, chosen)
                   + trade_names(doc, chosen, cat))
        chosen = resolve(doc, chosen + propagate(doc, chosen) + cands, cat, typer, org_typer_threshold)
        nested = nested_organisers(doc, chosen, cands, cat)
        doc.ents = []
        split_at(doc, {o for c in chosen + nested for o in (c.start, c.end)})
        ents = []
        for c in chosen:
            span = doc.char_span(c.start, c.end, label=c.label, kb_id=c.entry or "")
            if span is not None:
                span._.kg_weight = c.weight
                ents.append(span)
        doc.ents = ents
        doc.spans["kg_nested"] = [s for c in nested
                                  if (s := doc.char_span(c.start, c.end, label=c.label, kb_id=c.entry or ""))]
        return doc

    return entity_resolver


# --- canonicalisation ---------------------------------------------------------------------

BRACKETED_SHORT = re.compile(r"[（(]([\u4e00-\u9fff]{2,12})[）)]")  # 中国电子信息产业集团有限公司（中国电子）
BRACKETED_NAME = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")  # a person's other name, where it is a person's: 彭志辉（稚晖君）
LATIN_ORG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&\- ]*")  # an organisation named in Latin letters only
QUOTED_SHORT = re.compile(r"[（(][“\"「]([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」][）)]")
# a company's registered legal form: a name that ends in one is a company's, whatever its short form's head word
# says (北京人形机器人创新中心有限公司 / 北京人形机器人创新中心)
REGISTERED_FORMS = ("有限公司", "有限责任公司")
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "控股集团", "集团控股", "集团", "公司")
# a short name defined after a name (（以下简称“东方报业”）), or its Latin name in brackets (萨姆·奥尔特曼（Sam Altman）),
# or both (（Carrier Global Corporation，以下简称“开利”）, （以下简称“酷睿程”，英文名CARIZON）), or a Latin name and
# its abbreviation (（Global Battery Alliance，GBA）); a Latin name may open with digits (（5GAA）, not （2023）)
_LATIN_ALIAS = rf"((?=[0-9]*[{LATIN_LETTER}])[{LATIN_LETTER}0-9][{LATIN_LETTER}0-9 .&'’-]{{0,40}}[{LATIN_LETTER}0-9.])"
_LATIN_NAMED = r"(?:英文名称?|英文简称)?[：:]?\s*"
ALIAS_DEFINITION = re.compile(rf"[》”」\"]?\s*[（(]\s*(?:(?:{_LATIN_NAMED}{_LATIN_ALIAS}\s*[，,]\s*)?"
                              r"(?:以下|下文)?(?:简称|称|下称)[：:]?\s*[“\"《「]?([^”\"》」）)]{2,30})[”\"》」]?"
                              rf"(?:\s*[，,]\s*{_LATIN_NAMED}{_LATIN_ALIAS})?|{_LATIN_ALIAS}(?:\s*[，,]\s*{_LATIN_ALIAS})?)\s*[）)]")


def defined_names(m: re.Match) -> list[tuple[int, int]]:
    """The spans of the names an ``ALIAS_DEFINITION`` match defines."""
    return [m.span(g) for g in range(1, m.re.groups + 1) if m.group(g)]


# the standard short forms of the words that close the names of zones and commissions
# (南昌经济技术开发区 / 南昌经开区, 合肥市人民政府国有资产监督管理委员会 / 合肥市国资委)
SHORT_FORMS = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("高技术产业开发区", "高新区"),
               ("人民政府国有资产监督管理委员会", "国资委"), ("国有资产监督管理委员会", "国资委"),
               ("发展和改革委员会", "发改委"))


def base_name(name: str) -> str:
    """What the variants of a name share: legal-form suffixes stripped (中国电信集团有限公司 → 中国电信,
    名创优品集团控股有限公司 → 名创优品; not the 控股 of 联想控股, a company of its own),
    a zone or commission by the short form of its kind (南昌经济技术开发区 → 南昌经开区), and a people's
    government by its short form (深圳市人民政府 → 深圳市政府).

    >>> base_name("中国电信集团有限公司"), base_name("腾讯云"), base_name("集团"), base_name("深圳市人民政府")
    ('中国电信', '腾讯云', '集团', '深圳市政府')
    >>> base_name("厦门火炬高技术产业开发区"), base_name("合肥市人民政府国有资产监督管理委员会")
    ('厦门火炬高新区', '合肥市国资委')
    """
    for long, short in SHORT_FORMS:
        name = name.replace(long, short)
    name = name.replace("人民政府", "政府") if len(name) > 4 else name
    changed = True
    while changed:
        changed = False
        for suffix in LEGAL_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                name, changed = name[: -len(suffix)], True
    return name


# a place where people meet, in a city, not the city a 市政府 after it belongs to (兴国宾馆, 国家会议中心, 首钢园)
VENUE = re.compile("(?:%s)$" % "|".join(SUFFIXES["LOCATION"] + ("宾馆", "酒店", "饭店", "大厦", "机场", "园")))
CITY_OR_PROVINCE = re.compile(r"(?<=..)[市省区县]$")  # 大同市 is 大同, 山西省 山西, 相城区 相城; not 沙市
_PLACE = re.compile(r"^(.{2,7}?(?:省|市|自治区|特别行政区|区|县|州))")


@Language.factory("kg_canonicalizer", default_config={"catalogue": None})
def make_canonicalizer(nlp: Language, name: str, catalogue: str | None):
    """Group the mentions of ``doc.ents`` into entities with ids stable across articles."""
    cat = load_catalogue(catalogue)

    def canonicalizer(doc: Doc) -> Doc:
        doc._.kg_entities = canonicalise(doc, cat)
        return doc

    return canonicalizer


# the province or city before a district's, county's or city's government (北京市|朝阳区人民政府, 江苏省|苏州市政府)
HIGHER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,7}?[省市](?=[\u4e00-\u9fff]{1,6}?[市区县](?:人民)?政府$)")
# a district or county after its province or city (上海市|青浦区, 杭州市|余杭区)
CITY_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,7}?[省市]([\u4e00-\u9fff]{2,5}?[区县])$")
# the kind of product that closes a product's name, which the article may leave out (小米14系列, 混元大模型)
PRODUCT_KIND = re.compile(r"(?:系列|移动平台|平台|操作系统|系统|大模型|模型|芯片|App|APP)$")
# the edition that opens an event's name: 2023, 2023年, 第十七届（2023）, 首届
EDITION = re.compile(rf"(?:{EDITION_WORD})\s*(?:[（(]\d{{4}}[)）])?\s*")


YEAR_AFTER = re.compile(r"\s*\d{4}年?$")  # the edition closing an event's name (华为开发者大会2024)
BRANDED_CODE = re.compile(r"(?<=[A-Za-z])[-\s]([A-Za-z]{1,3}\d[\w.]*)$")  # a model's code after its brand (DeepSeek-R1)


def canonicalise(doc: Doc, cat: Catalogue) -> list[Entity]:
    """One Entity per real thing: catalogue ids, alias definitions, legal-suffix variants, a city or
    province named with and without 市/省 (大同市, 大同), relative government names (市政府) qualified by
    the place the article names, and an event named in the same article with and without its edition
    (2023世界人工智能大会, 世界人工智能大会; 第六届中国国际进口博览会 and the catalogue's 进博会), and a model
    named with and without its brand (DeepSeek-R1, R1) or its maker's name (小米澎湃OS 2, 澎湃OS 2),
    as an event is with and without its host's (华为开发者大会2024, 开发者大会)."""
    keys: dict[int, str] = {}  # mention index -> group key
    aliases_of: dict[str, str] = {}  # key of a defined short name -> key of the full name
    edition_of: dict[str, str] = {}  # key of a catalogue event -> key of the edition the article names
    place = None
    ents = sorted([*doc.ents, *doc.spans.get("kg_nested", [])], key=lambda s: s.start_char)
    makers = {name for ent in ents if ent.label_ == "COMPANY" for name in (ent.text, base_name(ent.text))}
    for i, ent in enumerate(ents):
        text = ent.text
        if ent.label_ == "LOCATION" and not VENUE.search(text) or ent.label_ == "GOVERNMENT" and not RELATIVE_GOV.match(text):
            m = _PLACE.match(text) if ent.label_ == "GOVERNMENT" else None
            place = m.group(1) if m else (text if ent.label_ == "LOCATION" else place)
        if ent.kb_id_:
            keys[i] = "cat:" + ent.kb_id_
        elif ent.label_ == "GOVERNMENT" and RELATIVE_GOV.match(text):
            qualified = _qualify(text, place)
            entry = cat.lookup(qualified) if qualified else None
            keys[i] = "cat:" + entry.id if entry else f"name:{norm(base_name(qualified))}" if qualified \
                else f"{ent.label_}:{text}@{_doc_key(doc)}"  # 市政府 after 杭州 is the title's 杭州市政府
        else:
            entry = cat.lookup(base_name(text)) if ent.label_ in AGENT_TYPES else None
            parent = branch_parent(text, cat) if ent.label_ in AGENT_TYPES and not entry else None
            keys[i] = "cat:" + entry.id if entry and entry.type == ent.label_ else \
                f"branch:{parent[0].id}:{norm(parent[1])}" if parent else f"name:{norm(base_name(text))}"
        definition = defined_alias(doc_text(doc), ent.start_char, ent.end_char, ent.label_)
        for start, end in defined_names(definition) if definition else []:
            aliases_of[norm(doc_text(doc)[start:end])] = keys[i]
        core = trade_name(text, cat) if ent.label_ == "COMPANY" else None
        if core:  # 引望 for 深圳引望智能技术有限公司 (trade_names)
            aliases_of.setdefault(norm(core), keys[i])
        head = BARE_HEAD.search(text, 2) if ent.label_ == "ORGANIZATION" else None
        if head and head.end() == len(text):  # 联盟 alone after the title's …产业创新联盟 (bare_heads)
            aliases_of.setdefault(norm(head.group()), keys[i])
        if ent.label_ == "ORGANIZATION" and text.endswith("研究所") and len(text) > 5:  # 中国科学院自动化所 for …自动化研究所
            aliases_of.setdefault(norm(text[:-3] + "所"), keys[i])
        if ent.label_ == "LOCATION" and CITY_OR_PROVINCE.search(text):  # 大同 in the title of 大同市
            aliases_of.setdefault(norm(CITY_OR_PROVINCE.sub("", text)), keys[i])
        edition = EDITION.match(text) if ent.label_ == "EVENT" else None
        if edition and len(text) - edition.end() >= 4:  # 世界人工智能大会 in the title of 2023世界人工智能大会
            aliases_of.setdefault(norm(text[edition.end():]), keys[i])
            series = cat.lookup(text[edition.end():])
            if series is not None and series.type == "EVENT" and not ent.kb_id_:  # 进博会 in 第六届中国国际进口博览会's article
                edition_of.setdefault("cat:" + series.id, keys[i])
        district = CITY_DISTRICT.match(text) if ent.label_ == "LOCATION" and not ent.kb_id_ else None
        if district:  # 青浦区 and 青浦 for 上海市青浦区
            for short in (district.group(1), CITY_OR_PROVINCE.sub("", district.group(1))):
                aliases_of.setdefault(norm(short), keys[i])
        within = HIGHER_PLACE.match(text) if ent.label_ == "GOVERNMENT" and not ent.kb_id_ else None
        if within:  # 朝阳区政府 for 北京市朝阳区人民政府
            for short in (text[within.end():], base_name(text[within.end():])):
                aliases_of.setdefault(norm(short), keys[i])
        code = BRANDED_CODE.search(text) if ent.label_ == "PRODUCT" else None
        if code:  # R1 for DeepSeek-R1, S24 for Galaxy S24
            aliases_of.setdefault(norm(code.group(1)), keys[i])
        for maker in makers if ent.label_ in ("PRODUCT", "EVENT") else ():
            rest = YEAR_AFTER.sub("", text[len(maker):]) if ent.label_ == "EVENT" else text[len(maker):]
            if text.startswith(maker) and len(rest) >= 2:  # 澎湃OS 2 for 小米澎湃OS 2 after 小米, 开发者大会 for 华为开发者大会2024
                aliases_of.setdefault(norm(rest), keys[i])
        kind = PRODUCT_KIND.search(text, 2) if ent.label_ == "PRODUCT" and not ent.kb_id_ else None
        if kind and cat.lookup(text[:kind.start()]) is None:  # 小米14 for 小米14系列, 第三代骁龙8 for 第三代骁龙8移动平台
            aliases_of.setdefault(norm(text[:kind.start()]), keys[i])  # but DeepSeek App is not the catalogue's DeepSeek
    for i, ent in enumerate(ents):
        short = len(ent.text) >= 4 and head_type(ent.text) == ent.label_ == "ORGANIZATION"
        fulls = {keys[j] for j, full in enumerate(ents) if short and full.label_ == ent.label_
                 and len(full.text) > len(ent.text) and full.text.endswith(ent.text)}
        if len(fulls) == 1:  # 卓越中心 after 鲲鹏昇腾科教创新卓越中心 (named_tails), 储能技术研究院 in the title
            aliases_of.setdefault(norm(ent.text), fulls.pop())
        relative = ent.label_ == "GOVERNMENT" and not ent.kb_id_ and RELATIVE_GOV.match(ent.text)
        fulls = {keys[j] for j, full in enumerate(ents) if relative and full.label_ == "GOVERNMENT"
                 and _shortened_office(ent.text, full.text)}
        if len(fulls) == 1:  # 市经信局 after 杭州市经济和信息化局, also past another place's body between them
            aliases_of.setdefault(norm(ent.text), fulls.pop())
    groups: dict[str, list[int]] = defaultdict(list)
    for i, ent in enumerate(ents):
        key = edition_of.get(keys[i], keys[i])
        short = norm(ent.text)
        if short in aliases_of and aliases_of[short] != key:
            key = aliases_of[short]
        groups[key].append(i)
    entities = []
    for key, members in groups.items():
        spans = [ents[i] for i in members]
        votes: Counter[str] = Counter()
        for s in spans:
            votes[s.label_] += s._.kg_weight
        entry = cat.entries.get(key[4:]) if key.startswith("cat:") else None
        registered = any(s.label_ == "COMPANY" and s.text.endswith(REGISTERED_FORMS) for s in spans)
        etype = entry.type if entry else "COMPANY" if registered else votes.most_common(1)[0][0]
        name = entry.name if entry else max((s.text for s in spans), key=len)
        ident = entry.id if entry else f"{etype.lower()}-{key.split(':', 1)[1]}"
        aliases = {s.text for s in spans} | set(entry.aliases if entry else ())
        entity = Entity(ident, etype, name, spans, aliases - {name}, entry.wikidata if entry else None)
        for span in spans:
            span._.kg_id = ident
        entities.append(entity)
    return entities


def _shortened_office(short: str, full: str) -> bool:
    """Whether a relative office's name (市经信局, 省发改委) cuts short that of a named place's office at its
    level (杭州市经济和信息化局, 浙江省发展和改革委员会)."""
    level = full.find(short[0], 2)
    return level > 0 and _PLACE.match(full[:level + 1]) is not None and abbreviates(short[1:], full[level + 1:])


def _qualify(text: str, place: str | None) -> str | None:
    """市政府 with the place 上海市 → 上海市政府; None where the article names no place."""
    if not place:
        return None
    level = text[0]
    if place.endswith(level):
        return place + text[1:]
    if level == "市" and not place.endswith(("省", "区", "县", "州")):
        return place + text
    return None


def _doc_key(doc: Doc) -> str:
    return str(doc.user_data.get("kg_article_id", "doc"))
