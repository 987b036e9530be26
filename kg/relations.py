"""Relation extraction as the spaCy component ``kg_relations``.

Chinese news states the twelve relations of the guidelines in a small number of
forms. Each form is written here once, as a pattern over entity types and
trigger words, never over particular names:

- subject–verb–object with lists of parties (A、B和C联合印发《P》), passive and
  relative forms (由A印发的《P》, P由A印发, A设立的B, B被A收购);
- two parties joined by 与/和/同 before a signing or cooperation verb;
- apposition of a body, a title and a person (百度智能云副总裁朱勇);
- membership lists (…成员名单…包括A、B), units under a parent (A旗下B, A控股B),
  shareholders (B的第一大股东A, B控股股东A, A所持有的B股权);
- places of events and organisations (在L举行的E, E在L开幕, X落户L);
- coreference of 其/公司/该公司 to the company the article is about, of 双方/两家
  to the parties of the latest agreement, and of a head noun (设立的…赋能中心) to
  the entity whose name ends in it.

Negated or denied statements (未签署, 否认收购) yield no fact. Each fact has a
confidence; the ``threshold`` option drops those below it. Dates come from the
sentence, else from the article's dateline for the title and lead sentence, else
from the last day stated before a sentence that names no other time (会上, 同日).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from .entities import ALIAS_DEFINITION, EVENT_YEAR, base_name, defined_alias, doc_text
from .schema import AGENT_TYPES, RELATIONS


@dataclass(frozen=True)
class Fact:
    head: str
    relation: str
    tail: str
    date: str | None
    evidence_start: int
    evidence_end: int
    confidence: float


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    id: str
    type: str


if not Doc.has_extension("kg_facts"):
    Doc.set_extension("kg_facts", default=None)

PARTIES = AGENT_TYPES | {"LOCATION"}
ADVERBIAL = ("在", "于", "从", "到", "赴", "至")
# words that end in an ADVERBIAL character but mark no place (由于A与B签订…, 现在A收购B)
NOT_PLACE = re.compile(r"(?:由于|对于|关于|基于|鉴于|至于|终于|正在|现在|甚至|乃至)$")


ON_PLATFORM = re.compile(r"在其?(?:官方)?(?:商城|平台|官网|旗舰店|网店|账号|网站|应用商店|直播间)$")


def placed(text: str, start: int, markers=ADVERBIAL) -> bool:
    """Whether the name at ``start`` follows a word that makes it a place (在深圳, 于北京), not a party."""
    return text[start - 1:start] in markers and not NOT_PLACE.search(text, max(0, start - 2), start)


UNDER = r"旗下|麾下"  # the units under an owner
OWNER_GAP = re.compile(rf"(?:{UNDER})的?|的")
AND_ITS_UNIT = re.compile(rf"(?:以及|及|和|与)其(?:{UNDER}|下属|所属)?的?(?:全资|控股)?(?:子公司)?")  # A及其旗下的B: both act
SEP = re.compile(r"^\s*(?:、|，|,|和|与|及|[，,]?\s*以及|同|会同|暨|/|等[\u4e00-\u9fff\d]{0,8}?[，,]?\s*以及)?\s*$")  # A、B等整车企业以及C, A等41家企业，以及B
# what a listed product is, between it and the next (发布Mate 70系列|手机|和Mate X6)
KIND_AFTER_PRODUCT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:手机|模型|系统|芯片|平台|应用|工具|助手|汽车|耳机|平板|电脑|手表|眼镜|处理器)"
                                r"| ?(?:GPU|CPU|NPU)")  # 发布B200 GPU，以及…
# or before the next, for what it is (发布Mate 70系列|和折叠屏手机|Mate X6)
KIND_BEFORE_PRODUCT = re.compile(rf"(?:系列)?\s*(?:、|和|与|及|[，,]?\s*以及)\s*{KIND_AFTER_PRODUCT.pattern}")
# between an owner and its product: 旗下, 的, 自研的 and what the product is (腾讯自研的通用大语言模型|混元大模型)
# A(则)宣布P正式上市, A11月28日宣布，P正式上线: A launches P
ANNOUNCED = re.compile(r"(?:[\d年月日号]+(?:晚间|晚|上午|下午)?|今日|昨日|日前|近日|当天|当日)?"
                       r"(?:则|也|还|同时|随后|另)?(?:宣布|透露|介绍)[，,：:]?")
OWNED = re.compile(rf"(?:{ANNOUNCED.pattern})?(?:{UNDER})的?(?:[A-Za-z]{{0,4}}(?:{KIND_AFTER_PRODUCT.pattern}))?|(?:自研|自主研发|研发|打造|开发)?的(?:[\u4e00-\u9fffA-Za-z]{{0,10}}(?:模型|平台|系统|芯片|应用|助手|产品|游戏))?"
                   r"|(?:全新|新款|首款|新一代)[\u4e00-\u9fffA-Za-z]{0,6}")  # A全新轿跑P首次亮相
OPENING_MARKS, CLOSING_MARKS = "《“", "》”"  # around a titled or quoted product (《P》, “P”), beside the words before and after it
IN_CLAUSE = re.compile(r"在[^，。；,;]*$")  # (…，新模型同步)在(公司旗下AI助手“P”上线): P is where, launched by none
MADE_BY = re.compile(r"(?:自主研发|自研|研发|开发|打造|出品)的")  # 由A开发的P, 由A自研的P: A makes P
# what a product gains, after the verb it is the subject of (A旗下P上线视频通话功能: the feature is new, not P)
FEATURE_OBJECT = re.compile(r"了?[^，。；,;！!]{0,10}?(?:功能|能力|模式|服务|版本)")
# between a product family and the model of it that is named after (通义千问|新一代开源模型|Qwen2.5)
APPOSED = re.compile(r"(?:的)?(?:新一代|最新一代|最新|全新|新款|首款)[\u4e00-\u9fffA-Za-z]{0,8}?(?:大模型|模型|芯片|手机|平台|系统|助手)")
# a clause that goes on with the act before it, whose subject it leaves out (A发布B，同时推出C)
# a family launched, then its members: 发布A系列模型，包括基础语言大模型B和视觉多模态大模型C
MEMBERS = re.compile(r"(?:系列)?[\u4e00-\u9fff]{0,6}?[，,]\s*(?:包括|包含|涵盖)")
MEMBER_GAP = re.compile(r"\s*(?:、|和|与|及|以及)?\s*(?:[\u4e00-\u9fffA-Za-z]{0,10}?(?:大模型|模型|芯片|手机|平台|系统|助手|应用|产品))?")
# between launched products named as the subject and the verb: what they are or their count and kind, adverbs, a
# time, a store where (B与C两款机型即刻在华为商城开售, D和E则于4天后开售, F模型正式商用)
LAUNCHED_GAP = re.compile(rf"(?:{KIND_AFTER_PRODUCT.pattern}|[两二三四五六七八九十\d]+款[\u4e00-\u9fff]{{0,3}}?)?(?:则|也|均|将|已经|已|即刻|随即|同步|正式|全面|全球同步|首次|"
                          r"公开|率先|陆续|今日|今天|近日|日前|当天|当日|即日起|开启|开始|完成|于[^，。；,;在]{1,10}?|在[^，。；,;]{1,12}?|面向[^，。；,;]{1,10}?)*")
SAID = re.compile(ANNOUNCED.pattern + "$")  # (阿里云CTO周靖人)宣布，(P正式上线): the speaker's body launches P
# …正式上市，共推出A、B和C; …印发《P》，并于2022年2月14日公布Q: a date the act is on may follow the word
GOES_ON = re.compile(r"[，,](?:同时|同步|并|还|也|随后|另外|此外|共|一共|先后|陆续)(?:于?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号])?"
                     r"[^，。；,;]{0,6}$")
# a sentence's opening name, before the clause that goes on without a subject (A…，同时又宣布对B增资)
OPENS = re.compile(r"(?:[\d<N>年月日号]+|今日|昨日|日前|近日)?[，,\s]*")
GOES_ON_CLAUSE = re.compile(r"[，,](?:同时|并|还|另外|此外)[^，。；,;]*$")
# a clause that describes the thing after it: (推出)由两颗A与一颗B组成的(C), (发布)首款基于该架构的(GPU B)
RELATIVE_CLAUSE = re.compile(r"(?:首款|首个|一款|新一代)?(?:由|基于|搭载|采用|集成|面向|适配|融合)[^，。；,;的]{1,30}的")
DESCRIBED_ITEM = re.compile(rf"[”\"」]?\s*(?:、|和|与|及|[，,]?\s*以及)\s*(?:{RELATIVE_CLAUSE.pattern}|[^，。；,;、的]{{2,20}}的)"
                            r"[\u4e00-\u9fffA-Za-z ]{0,6}[“\"「]?")  # (A，)以及无需编写代码即可开发应用的工具“B”; “A”和…的助手“B”
DESCRIBING = re.compile(rf"[”\"」]?\s*(?:、|和|与|及|[，,]?\s*以及)\s*{RELATIVE_CLAUSE.pattern}")  # (A，)以及由B与C组成的(D)
REMARK = re.compile(r"[（(][^（）()]{1,30}[)）]\s*(?:、|，|,|和|与|及|以及)\s*$")  # A（B担任管理人）、C
MODIFIER_AFTER = re.compile(r"^(?:有关|相关|各|下属|所属)?(?:部门|单位|机构|企业|地区)")  # not 等部门: A等部门 acts
SPACED_CLAUSE = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")  # a title's clauses: …联盟成立 大疆任…
# 与上海本地供应链企业, 与上海两区: the place's firms or parts, not the place
KIND_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|厂商|高校|机构|单位|供应商|客户)|[两二三四五六七八九十多几\d]+个?[区县市镇省]")
NEGATION = re.compile(r"(?:未|没有|没|否认|不会|暂无|终止|取消|放弃|传闻|不再|尚未|拒绝|并非|不)\s*$")
NOUN_BEFORE = re.compile(r"(?:整个|此项|这项|该项|该笔|这笔|此笔|上述|的(?:此次|本次|这次))$")  # 整个收购只差…: the deal, not an act
DENIAL = re.compile(r"未|没有|否认|尚未|拒绝|终止|取消|暂停|并未|传闻|传言|考虑")  # 苹果曾考虑与百度合作: no partner yet
# what a rumour says or what may be, not a fact: (有关A正与B合作开发芯片)的传闻, (另有多家大厂参与本轮投资)的传言,
# (公司仍将寻找与B合作)的机会
NOT_INVOLVED = re.compile(r"(?:不|未|没有)(?:涉及|包括|包含|意味着|代表)[^，。；,;]{0,16}$")  # 并不涉及A收购B的控股权
RUMOURED = re.compile(r"[^，。；,;]{0,30}?的(?:传闻|传言|猜测|说法|机会|可能性?)")
# clauses that go on with the subject before them (A成立于<N>年，总部位于杭州，此前已推出B)
CLAUSE_COMMA = re.compile(r"，|(?<![\d>]),(?![\d<])")  # not a thousands separator (出资1,000万元, <N>,<N>万元)
PASSIVE_CLAUSE = re.compile(r"[，,]由$")  # (A成立于<N>年)，由(B与C共同出资设立): B and C act in that clause alone
CARRIED = re.compile(r"[，,](?:总部|并|还|也|同时|此前|此后|随后|目前|现已|已|曾|先后|主要|是|为|成立|位于|于|再|又|将|正式|相继)")
# a name after a comma that no list mark follows opens a clause (成立B，C校长…), unlike B,C、D
CLAUSE_OPENER = re.compile(r"^\s*[，,]\s*\|(?![、和及与等])")
ASSOCIATION = r"联盟|协会|学会|基金会|商会|联合会|促进会"  # the bodies that have members
MEMBER_BATCH = r"首批|新一批|第[一二三四五六七八九十]+批"  # (成为B的)首批/新一批(会员)
# (加入)该基金会; a bare word for a body before the word for its members or a clause's end: (成为)联盟成员, 协会新一批会员, (加入)协会，
THIS_OBJECT = re.compile(rf"(?:该|这一|此)(?!公司|企业|集团)|(?=(?:{ASSOCIATION})(?:的?(?:{MEMBER_BATCH}|正式)?(?:成员|会员)|[，。；,;]|$))")
OWN_OBJECT = re.compile(r"本(?:行|公司)")  # (A、B同步公告，C已增持)本行(A股股份): the ones who announce
NOTICE = re.compile(r"(?:同步|同时|分别|联合|先后|均)?(?:发布)?公告(?:称|显示)?[，,：:]")  # A、B同步公告，
THIS_OPENING = re.compile(r"(?:该|这一|这个|此)([\u4e00-\u9fff]{2,4})")  # 该联盟(首批成员单位有A、B)
# 本届大会, 本届智博会, 该联盟, or a bare 大会 opening a clause: the one just named, perhaps with its theme or 是 after it
THIS_ONE = re.compile(r"(?:本届|本次|此次|这次|此届|该|^|(?<=[，,。；;！？\n]))([\u4e00-\u9fff]{2,4}?)"
                      r"(?:以[“\"「][^”\"」]{1,40}[”\"」]为(?:主题|主线)[，,]?|是|系)?$")  # 该研究院是(由A发起成立的…)
FOUNDING_MEETING = re.compile(r"(?:成立|揭牌|启动)(?:大会|仪式|典礼)")  # an organisation's founding, held by others
# a name before an event's year or a fund's phase (华为开发者大会|2024, 国家集成电路产业投资基金|三期)
UNTIL_YEAR = re.compile(rf".*?(?=(?:{EVENT_YEAR.pattern}|[一二三四五六七八九十]期)?$)")
ANY_EVENT = ("展会", "盛会", "会议", "活动", "赛事")  # words for an event of any name (本届展会: the expo just named)
ANY_PRODUCT = ("模型", "大模型", "芯片", "处理器", "产品", "系统", "系列", "车型", "机型", "手机", "应用")  # (上线)该模型: the product just named
PRONOUN_WORDS = r"(?:该公司|本公司|该企业|该集团|公司|集团|其|他们)"
# a pronoun opening a clause, then titles: 公司董事长(X), 该公司副总裁兼CFO(X)
OWNER_TITLES = re.compile(rf"(?:^|(?<=[，,。；;：:\s由]))({PRONOUN_WORDS})([^，,。；;：:由]{{1,16}})$")  # (其职务)由集团总裁(X接替)
OWNED_TITLES = re.compile(rf"({PRONOUN_WORDS})([^，,。；;：:]{{1,16}}?)(?=[，,。；;：:]|$)")  # (X出任)集团总裁
COMPANY_WORD = re.compile(r"(该)?(?:本)?(?:公司|企业|集团)")  # matched at a pronoun
BOTH_WORDS = r"(?:双方|两家(?:公司|企业)?|两校|二者|两者)"
ALL_WORDS = r"(?:[三四五六七八九十]方|各方)"  # 三方将共建C: every party of the agreement before
TITLE_WORDS = (r"(?:党委|党组|纪委)?(?:常务副|执行副|常务|执行|高级副|高级|独立|副|轮值|助理){0,2}"  # 高级|执行副|总裁
               r"(?:总裁|董事长|总经理|首席[\u4e00-\u9fff]{1,5}官|CEO|CTO|COO|CFO|创始人|联合创始人|"
               r"主任|部长|大臣|局长|厅长|处长|司长|市长|省长|区长|县长|州长|总书记|书记|院长|所长|署长|社长|校长|理事长|会长|秘书长|主席|总监|总理|总统|首相|大使|"
               r"负责人|院士|首席科学家|教授|研究员|行长|总工程师|合伙人|董事|总编辑|总干事|(?:新闻)?发言人|经理|常委|委员|"
               r"董事会秘书|董秘|监事|法定代表人)(?:助理)?")
DEPARTMENT = r"(?:[\u4e00-\u9fffA-Za-z]{2,10}?(?:部|处|室|中心|事业群组|事业群|群组|业务|BG|BU)|董事局|(?:管理)?董事会|监事会)"  # 市场研究部主任, 董事局主席, 管理董事会主席, 移动业务负责人
REGION = r"(?:全球|中国区|大中华区|亚太区|亚太|中国|海外|国际)"  # 英伟达全球副总裁: the title is held at the company
# a title held over a unit and a region together (国际业务及中国总裁)
TITLES = re.compile(rf"^(?:(?:原|前|现任|新任|首任|首届)?(?:{DEPARTMENT}(?:及|和|与))?{REGION}?{DEPARTMENT}?{TITLE_WORDS}(?:、|兼|和|及|$))+$")
# a person's title, role or form of address, next to the name (总裁X, 控股股东X, 自然人X, X先生)
TITLE_BESIDE = re.compile(rf"{TITLE_WORDS}|股东|实际控制人|实控人|自然人|先生|女士")
SERVED_AT = re.compile(r"(?:担任|出任|曾任|现任|兼任|接任|升任|转任)$")  # (X担任)A董事长: A is where X serves
SERVES_LATER = re.compile(r"[^，。；,;]{1,10}[，,](?:曾|现|此前|目前|还|并)?[^，。；,;]{0,16}?(?:担任|出任|现任|曾任|兼任|转任)过?")
SAYS = re.compile(r"(?:表示|称|说|认为|指出|介绍|透露|坦言|强调|告诉记者)[，,：:]")
BARE_TITLE = re.compile(r"(?:出任|担任|任|当选为?)(?:首任)?([^，。；,;、]{1,8}?)(?=[，。；,;]|$)")  # X出任理事长，
# the same in the passive, the person perhaps titled at another body between: (理事长由A院长)X(出任)
THIS_BODY = re.compile(r"(?:该|本)([部局厅委院所行校])")  # (免去X的)该部(部长职务): the body just named that ends in the word
TITLE_BY = re.compile(r"(?:首任|新任)?([^，。；,;由]{1,8}?)由(?:[^，。；,;由]{0,20})$")
# an appointment naming no body: (董事会)聘任(首席增长官)X为新任总裁
APPOINTED = re.compile(r"(?:聘任|任命|委任|聘请|提名|选举)([^，。；,;]{0,10})$")
APPOINTED_AS = re.compile(r"为(?:新任|首任|新一任)?([^，。；,;、]{1,8}?)(?=[，。；,;]|$)")
TAKEN_UP = re.compile(r"(?:出任|担任|接任)(?=[，。；,;]|$)")
SERVES = re.compile(r"[^，。；,;]{0,12}?(?:现任|曾任|担任|出任|接任|升任|调任|转任|兼任|当选为?|辞去|辞任)过?|"
                    r"[，,](?:现任|曾任|担任|任|系|为)?|(?:任|为|是|系)|"  # X为A董事长, X，A董事长, X曾于<N>年担任A董事长, X当选A首任理事长
                    r"的(?=[^，。；,;]{2,30}?(?:职务|一职))")  # (免去)X的A部长职务
def titles_in(words: str) -> str | None:
    """The titles ``words`` state, each perhaps held in a department or board (市场研究部主任,
    副总经理、不锈钢事业部总经理, 总裁兼首席执行官的), or None."""
    titles = re.sub(r"(?:一职|职务|等职)$", "", words.strip("的").replace(" ", ""))
    return titles if titles and TITLES.match(titles) else None


HONOUR_AFTER = re.compile(r"(?:院士|教授|研究员)(?![\u4e00-\u9fff]?(?:团队|课题组|组|会))")  # (中科院物理所陈立泉)院士


def titled(sent: "Sentence", body: Mention, person: Mention) -> str | None:
    """The titles between ``body`` and ``person`` (宝钢股份副总经理X), also past the bracket that holds
    the body's other name (英伟达（NVIDIA）创始人兼首席执行官X), where the body's name holds the title's
    first character (美国财政部长X), or an honour right after a person named right after the body
    (中国科学院物理研究所陈立泉院士), or before the comma that closes 作为 and them (作为宁德时代首席科学家，吴凯…)."""
    honour = HONOUR_AFTER.match(sent.text, person.end) if body.end == person.start else None
    bracketed = sent.text[body.start - 1:body.start] in ("（", "(") and sent.text[body.end:body.end + 1] in ("）", ")")
    gap = sent.gap(body.end + bracketed, person.start)
    if sent.text[body.start - 2:body.start] == "作为" and gap.endswith(("，", ",")):
        gap = gap[:-1]
    return titles_in(gap) or titles_in(sent.gap(body.end - 1, person.start)) or \
        (honour.group() if honour else None)


FOUNDER = re.compile(r"创始人|创办人")
GOVERNMENT_OF_TITLE = {"市长": "市", "省长": "省", "区长": "区", "县长": "县", "州长": "州"}
PARTY_COMMITTEE = re.compile(r"(?:中共)?(.{2,8}?)[省市区县州]委")  # 大同市委: the place's party committee, beside its government


# money put into setting up or building what is named after (投资30亿元设立B, 投资建设的B): B is founded, not a stake;
# 投资公司 and 投资机构 are kinds of company (创立风险投资公司B), no act
INVESTED_TO_BUILD = r"(?:约|近|超过|逾)?(?:[\d.,]|<N>)*(?:多|余)?[万亿]*(?:元|美元|欧元)?(?:人民币)?(?:在[^，。；,;]{1,12}?)?" \
                    r"(?:设立|成立|组建|建设|兴建|新建|筹建|建立)"


@dataclass(frozen=True)
class Verbs:
    """A subject–verb–object form: trigger verbs, subject and object types, and how far apart."""
    relation: str
    verbs: str
    heads: frozenset
    tails: frozenset
    object_gap: int = 15
    confidence: float = 0.8


SVO = [
    Verbs("issues_policy", r"联合印发|印发|下发|发布|出台|制定|提出|原则同意|审议通过|发起|公布|公示|颁布|推出|启动|修订|批复",
          AGENT_TYPES, frozenset({"POLICY"})),
    # hosting before the launches there; a place or a venue may organise (由商务部和上海市人民政府主办，
    # 中国国际进口博览局、国家会展中心（上海）承办)
    Verbs("hosts_event", r"举办|举行|召开", AGENT_TYPES, frozenset({"EVENT"})),
    Verbs("hosts_event", r"主办|承办|协办", AGENT_TYPES | {"LOCATION"}, frozenset({"EVENT"})),
    # 首发搭载P: P is the part a launch carries first, not what is launched
    Verbs("launches_product", r"发布|推出|上线|上架|升级|开源|亮相|首发(?!搭载|采用|配备|预装)|揭晓|发售|面世|迭代|打造|研发|展示|"
                               r"(?:上市|开售|预售|公测|商用|解锁|(?:全量|更新|升级)?推送)(?=[，。；,;！!]|$)|"  # intransitive: P正式上市，P开启预售 (not 上市公司, 商用制冷业务)
                               r"推送(?=[^，。；,;]{1,20}?(?:更新|升级|版本))",  # P完成更新推送，A向用户推送P更新
          frozenset({"COMPANY", "ORGANIZATION"}), frozenset({"PRODUCT"}), object_gap=20),
    Verbs("founds", r"发起成立|倡导成立|倡议成立|共同发起|联合发起|牵头发起|发起|出资设立|共同出资(?=的)|设立|新设(?!立|备|计|施|想)|成立|创立|创办|组建|创建|筹建|共建",
          AGENT_TYPES | {"PERSON"}, frozenset({"COMPANY", "ORGANIZATION", "EVENT"}), confidence=0.7),
    # an institution is founded as an event is held (由A、B和C共同举办的之江实验室: its 举办者 found it)
    Verbs("founds", r"举办", AGENT_TYPES, frozenset({"ORGANIZATION"}), confidence=0.7),
    Verbs("invests_in", rf"战略投资|领投|跟投|参投|投资(?!{INVESTED_TO_BUILD}|公司|机构)|注资|增资|入股|参股|增持|举牌|所持有|所持|持有|"
                        r"(?:买入|获得|取得)(?=[^，。；,;]{1,16}?(?:(?<!控)股权|股份|股票|权益)(?!投资|融资))|"
                        r"参与了?(?=[^，。；,;]{1,20}?(?:融资|增资|定增)(?!后))|"  # 参与B的A轮融资: a stake in B
                        r"认购(?=[^，。；,;]{1,20}?(?:定增|定向增发|非公开发行|新发行|新股|股份|股票|普通股)"  # 认购B定增股份,
                        r"|[^，。；,;]{0,12}?\d(?:\.\d+)?(?:亿|万)(?:元|股))",  # B由A分别认购<N>亿元
          AGENT_TYPES | {"PERSON"}, frozenset({"COMPANY", "ORGANIZATION"}), object_gap=8, confidence=0.7),
    Verbs("acquires", r"全资收购|收购|并购|买下|购得|购买|吸收合并|收入囊中|纳入囊中|收归旗下|入主|"
                      r"受让(?=[^，。；,;]{1,60}?(?:股权|股份)(?!有限))|"  # 受让A持有的B<N>%股权: a stake in B
                      r"(?:获得|取得)(?=[^，。；,;]{1,16}?控股权)",  # 取得B<N>%的控股权: control of B is bought
          AGENT_TYPES | {"PERSON"}, frozenset({"COMPANY", "ORGANIZATION"}), object_gap=8, confidence=0.8),
    Verbs("member_of", r"加入|入选|成为|获评|被纳入|被列入",
          AGENT_TYPES, frozenset({"ORGANIZATION", "POLICY"}), object_gap=8, confidence=0.7),
]
APPROVED_BY = re.compile(r"经([^，。；,;经]{2,30}?)(?:同意|批准)[，,]")  # 经国务院同意，(A印发《P》): the approver issues P
# the capital the founders put in, between them and the founding verb, perhaps in a clause before a joint one
# (A与B分别出资40%、60%组建C, A出资设立C, 双方拟各出资<N>亿元，共同发起设立C)
FUNDED_WITH = re.compile(r"出资[^，。；,;]{0,24}(?:[，,](?:共同|联合)[^，。；,;]{0,4})?$")
# the hosting just stated, before the next host (E由A主办，|B承办; E是由A共同举办的，|B承办)
HOSTED = re.compile(r"(?:%s)的?[，,、]$" % "|".join(form.verbs for form in SVO if form.relation == "hosts_event"))
HOLDING = re.compile(r"所?持有?")  # A持有B的股权: a stake in B
SELLER_OF = re.compile(r"(?:收购|受让|购买|买下|出售|转让)了?$")  # 收购A持有的B股权: A sells its stake
NOT_ACTING = re.compile(r"人|者|方(?!式|面|向|案)|计划|方案|要约|报告|事宜|价格|协议|条件|对价|资金|消息|传闻|一事|交易|金额|款|"
                        r"大会|会(?!同)|贷款|基金|案")  # a role (创办人, 收购方) or a thing (收购计划, 并购贷款, 成立大会), not an act
SET_UP_WHEN = re.compile(r"于|后(?!者)|时|以来|之后|之初")
ACTS = re.compile("|".join(form.verbs for form in SVO))
ACTED_ON = re.compile(rf"(?:{ACTS.pattern})了?$")
JOINTLY = re.compile(r"(?:共同|联合|合资|一起|一同|合作)(?:出资|投资)?$")  # A与B合作推出C: both act
DESCRIBED = re.compile(r"(?:是|为|系)[^，。；,;]{2,40}[，,]")  # (E)是致力于…的非营利机构，(由A发起)
SET_UP_CLAUSE = re.compile(r"(?:成立|创立|组建|设立)于[^，。；,;]{2,16}[，,]$")  # (该联盟)成立于2020年9月，(由A发起)
GUIDANCE = re.compile(r"在[^，。；,;]{2,80}?(?:的)?(?:指导|支持|领导|统筹)下")
GUIDED = re.compile(GUIDANCE.pattern + r"[，,]?$")  # (X)在G指导下，(由A发起)
BY = re.compile(r"(?<![自理缘事])由(?![于此衷])")  # 由A设立 names the actor A; not 由于, 自由, 理由
JOINING = re.compile(r"(?:联合|携手|会同)$")  # (由A推动，)联合(B发起): A acts with B
LED_BY = re.compile(r"由[^，。；,;由]{2,30}(指导|支持|推动|牵头|发起)[，,](?:联合|携手|会同|依托)?")  # E由A指导，(B主办); 由A牵头，联合(B发起)
TIME_OF_TITLE = re.compile(r"(?:时任|前任|现任|原)?$")  # 由时任联合国秘书长安南倡导成立: 由 opens the titled one
BY_DESCRIBED = re.compile(r"(?<![自理缘事])由(?![于此衷])[^，。；,;由的]{1,20}的$")  # 由曾任X副总裁的(A)
REPORTED = re.compile(r"有(?:(?:媒体|外媒|消息人士|知情人士|消息)(?:报道|爆料|透露)?|报道|爆料)称|网传|据传|传闻称")  # 有(媒体)报道称，A计划…
RUMOUR_OPENING = re.compile(r"(?:网|据|又|再)?传[，,:：]?(?![统输送承播出染递奇言闻真感导])")  # a headline's 传A将加入B: a rumour
DENIED = re.compile(r"(?:否认|辟谣|终止|叫停)[^，。；,;]*$")  # 否认了此前A将收购B的消息, A终止200亿美元收购B
ENDED = re.compile(r"(?:终止|解除)[^，。；,;]{0,20}$")  # A与B宣布终止双方于…签署的备忘录: what is ended was signed
RESPECTIVELY = re.compile(r"分别|先后|依次|各自")
EACH_BEFORE_VERB = re.compile(r"(?:分别|各自)[^，。；,;与和同跟]{0,4}$")  # A与B、C分别(正式)签署: A with B, A with C
MANY_SIDED = re.compile(r"[三四五六七八九十多]方|各方|共同|联合|一道|一起")  # A与B、C三方签署: one agreement of all
MANY_SIDED_OBJECT = re.compile(r"了?(?:一份|一项)?[三四五六七八九十多]方")  # A与B、C签署三方协议: so too
ET_AL = re.compile(r"\s*等(?![于同])")  # A与B、C等企业: a list, not 等于/等同
COUNTED_LIST = re.compile(r"\s*[两二三四五六七八九十\d]+家")  # A、B两家厂商同C签订: a list closed by its count, each with C
RELATIVE_AFTER = re.compile(r"(?:与|和|向|(?<![共协相一])同)$")  # 与持有公司股份的B: the verb describes B
LEGAL_FORM = re.compile(r"(?:股份|控股)?(?:有限|有限责任|股份有限)?(?:公司|集团)")
SIGN = re.compile(r"签署|签订|签定|订立|签约|续签|续约|签下|共签|达成|签(?![署订定约下证名发字收单])")
SIGN_OBJECT = re.compile(r"协议|备忘录|合同|协定|意向书|合作书|框架")
JOINT_ACT = r"推出|开发|打造|研发|运营|建设|搭建"
PARTNER = re.compile(rf"战略合作|达成合作|深化合作|开展合作|展开合作|合作|携手|联手|牵手|结盟|结成[^，。；,;]{{0,4}}?联盟|联姻|(?:联合|共同)(?={JOINT_ACT})")
UNIT_ACTS = re.compile(rf"{PARTNER.pattern}|{SIGN.pattern}|收购|并购|推出|发布|投资|入股|增资|获")  # 旗下公司结盟B, 子公司获B补贴: B is no unit
SOMEONES_PARTNERS = re.compile(r"的(?:战略)?合作伙伴")  # (A、B和C成为X)的合作伙伴: X's partners
PARTNER_LINK = re.compile(r"携手|联手|牵手|结盟|联姻|联合")
DEAL_WITH = re.compile(rf"{PARTNER_LINK.pattern}|签约|续约")  # verbs whose object is the other party (A签约B)
PLACE_VERB = r"举行|开幕|召开|举办|落地|启动|开展|闭幕|揭幕|亮相|开赛|启幕|拉开帷幕|落下帷幕|落幕"
SET_UP_IN = re.compile(r"[^，。；]{0,4}?(?:设立|组建|创立|创建|创办|筹建)")
# the part of a body or an event that is where the whole is (总部位于L, 秘书处设在L, 主会场设在L)
SEAT = re.compile(r"总部|秘书处|主会场|会场")
# a remark on an event's organisers after its name, before the clause that places it (E由A主办，于…在L举行)
ORGANISED_BY = re.compile(r"由[^，。；,;]{2,40}?(?:主办|承办|联合主办|共同主办|举办|指导)[，,]")
PROJECT_SETTLING = re.compile(r"(?:项目|基地|工厂|产线|生产线)(?:[一二三四五六七八九十\d]期(?:项目)?)?(?:正式|已|将|确定|成功|顺利|签约)*$")
SETTLE = re.compile(rf"落户|(?:{SEAT.pattern})?(?:设在|设于|位于)|坐落于|入驻|扎根|落地")
PART_WORD = re.compile(rf"{UNDER}|下属|所属|附属|下设|(?:全资|控股)?(?:子公司|孙公司)|"
                       r"(?<!企图|意图|谋求|试图|想要|希望)控股(?!股东|子公司|孙公司|公司|集团)")  # not 企图控股B: a wish
MADE_UNIT = re.compile(r"(?:设立|成立|组建|新设|注册|通过|向|对)(?:一家|一个)?$")  # (公司…)设立全资子公司B: the company's unit
PART_OF_PARENT = re.compile(rf"(?:[^，。；,;的]{{0,16}}的)?(?:国有)?(?:全资|控股)?(?:子公司|子企业|分公司|孙公司|(?:下属|附属|{UNDER}|下设)[\u4e00-\u9fff]{{0,3}}|分行|支行)")
# the units a parent has, listed after their kind (旗下有两家上市公司，分别为B和C; 下属多个公司均单独上市，包括B、C)
UNITS_LISTED = re.compile(r"[^。；;：:]{0,24}?(?:公司|企业|集团|机构|银行|厂)[^。；;：:]{0,12}?(?:包括|分别为|分别是)[：:]?")
AS_UNIT = re.compile(r"作为其?([^，。；,;]{2,30}?)[，,]")  # 作为A旗下分公司，B: the clause opens with A
IS_ITS_UNIT = re.compile(r"(?:成为|是|为|系)其(?:全资|控股)?(?:子公司|子企业|孙公司|下属企业|附属公司)")
IS_UNIT_OF = re.compile(r"(?:目前|现|已|将|仍|则|现已|已经|也)?(?:是|为|系|作为|成为)(?:其)?")  # A(已)成为B的子公司
STAKE = re.compile(r"(?:的)?(?:约|近|超过|逾)?(?:<N>|\d)|(?:的)?(?:部分)?(?:股|权益)")  # B<N>%股权, B的股份
# a stake's size before the company it is in (持有的25.5%的B股权, 共持有1.8亿股B, 收购<N>.<N>%B股权)
STAKE_AMOUNT = re.compile(r"(?:约|近|超过|逾|合计|共计)?(?:\d|<N>)(?:\d|<N>|[.,])*(?:%|％|万股|亿股|股)的?")
STAKE_IN = re.compile(r"(?:的)?(?:整体)?(?:持股|股份|股权|有[^，。；,;]{0,8}?(?:股份|股权|股))")
JOINED = re.compile(r"(?:(?<!参)与|和|(?<![共协相一])同(?![时比期意步])|跟|联合|携手|联手)([^，。；,;与和]{0,12})$")  # the link to the party that ends the text
UNIT_AFTER = re.compile(rf"(?:的)?(?:{UNDER}|下属|所属|(?:全资|控股)?子公司)")  # B旗下的C: C is the one meant
# those that belong to B, not B: 与B的股东签订 (B's shareholders sign, B does not)
BELONGING_TO = re.compile(r"的(?:全体|部分|其他|主要|原|现有)?(?:股东|子公司|母公司|员工|管理层|债权人)")
# what names C as B's unit or shareholder, past B's bracketed alias: B（PIF）旗下全资子公司C, B股东C
OWNED_BY = re.compile(rf"(?:[（(][^（）()]{{1,40}}[)）])?(?:的?(?:{UNDER}|下属|所属)的?(?:全资|控股)?(?:子公司)?|的?(?:全资|控股)?子公司|的?股东)")
TRANSFER = re.compile(r"(?:转让|出售|出让|转售|卖)给")
BELONGS_TO = re.compile(r"(?:隶属|归属|从属)于?")  # A隶属于B
BUSINESS_OF = re.compile(r"的[^，。；,;的]{0,10}(?:业务|资产|部门|工厂|品牌)")
# what is told of a product, not the product (发布了A的预热信息, 公布A的售价)
NEWS_OF = re.compile(r"的[^，。；,;的]{0,6}(?:信息|消息|预告|海报|视频|价格|售价|细节|参数|配置|路线图)")
UNIT_GAP = re.compile(r"的|由|从|向|对|与|被|将|把|在|为|是|及|和")
EVERY_UNIT = re.compile(r"的?(?:各|各家|各个|所有|全部|多家|众多|诸多)")  # 在旗下各公司部署B: the units are not named
# the word for a member, with its batch and its kind (A为B的部门成员, A成为B的首批正式会员, A成为B新一批会员单位)
MEMBER_WORD = re.compile(rf"^(?:的)?(?:{MEMBER_BATCH}|新)?(?:正式|部门|高级|普通|核心|创始|准)?(?:成员|成员单位|会员|会员单位|(?:常务|副)?理事(?:长)?单位|伙伴|一员)")
IS = re.compile(r"(?:也|均|都|已|已经)?(?:是|为|系)$")
# a body named by those it is made of (这个由A、B等1000余家企业和机构组成的联盟): they are its members
MADE_OF = re.compile(r"(?<![自理缘事])由([^。；;由]{2,80}?)(?:共同)?(?:组成|构成)的(?:([\u4e00-\u9fff]{2,4})(?=[，,。；;]))?")
# a member named right after the word for it (联盟成员A、B…出席, G的会员单位A): the body before the word, or the one
# a bare word for a body (联盟, 协会) stands for
MEMBER_BEFORE = re.compile(rf"(?:(?:该|本)?({ASSOCIATION}))?的?(?:成员|会员)(?:单位|企业)?$")
# (A、B等企业)入选，/ (A、B…确认已)被纳入名单。/ (A、B)获批成为试点示范单位: on the list named last
BARE_LISTED = re.compile(r"(?:入选|上榜|入围|(?:被)?(?:纳入|列入)(?:该|此|这一)?(?:名单|清单|目录)(?:之中|中)?|"
                         r"(?:获批)?成为(?:首批)?(?:试点示范|试点|示范)(?:单位|企业))(?=[，,。；;！!]|$)")
ITS = re.compile(r"(?:是|(?<!成)为|系)其")  # (A、B等企业均)为其(会员): members of the body the sentence is about
ELECTED_UNIT = re.compile(r"(?:当选|担任|任|成为)为?([^，。；,;]{0,30}?)(?:首届|首批|第[一二三四五六七八九十]+届)?"
                          r"(?:常务|副)?(?:会长|理事长|理事|监事长|监事|秘书长|组长)单位")
MEMBERS_CLAUSE = re.compile(r"[，,](?:其|目前|现有|现)?(?=(?:首批|第[一二三四五六七八九十]+批)?(?:成员|会员))")
LISTING = re.compile(r"包括|包含|分别是|有|为|：|:")
MEMBERS_PUBLISHED = re.compile(r"(?:正式)?(?:公布|发布|公示|揭晓)了?(?:新一批|首批|第[一二三四五六七八九十]+批|新)?(?:成员|会员)(?:单位)?名单")  # G公布了新一批会员单位名单：
MEMBER_TIER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:成员|会员|理事|伙伴)(?:单位)?(?:分别)?(?:为|是|有|包括)[：:]?")  # 黄金会员分别为(B、C)
NEXT_TIER = re.compile(rf"[，,；;](?={MEMBER_TIER.pattern})")
# (A)、B等<N>家单位入选, where B may be a name no recogniser found; (G新增一批成员，)A、B和C在列 or (G的新一批成员中，A、B)均位列其中:
# among those just named
JOINED_AFTER = re.compile(r"(?:[、和及][^，。；,;、和及等]{2,10}?)*(?:等[^，。；,;]{0,10}?)?(?:均|也|都|已经|已|正式|首批|同时|相继)*"
                          r"(?:入选|加入|当选为?|成为|被纳入|被列入|在列(?![入出表举])|(?:位列|名列|跻身)其中)")
SHAREHOLDER = re.compile(r"(?:的)?(?:(?:控股股东(?:和|及|、|暨|兼))?实际控制人|实控人|"
                         r"(?:另一方|另一|其他|前[二三四五六七八九十]|第[一二三四五六七八九十]|单一最大|最大|控股|主要|外资)?大?股东|(?:战略|基石|财务)投资者|"
                         r"投资方|投资人|出资方|出资人)")
# B引入A作为战略投资者, B新增A为股东, B新增A、C、D三名股东: the shareholders B takes in
BROUGHT_IN = re.compile(r"(?:引入|引进|新增)([^，。；,;]{1,30}?(?:作为|为)(?:公司|其)?的?|"
                        r"[^，。；,;]{1,100}?[一二三四五六七八九十两\d]+(?:名|家|位|个)新?)$")
OWNER_ROLE = re.compile(rf"{SHAREHOLDER.pattern}|(?:的)?(?:主要|共同)?发起(?:人|方|单位|股东)")  # or a founder (B的发起人)
FINANCING = re.compile(r"(?:完成|获得|获|宣布完成|宣布获得)[^，。；]{0,16}(?:融资|投资)"
                       r"|挂牌上市|在[^，。；]{1,8}(?:所|美股|港股|纳斯达克|科创板|创业板|主板)上市")  # an IPO raises too
# investors of an IPO, in a later sentence (A、B等公司作为基石投资者参与认购, 引入五家基石投资者，分别为A、B,
# 参与战略配售的投资者包括A)
CORNERSTONE = re.compile(r"(?:基石|战略|锚定)投资者|战略配售")
# a round's investors listed after a word for them (本轮投资方包括A、B等，以及C和D等): the list goes on past a comma
# only where the next clause opens with 以及/及/还有
INVESTOR_LIST = re.compile(r"(?:投资方|投资人|投资机构|投资者|参投方|跟投方)(?:还|主要|均)?[，,]?(?:包括|分别为|分别是|为|是|有|——|—|：|:)")
# shares a company issues, subscribed by an investor (A将认购不超过<N>亿元配套募集资金, A认购公司非公开发行的股票)
SUBSCRIBED = re.compile(r"认购[^，。；]{0,16}?(?:配套募集资金|配套资金|募集资金|定增|非公开发行|定向增发)")
OLD_HOLDERS = re.compile(r"老股东")  # the shareholders of the one that raised, adding to its round
LIST_GOES_ON = re.compile(r"[，,](?:以及|及|还有|另有|此外还有)")
COMMA = re.compile(r"[，,]")
# a later sentence on the round just raised (据了解，此轮融资由A领投)
ROUND = re.compile(r"(?:[^，。；,;]{0,6}[，,])?(?:本轮|本次|此轮|此次|该轮|这轮)(?:融资|投资)")
# the round's investors named first, in a clause before the one that raised (由A领投、B跟投，C完成…融资)
LED_FIRST = re.compile(r"(?:[^，。；,;]{0,12}[，,])?由[^，。；,;]{1,40}?(?:领投|跟投|参投)")
TOWARD_INVESTEE = re.compile(r"向[^，。；]{2,30}?(?:投资|注资|增资)")  # the one an investor puts money into: A向B投资


# the words that can state each relation, for a classifier that checks its guesses against them
TRIGGERS = {form.relation: re.compile(form.verbs + ("|" + SHAREHOLDER.pattern if form.relation == "invests_in" else ""))
            for form in SVO} | {"signs_agreement_with": SIGN, "partners_with": PARTNER, "part_of": PART_WORD}


TITLE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff”》])[ \u3000]+(?=[\u4e00-\u9fff“《])")


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The title's clauses (a space between two Chinese characters parts them: 中国移动拟入主亚信科技 中移资本将收购…),
    then the text's sentences (ending in 。！？；! ? ; or a newline)."""
    title_end = doc.user_data.get("kg_title_end", -1)
    bounds, start = [], 0
    if title_end >= 0:
        breaks = [m.span() for m in TITLE_BREAK.finditer(doc_text(doc), 0, title_end)]
        starts, ends = [0, *(e for _, e in breaks)], [*(s for s, _ in breaks), title_end]
        bounds.extend(zip(starts, ends))
        start = title_end + 1
    for m in re.finditer(r"[^。！？!?；;\n]+[。！？!?；;]*", doc_text(doc)[start:]):
        if m.group().strip():
            bounds.append((start + m.start(), start + m.end()))
    return bounds


class Sentence:
    """One sentence with its mentions, and the search helpers the forms share."""

    def __init__(self, doc: Doc, start: int, end: int, mentions: list[Mention], starts: list[int]):
        self.doc, self.start, self.end = doc, start, end
        self.text = doc_text(doc)
        window = mentions[bisect_left(starts, start):bisect_left(starts, end)]
        self.mentions = [m for m in window if m.end <= end]
        self.outer = [m for m in self.mentions
                      if not any(o.start <= m.start and m.end <= o.end and o != m for o in self.mentions)]

    def gap(self, a: int, b: int) -> str:
        return self.text[a:b]

    def placed(self, m: Mention) -> bool:
        """Whether ``m`` is a place where (在深圳, 在官方商城|华为商城), or goes on with one (在美国|夏威夷,
        在加州库比蒂诺的Apple Park), not a party."""
        if placed(self.text, m.start) or ON_PLATFORM.search(self.text, max(self.start, m.start - 8), m.start):
            return True  # 在官方商城|华为商城上架: a store where, too
        before = next((p for p in self.outer if p.end <= m.start and self.text[p.end:m.start] in ("", "的")
                       and p.type == "LOCATION"), None)
        return m.type == "LOCATION" and before is not None and self.placed(before)

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last comma before it, else at the sentence's start."""
        return max(self.start, *(self.text.rfind(c, self.start, pos) + 1 for c in "，,"))

    def is_modifier(self, m: Mention) -> bool:
        return bool(MODIFIER_AFTER.match(self.text[m.end:m.end + 6]))

    def defined_by(self, m: Mention) -> Mention | None:
        """The name whose bracketed alias definition holds ``m``: 中国移动通信集团有限公司 for the
        中国移动 of 中国移动通信集团有限公司（以下简称“中国移动”）."""
        full = next((x for x in reversed(self.mentions) if x.end <= m.start and x.id == m.id), None)
        defined = defined_alias(self.text, full.start, full.end, full.type) if full is not None else None
        return full if defined and defined.end() >= m.end else None

    def list_gap(self, a: Mention, end: int) -> str:
        """The text between a name of a list and ``end``, less an alias defined after the name (A（以下简称“…”）、B)."""
        defined = defined_alias(self.text, a.start, a.end, a.type)
        return self.gap(defined.end() if defined and defined.end() <= end else a.end, end)

    def coordinated_before(self, m: Mention, types) -> list[Mention]:
        """``m`` and the mentions listed before it (A、B和C), past a bracketed remark on one of them
        (A（B担任管理人）、C: A and C); a name defined in brackets stands for its alias."""
        m = self.defined_by(m) or m
        group, cur = [m], m
        edge = self._before_remark(m.start)
        for prev in reversed([x for x in self.mentions if x.end <= m.start]):
            if prev.end > edge or self.defined_by(prev):
                continue
            if cur is group[0] and OWNER_GAP.fullmatch(self.gap(prev.end, cur.start)):
                cur = prev  # A、B旗下C跟投: B owns C and is no party; A is
                edge = prev.start
                continue
            if prev.type not in types or not (SEP.match(self.list_gap(prev, edge))
                                              or AND_ITS_UNIT.fullmatch(self.gap(prev.end, edge))) or \
                    ACTED_ON.search(self.text, max(self.start, prev.start - 8), prev.start):
                break  # A加入B、C加入D: B is what A joins, not a party beside C
            group.insert(0, prev)
            cur = prev
            edge = self._before_remark(prev.start)
        return group

    def _before_remark(self, pos: int) -> int:
        """Where the list item before ``pos`` ends: before a bracketed remark and the list mark after it."""
        remark = REMARK.search(self.text, max(self.start, pos - 40), pos)
        if remark is None or any(m.start < remark.start() < m.end for m in self.mentions):
            return pos  # 香港科技大学（广州）、B: the brackets close a name
        return remark.start()

    def coordinated_after(self, m: Mention, types) -> list[Mention]:
        """``m`` and the mentions listed after it (A、B和C, A，以及B), each perhaps described (A及首款基于该架构的GPU B)
        or, for a product, followed by what it is (A手机和B) or the next preceded by what it is (A系列和折叠屏手机B)."""
        group, cur = [m], m
        for nxt in [x for x in self.mentions if x.start >= m.end]:
            if nxt.start < cur.end or self.defined_by(nxt):
                continue
            gap = self.list_gap(cur, nxt.start)
            kind = KIND_AFTER_PRODUCT.match(gap) if cur.type == "PRODUCT" else None
            after_kind = cur.end + (kind.end() if kind else 0)
            described = DESCRIBING.match(self.text, after_kind)
            if described and nxt.end <= described.end():
                continue  # A，以及由两颗B与一颗C组成的D: B and C describe D, the next item
            if nxt.type not in types or not (SEP.match(gap[kind.end():] if kind else gap)
                                             or DESCRIBED_ITEM.fullmatch(self.text, after_kind, nxt.start)
                                             or cur.type == nxt.type == "PRODUCT" and KIND_BEFORE_PRODUCT.fullmatch(gap)):
                break
            group.append(nxt)
            cur = nxt
        return group

    def subjects(self, pos: int, types, max_gap: int = 25, blocking=frozenset()) -> tuple[list[Mention], float]:
        """The list of parties that acts at ``pos``: the nearest before it, with at most one comma
        between; a party of another type, or one of ``blocking``, in between means none."""
        for m in reversed([x for x in self.outer if x.end <= pos]):
            if self.placed(m) and not (m.type in ("COMPANY", "ORGANIZATION") and m.end == pos):
                continue  # 在深圳举行, 在美国|夏威夷举办: a place where, not a party; but 在A收购B后: A acts
            if m.type == "LOCATION" and self.text[m.start - 1:m.start] == "等" and KIND_AFTER_PLACE.match(self.text, m.end):
                continue  # A、B等中国企业已加入: the place tells the listed parties' kind, it does not block them
            if m.type not in types:
                if m.type in PARTIES | {"PERSON"} | blocking:
                    return [], 0.0
                continue
            if self.is_modifier(m):
                continue
            party = self.defined_by(m) or m  # A已与B（以下简称“b”）签署协议: the alias stands for B
            if self.served_at(party):
                return [], 0.0  # X曾担任A（a）首席执行官，并创立B: A is where X serves, not who acts
            between = self.gap(m.end, pos)
            commas = len(CLAUSE_COMMA.findall(between))
            if len(between) > max_gap or commas > 1 and len(CARRIED.findall(between)) < commas or \
                    m.type == "PERSON" and SAYS.match(between):
                return [], 0.0  # X表示，设立B: X speaks (for a body, see _speaker_for), B's founder is not said
            if re.search("[，,]", between) and self.text[party.start - 1:party.start] in ("与", "同", "跟") \
                    and not re.search("共同|联合|一起|一同|双方", between):
                return self.subjects(party.start - 1, types, max_gap, blocking)  # A已与B签署协议，拟收购C: A, not B
            listed = self.coordinated_before(m, types)
            if re.search("[，,]", between) and PASSIVE_CLAUSE.search(self.text, self.start, listed[0].start):
                return self.subjects(listed[0].start - 1, types, max_gap, blocking)  # A…，由B与C共同设立，推出D: A
            copula = IS.search(self.text, max(self.start, party.start - 4), party.start)
            if copula and re.search("[，,]", between) and re.match(rf"(?:{OWNER_GAP.pattern})[^，,]*[，,]", self.text[party.end:pos]):
                return self.subjects(copula.start(), types, max_gap, blocking)  # A是B的全资子公司(A是B旗下的…)，总部设在L: A, not B
            return listed, (0.7 if "，" in between else 1.0)
        return [], 0.0

    def served_at(self, m: Mention) -> bool:
        """Whether ``m`` is where someone serves: 担任A（a）首席执行官, a verb of serving before it and only titles after it."""
        defined = ALIAS_DEFINITION.match(self.text, m.end)
        words = re.match(r"[^，。；,;]*", self.text[defined.end() if defined else m.end:self.end]).group()
        return bool(SERVED_AT.search(self.text, max(self.start, m.start - 2), m.start) and titles_in(words))

    def objects(self, pos: int, types, max_gap: int, units: bool = False) -> list[Mention]:
        """The list of things acted on after ``pos``: the first of ``types``, within ``max_gap`` characters
        after a relative clause that describes it (推出由两颗A与一颗B组成的C: C); a thing's business stands for
        the thing only where ``units`` are meant (聚焦于其控股子公司B的半导体业务: B is the unit)."""
        clause = RELATIVE_CLAUSE.match(self.text, pos, self.end)
        pos = clause.end() if clause else pos
        for m in [x for x in self.mentions if x.start >= pos]:
            between = self.gap(pos, m.start)
            if len(between) > max_gap or re.search(r"[，。；,;]", between) or between.endswith(("以", "在")) \
                    or between.startswith("、") or SPACED_CLAUSE.search(self.text, pos - 1, m.start + 1) \
                    or re.search(r"(?<!参)与$|同$|跟$", between):
                return []  # 成立了以A为组长的…: A is no object; 投资<N>万美元在A建立…: A is where; 由A发起、B参与的: B acts;
                # 投资约24亿欧元与A成立…: A is a partner
            if m.type in types:
                nxt = next((x for x in self.mentions if x.start >= m.end), None)
                if nxt is not None and nxt.type == m.type and APPOSED.fullmatch(self.text, m.end, nxt.start):
                    continue  # 发布通义千问新一代开源模型Qwen2.5: the family names the model launched
                defined = defined_alias(self.text, m.start, m.end, m.type)  # 收购A（以下简称“a”）持有的B股权
                end = defined.end() if defined else m.end
                held = re.match(rf"系?(?:所)?(?:持有?|拥有)的?|(?:{UNDER}|下属)的?(?:全资|控股)?(?:附属公司|子公司)?|(?:新|拟|将|所)?(?:设立|成立|组建)的",
                                self.text[end:end + 5])
                if held:  # 收购A持有的B股权, 收购A旗下的B, 投资A新设立的B: B is what is bought
                    return self.objects(end + held.end(), types, 4)
                if BUSINESS_OF.match(self.text, m.end) and not units or m.type == "PRODUCT" and NEWS_OF.match(self.text, m.end):
                    return []  # 收购A的服务器业务: a business of A, not A, is bought; 发布了A的预热信息: not A
                listed = self.coordinated_after(m, types)
                acts = next((i for i, x in enumerate(listed) if i and (ACTS.match(self.text, x.end) or CLAUSE_OPENER.match(
                    self.text[listed[i - 1].end:x.start] + "|" + self.text[x.end:x.end + 1]))), len(listed))
                return listed[:acts]  # 收购B、C收购D, 成立B，C校长…: C begins a clause of its own
        return []


@Language.factory("kg_relations", default_config={"threshold": 0.0})
def make_relations(nlp: Language, name: str, threshold: float):
    """Facts between the entities of ``doc._.kg_entities`` (set by ``kg_canonicalizer``)."""

    def relations(doc: Doc) -> Doc:
        doc._.kg_facts = [f for f in extract_facts(doc) if f.confidence >= threshold]
        return doc

    return relations


def mentions_of(doc: Doc) -> list[Mention]:
    """The mentions of ``doc._.kg_entities`` in text order."""
    return sorted({Mention(s.start_char, s.end_char, e.id, e.type) for e in doc._.kg_entities or []
                   for s in e.mentions}, key=lambda m: (m.start, -m.end))


def sentences(doc: Doc, mentions: list[Mention]) -> list[Sentence]:
    starts = [m.start for m in mentions]
    return [Sentence(doc, s, e, mentions, starts) for s, e in sentence_bounds(doc)]


class Facts:
    """The facts of one document, one per (head, relation, tail), each with its highest confidence; the text
    states a fact the title states too as surely, and with its own date (标题: 北京银行签约B; 开幕次日，北京银行与B签署…)."""

    def __init__(self, doc: Doc):
        self.dates = DateFinder(doc)
        self.found: dict[tuple, Fact] = {}
        self.title_end = doc.user_data.get("kg_title_end", -1)

    def add(self, head: Mention | str, relation: str, tail: Mention | str, sent: Sentence, confidence: float) -> None:
        h = head if isinstance(head, str) else head.id
        t = tail if isinstance(tail, str) else tail.id
        confidence = round(confidence, 3)
        if h == t:
            return
        if RELATIONS[relation].symmetric and h > t:
            h, t = t, h
        key = (h, relation, t)
        known = self.found.get(key)
        at = tail.start if isinstance(tail, Mention) else None
        if known is None or known.confidence < confidence or \
                known.confidence == confidence and known.evidence_start < self.title_end <= sent.start:
            self.found[key] = Fact(h, relation, t, self.dates.of(sent, at), sent.start, sent.end, confidence)
        elif known.date is None and (date := self.dates.of(sent, at)):
            self.found[key] = replace(known, date=date)  # (title: E在L开幕) E于8月8日在L开幕: the text's date


def extract_facts(doc: Doc) -> list[Fact]:
    entities = doc._.kg_entities or []
    mentions = mentions_of(doc)
    found = Facts(doc)
    facts, add = found.found, found.add
    by_id = {e.id: e for e in entities}
    context = Context(doc, mentions, by_id, facts)
    for sent in sentences(doc, mentions):
        positions(sent, context, add)  # first: a person titled in the sentence may act for the body in it
        agreements(sent, context, add)  # then: A与B签署协议，双方将共同成立C speaks of this sentence's A and B
        subject_verb_object(sent, context, add)
        places(sent, context, add)
        memberships(sent, context, add)
        elected_units(sent, context, add)
        put_on_list(sent, add)
        parts(sent, context, add)
        wholly_owned(sent, context, add)
        branch_parents(sent, context, add)
        shareholders(sent, context, add)
        nested_hosts(sent, context, add)
        host_roles(sent, context, add)
        transfers(sent, add)
    # cooperation is implied by an agreement between the same parties
    signed = {(f.head, f.tail) for f in facts.values() if f.relation == "signs_agreement_with"}
    return [f for f in facts.values() if not (f.relation == "partners_with" and (f.head, f.tail) in signed)]


class Context:
    """Article-level knowledge for coreference: who the article is about, what each entity is called."""

    def __init__(self, doc: Doc, mentions: list[Mention], by_id: dict, facts: dict[tuple, Fact]):
        self.doc, self.mentions, self.by_id, self.facts = doc, mentions, by_id, facts
        title_end = doc.user_data.get("kg_title_end", -1)
        title_agents = [m for m in mentions if m.end <= title_end and m.type in ("COMPANY", "ORGANIZATION")]
        self.topic = title_agents[0] if title_agents else None
        self.starts = [m.start for m in mentions]
        self.raised: Mention | None = None  # the latest party said to raise a round (完成…融资)

    def before(self, pos: int, types) -> list[Mention]:
        """The mentions of ``types`` that end before ``pos``, in text order."""
        return [m for m in self.mentions[:bisect_left(self.starts, pos)] if m.end <= pos and m.type in types]

    def last_of(self, ids, pos: int, types) -> list[Mention]:
        """The last mention before ``pos`` of each entity of ``ids``, where it is of ``types``."""
        before = self.mentions[:bisect_left(self.starts, pos)]
        found = (next((m for m in reversed(before) if m.id == i), None) for i in ids)
        return [m for m in found if m is not None and m.type in types]

    def antecedent(self, pos: int, types, topic_first: bool = False) -> Mention | None:
        """The company a pronoun at ``pos`` stands for: the latest before it, else the article's topic
        (first where ``topic_first``: 公司 alone is the company the article is about)."""
        if topic_first and self.topic and self.topic.type in types and self.topic.end <= pos:
            return self.topic
        for m in reversed(self.mentions[:bisect_left(self.starts, pos)]):
            if m.end <= pos and m.type in types and m.type in ("COMPANY", "ORGANIZATION"):
                return m
        return self.topic if self.topic and self.topic.type in types else None

    def both_parties(self, pos: int, types) -> list[Mention]:
        """The two parties 双方/两家 at ``pos`` stands for: those of the latest agreement or
        partnership stated before it, in its sentence or before, else of the latest investment, else the two
        joined last by 与."""
        deals = [f for f in self.facts.values() if f.relation in ("signs_agreement_with", "partners_with")
                 and f.evidence_start < pos] or \
            [f for f in self.facts.values() if f.relation == "invests_in" and f.evidence_start < pos]
        if not deals:  # A与B宣布，…。两家公司签署…: the two named last joined by 与
            return self.pair_before(pos, types)
        last = max(deals, key=lambda f: f.evidence_start)
        return self.last_of((last.head, last.tail), pos, types)

    def deal_parties(self, pos: int, types) -> list[Mention]:
        """The parties 三方/各方 at ``pos`` stands for: all those of the agreements stated in the latest
        sentence before it that states one."""
        deals = [f for f in self.facts.values() if f.relation == "signs_agreement_with" and f.evidence_start < pos]
        if not deals:
            return []
        last = max(f.evidence_start for f in deals)
        ids = {i for f in deals if f.evidence_start == last for i in (f.head, f.tail)}
        return sorted(self.last_of(ids, pos, types), key=lambda m: m.start)

    def pair_before(self, pos: int, types) -> list[Mention]:
        """The last two parties before ``pos`` joined by 与/和/及/同, an alias in brackets between them
        (A与B（Latin name）宣布): none where another body stands after them."""
        text = doc_text(self.doc)
        before = self.before(pos, types)
        for k in range(len(before) - 1, 0, -1):
            a, b = before[k - 1], before[k]
            if a.id != b.id and PAIR_LINK.fullmatch(text[a.end:b.start].lstrip("”\"）)")):
                return [a, b] if all(m.id in (a.id, b.id) or m.type not in AGENT_TYPES for m in before[k + 1:]) else []
        return []

    def listed_before(self, pos: int, types) -> list[Mention]:
        """What 上述企业 at ``pos`` stands for: the latest list of two or more names of ``types`` before it
        (签约企业包括A、B和C。…与上述企业代表签署)."""
        text = doc_text(self.doc)
        run: list[Mention] = []
        for m in reversed(self.before(pos, types)):
            if run and LIST_LINK.fullmatch(text[m.end:run[0].start]):
                run.insert(0, m)
            elif len(run) > 1:
                break
            else:
                run = [m]
        return run if len(run) > 1 else []

    def named_before(self, noun: str, pos: int, types) -> list[Mention]:
        """What 本届大会 or 该联盟 at ``pos`` stands for: the latest name before it, of ``types``, that ends in the
        noun, perhaps before its legal form (该中心: …创新中心有限公司), an event's year (大赛: …创新大赛（2024）) or a fund's
        phase (该基金: …投资基金三期股份有限公司), else the latest event whose name holds it (论坛: 中关村论坛年会); for a word any event is (本届展会), the
        latest event, with the event joined to it by 暨; for a kind of product (该模型), the latest product."""
        text = doc_text(self.doc)
        before = self.before(pos, types)[::-1]
        found = next((m for m in before if UNTIL_YEAR.match(base_name(text[m.start:m.end])).group().endswith(noun)), None) or \
            next((m for m in before if m.type == "EVENT" and (noun in ANY_EVENT or noun in text[m.start:m.end])), None) or \
            next((m for m in before if m.type == "PRODUCT" and noun in ANY_PRODUCT), None)
        return (self.joined_events(found) if noun in ANY_EVENT else [found]) if found else []

    def joined_events(self, m: Mention) -> list[Mention]:
        """``m`` and, for an event, the event joined to it by 暨 (E1大会暨E2会议: 本次会议, a word for any event, is
        both; 本届大会 is E1 alone)."""
        text = doc_text(self.doc)
        return [x for x in self.mentions if x == m or m.type == x.type == "EVENT" and "暨" in (text[x.end:m.start], text[m.end:x.start])]

    def by_head_noun(self, phrase: str, types) -> str | None:
        """The entity whose name ends in the head noun of ``phrase`` (…赋能中心), if exactly one does."""
        phrase = re.split(r"[，。；、,的]", phrase)[0]
        for size in range(min(len(phrase), 12), 3, -1):
            tail = phrase[-size:]
            if LEGAL_FORM.fullmatch(tail):
                return None  # …组建的有限责任公司: a kind of company, not one named
            hits = {e.id for e in self.by_id.values() if e.type in types and
                    any(n.endswith(tail) for n in (e.name, *e.aliases))}
            if len(hits) == 1:
                return hits.pop()
        return None


def subject_verb_object(sent: Sentence, ctx: Context, add) -> None:
    for form in SVO:
        acted: list[Mention] = []  # who did the last act of this form in the sentence
        for v in re.finditer(form.verbs, sent.text[sent.start:sent.end]):
            vs, ve = sent.start + v.start(), sent.start + v.end()
            if not _states(sent, vs, ve):
                continue
            if (NOT_ACTING.match(sent.text, ve) or form.relation == "founds" and SET_UP_WHEN.match(sent.text, ve)) \
                    and not any(m.start == ve for m in sent.mentions):
                continue  # 创办人, 收购计划, 成立后, 成立于<N>年的B: a noun or a time, not an act on an object
            after = sent.text[ve:ve + 2]
            passive = form.relation in ("acquires", "invests_in") and sent.text[vs - 1:vs] == "被"
            heads, weight = sent.subjects(vs - 1 if passive else vs, form.heads, blocking=form.tails)
            if heads and form.relation == "invests_in" and HOLDING.fullmatch(v.group()) \
                    and SELLER_OF.search(sent.text, sent.start, heads[0].start):
                continue  # 收购A持有的B<N>%股权: A sells its stake in B; the buyer acquires it
            if heads and BY.search(sent.text, heads[-1].end, vs):
                heads = []  # A认购由<N>家投资方共同发起设立的B: the one who acts is after 由, not A
            if len(heads) == 1 and JOINTLY.search(sent.text[sent.start:vs]):  # 双方将成立B，并联合推出C: both, not B
                heads, weight = _both_opening(sent, vs, form.heads) or (heads, weight)
            if heads:  # A将与(…)B共同出资设立C, A联合(…)B、C成立D, A与B签署了共建C的协议: all of them act
                joined = [p for p in _joined_parties(sent, ctx, vs) if p.type in form.heads]
                if heads[-1] in joined[1:] and (JOINTLY.search(sent.text, heads[-1].end, vs) or v.group().startswith("共") or
                                                PARTNER_LINK.search(sent.text, joined[0].end, heads[-1].start)):
                    heads = joined
            start = ve + (1 if after.startswith(("了", "的")) else 0)
            amount = STAKE_AMOUNT.match(sent.text, start) if form.relation in ("acquires", "invests_in") else None
            tails = sent.objects(amount.end(), form.tails, 4) if amount else \
                sent.objects(start, form.tails, form.object_gap)  # not 持有<N>万股股份质押给B: B is no stake
            if form.relation == "launches_product" and tails:
                tails = tails + _members(sent, tails[-1])
            if passive:  # B被A收购: A is right before the verb, B before 被
                heads, tails = heads[-1:], [m for m in sent.subjects(heads[0].start, form.tails)[0]] if heads else []
                weight = 1.0
            if heads and not tails and not passive and form.relation in ("acquires", "invests_in") and \
                    sent.text[heads[0].start - 1:heads[0].start] == "被":  # B(已)被A收购
                tails = sent.subjects(heads[0].start - 1, form.tails, max_gap=8)[0]
            if not tails and not passive and form.relation == "acquires":  # A将B收入囊中
                held = next((m for m in reversed(sent.outer) if m.end <= vs), None)
                if held and held.type in form.tails and re.fullmatch(r"(?:将|把)", sent.text[held.start - 1:held.start]) \
                        and re.fullmatch(r"(?:全部|一并)?", sent.text[held.end:vs]):
                    tails = [held]
                    heads, weight = sent.subjects(held.start - 1, form.heads, blocking=form.tails)
            if form.relation == "member_of" and v.group() in ("成为", "获评"):  # A成为B(的首批)成员, not A成为B的主体
                tails = [t for t in tails if MEMBER_WORD.match(sent.text[t.end:t.end + 8])]
            this = THIS_OBJECT.match(sent.text, ve) if not tails and not passive else None
            if this:  # 加入该基金会: the one just named that ends in the noun (not 该公司, which any company may be)
                tails = next((found for size in (3, 2) if (found := ctx.named_before(
                    sent.text[this.end():this.end() + size], vs, form.tails))), [])
            own = OWN_OBJECT.match(sent.text, ve) if not tails and form.relation in ("acquires", "invests_in") else None
            announced = NOTICE.search(sent.text, sent.start, vs) if own else None
            if announced:  # A、B和C同步公告，D已于当日增持本行A股股份: D invests in A, B and C
                tails = sent.subjects(announced.start(), form.tails)[0]
            if not tails and sent.text[ve:ve + 1] == "的":
                tails = _relative_object(sent, ctx, ve + 1, form) or (_described_subject(sent, ctx, heads[0], form.tails) if heads else [])
            if not tails and not passive and form.relation != "founds" and \
                    not any(ve <= m.start <= ve + 1 for m in sent.mentions):
                # A完成对B的收购 / A对B进行增资 / A向B追加投资, but not 对B投资C (向B收购: B sells), nor A对B发起收购
                to = "[对向]" if form.relation == "invests_in" else "对"
                target = re.search(rf"{to}([^，。；,;对向]{{2,30}}?)(?:的|进行|实施|实行|追加|增加|再次|继续)?$",
                                   sent.text[sent.start:vs])
                if target:
                    pos = sent.start + target.start() + 1
                    tails = sent.objects(pos, form.tails, 0)
                    heads, weight = sent.subjects(pos - 1, form.heads, blocking=form.tails)
            if not heads and not tails and form.relation == "launches_product" and not FEATURE_OBJECT.match(sent.text, ve):
                heads, tails = _owned_subject(sent, ctx, vs, form, acted)
                weight = 0.9
            if not heads:
                heads, weight = _pronoun_subject(sent, ctx, vs, form.heads)
            if not heads and not (sent.text[ve:ve + 1] == "的" and re.search(r"在[^，。；,;]*$", sent.text[sent.start:vs])):
                heads, weight = _speaker_for(sent, ctx, vs, form.heads)  # not X在近日举行的E上: X attends E
            if not heads:
                heads, weight = _event_organiser(sent, ctx, vs, form.heads)
            if not heads and tails and GOES_ON.search(sent.text, sent.start, vs):
                heads, weight = acted, 0.7  # A发布B，同时推出C: A again
            if not heads and tails:
                heads, weight = _opening_subject(sent, vs, form.heads, tails)
            acted = heads or acted
            # 由曾任AMD全球副总裁的陈维良创立: 由 opens the clause that describes the one who acts
            described_by = BY_DESCRIBED.search(sent.text, sent.start, heads[0].start) if heads and not tails else None
            agent = heads[0] if described_by else \
                _titled_body(sent, heads[0]) or heads[0] if heads else None  # 由A教授X创立: A, X's body, follows 由
            when = TIME_OF_TITLE.search(sent.text, min(sent.start, agent.start), agent.start) if agent else None
            by_at = described_by.start() if described_by else agent.start - 1 - len(when.group()) if agent and not tails else -1
            by = sent.text[by_at:by_at + 1] if by_at >= 0 else ""
            if by == "经" and form.relation == "issues_policy":  # 《P》经A审议通过
                tails = sent.subjects(by_at, form.tails, max_gap=2)[0]
            if by == "由" and not re.search(r"[，,]", sent.gap(agent.end, vs)):  # not 由A牵头…，每年发布…: A acts there
                guided = GUIDED.search(sent.text, sent.start, by_at)  # X在G指导下，由A发起: X, not G
                before = guided.start() if guided else by_at
                tails, _ = sent.subjects(before, form.tails, max_gap=12)  # E…，由A主办
                described = next((m for m in reversed(sent.outer) if m.end < by_at), None)
                if not tails and described and described.type in form.tails and \
                        DESCRIBED.fullmatch(sent.gap(described.end, by_at)):
                    tails = [described]  # E是…的机构，由A发起
                set_up = SET_UP_CLAUSE.search(sent.text, sent.start, before)
                named = THIS_ONE.search(sent.text, sent.start, set_up.start() if set_up else before)
                if not tails and named:  # 本届大会由A主办, 该联盟由A发起成立, 该联盟成立于<N>年，由A发起
                    tails = ctx.named_before(named.group(1), named.start(), form.tails)
                opening = sent.clause_start(before)
                if not tails and re.fullmatch(PRONOUN_WORDS, sent.text[opening:before]):  # 公司由A创办: the company meant
                    tails = [m for m in [_owner(sent, ctx, opening, sent.text[opening:before])] if m and m.type in form.tails]
                led = None if tails else re.match(rf"[^。；]{{0,40}}?(?<!{UNDER}|下属)的[“\"「]?", sent.text[ve:sent.end])
                if led:  # 由A主办，B协办，C支持的E; not 由A领投，C旗下的D跟投: D is a unit of C, no thing led
                    tails = sent.objects(ve + led.end(), form.tails, 0)
            if heads and not tails and form.relation == "hosts_event" and \
                    HOSTED.search(sent.text, sent.start, heads[0].start):
                tails = [f.tail for f in ctx.facts.values()  # E由A主办，B承办; E是由A共同举办的，B承办
                         if f.relation == "hosts_event" and f.evidence_start == sent.start]
            if heads and form.relation in ("hosts_event", "founds"):
                by = next((b for b in LED_BY.finditer(sent.text, sent.start, heads[0].start) if b.end() == heads[0].start),
                          None)
                guided = GUIDED.search(sent.text, sent.start, by.start()) if by else None  # X是在G指导下，由A推动
                named = THIS_ONE.search(sent.text, sent.start, guided.start() if guided else by.start()) if by else None
                if by and not tails:  # E由A指导，B主办: B hosts E; 该联盟由A指导，B发起成立: B founds it
                    tails = sent.subjects(by.start(), form.tails, max_gap=12)[0] or \
                        (ctx.named_before(named.group(1), named.start(), form.tails) if named else [])
                if by:  # and 由A牵头，联合B、C共同出资设立的D: A founds D with them
                    if form.relation == "founds" and (by.group(1) in ("牵头", "发起") or JOINING.search(by.group())):
                        # 由A牵头，B、C共同发起; 由A和B推动，联合C、D共同发起设立: A too
                        heads = [m for m in sent.outer if by.start() < m.start and m.end <= by.end()
                                 and m.type in form.heads and m not in heads] + heads
            if not heads and tails:
                by = re.search(r"由([^，。；]{0,40})$", sent.text[sent.start:vs])
                if by:  # P由A印发
                    heads, weight = sent.subjects(vs, form.heads, max_gap=len(by.group(1)))
            opened = sent.text.rfind("《", sent.start, vs)
            if opened > sent.text.rfind("》", sent.start, vs):  # 《关于召开B股东大会的提案》: a verb of a title acts there only
                heads = [h for h in heads if h.start > opened]
            if form.relation == "issues_policy" and tails:  # 经A同意，(B)印发《P》; 《P》由B制定，经A同意: A issues P too
                heads = heads + [m for a in APPROVED_BY.finditer(sent.text, sent.start, sent.end) for m in sent.outer
                                 if a.start(1) <= m.start and m.end <= a.end(1) and m.type in form.heads and m not in heads]
            if len(heads) == len(tails) > 1 and RESPECTIVELY.search(sent.text, heads[-1].end, vs):
                pairs = zip(heads, tails)  # A、B、C先后入股D、E、F: A D, B E, C F
            else:
                pairs = ((h, t) for h in heads for t in tails)
            funded = form.relation == "founds" and ("出资" in v.group() or bool(heads) and bool(
                FUNDED_WITH.search(sent.text, heads[-1].end, vs)))
            for h, t in pairs:
                add(h, form.relation, t, sent, form.confidence * weight)
                if funded:  # A出资设立B, A与C共同出资成立B: A's capital is in B
                    add(h, "invests_in", t, sent, form.confidence * weight)
        if form.relation == "invests_in":
            _investments(sent, ctx, add)


def _members(sent: Sentence, family: Mention) -> list[Mention]:
    """The products listed as members of the family just named (A系列模型，包括(kind)B和(kind)C: B and C)."""
    listed = MEMBERS.match(sent.text, family.end)
    out: list[Mention] = []
    pos = listed.end() if listed else sent.end
    for m in [x for x in sent.outer if x.start >= pos]:
        if m.type != "PRODUCT" or not MEMBER_GAP.fullmatch(sent.text, pos, m.start):
            break
        out.append(m)
        pos = m.end
    return out


def _states(sent: Sentence, vs: int, ve: int) -> bool:
    """Whether the verb at ``vs:ve`` states an act of the sentence: not negated (未收购), denied or called off (否认了此前A将收购B的
    消息, A终止200亿美元收购B), rumoured (有关A正与B合作开发芯片的传闻, 有消息称A计划加入B, 传A将加入B) or ruled out (并不涉及A收购B的控股权), not in a clause that describes a party (与持有公司股份的B签署), not inside a name (…公用投资控股有限公司)."""
    return not (NEGATION.search(sent.text, max(sent.start, vs - 3), vs) or DENIED.search(sent.text, sent.start, vs)
                or REPORTED.search(sent.text, sent.start, vs) or RUMOUR_OPENING.match(sent.text, sent.start) and not any(m.start == sent.start for m in sent.mentions)
                or NOT_INVOLVED.search(sent.text, max(sent.start, vs - 20), vs)
                or RUMOURED.match(sent.text, ve, sent.end)
                or NOUN_BEFORE.search(sent.text, max(sent.start, vs - 3), vs)
                or RELATIVE_AFTER.search(sent.text, max(sent.start, vs - 2), vs)
                or any(m.start <= vs and ve <= m.end for m in sent.mentions))


def _owned_subject(sent: Sentence, ctx: Context, vs: int, form: Verbs,
                   acted: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A旗下(的)P正式上线, A的P在展台首次亮相, A自研的通用大语言模型P正式亮相, A宣布P正式上市: the products are the
    subject of the verb, and their owner launches them; so does the body of one who announces them (阿里云CTO周靖人宣布，
    通义千问新一代开源模型Qwen2.5系列正式上线) or, with neither, the one who launched in the sentence before
    (A宣布P正式上市，其中B与C两款机型即刻在商城开售: A), unless P is where (…，新模型同步在其AI助手“P”上线)."""
    before = [m for m in sent.outer if m.end <= vs and not sent.placed(m)]
    if not before or before[-1].type not in form.tails \
            or not LAUNCHED_GAP.fullmatch(sent.gap(before[-1].end, vs).lstrip(CLOSING_MARKS)):  # 《P》正式发售, “P”正式上线
        return [], []
    things = sent.coordinated_before(before[-1], form.tails)
    if sent.placed(things[0]):  # 在A、B和C开售: the stores where, all of them
        return [], []
    owner = next((m for m in reversed(before) if m.end <= things[0].start), None)
    # past the bracket of a short name the owner is defined by (A（a）11月28日宣布，P上线)
    owned = sent.gap(owner.end, things[0].start).rstrip(OPENING_MARKS).lstrip("）)") if owner is not None else ""
    if owner is not None and owner.type in form.heads and (OWNED.fullmatch(owned) or ANNOUNCED.fullmatch(owned)) \
            and (sent.text[owner.start - 1:owner.start] != "由"  # 由A旗下的B研发: B is the maker
                 or MADE_BY.match(sent.text, owner.end)):  # but 由A开发的P正式发售: A
        return [owner], things
    family = owner is not None and owner.type in form.tails and APPOSED.fullmatch(sent.gap(owner.end, things[0].start))
    said = SAID.search(sent.text, sent.start, owner.start if family else things[0].start)
    heads = _speaker_for(sent, ctx, said.start(), form.heads)[0] if said else []
    if heads:
        return heads, things
    gap = sent.gap(acted[-1].end, things[0].start) if acted else ""
    return (acted, things) if CLAUSE_COMMA.search(gap) and not IN_CLAUSE.search(gap) else ([], [])


def _relative_object(sent: Sentence, ctx: Context, pos: int, form: Verbs) -> list[str]:
    """A设立的…中心: the noun phrase after 的 names an entity by its head noun; a kind of company in a sentence
    that opens with 这家 is the company named last (B注册成立。这家由A、C等共同出资的企业，…: B)."""
    phrase = re.match(r"[^，。；,;]{2,24}", sent.text[pos:sent.end])
    target = ctx.by_head_noun(phrase.group(), form.tails) if phrase else None
    if not target and sent.text.startswith("这家", sent.start) and COMPANY_KIND.match(sent.text, pos):
        target = ctx.antecedent(sent.start, form.tails & {"COMPANY"})
    return [target] if target else []


COPULA_END = re.compile(r"(?:是|为|系)$")


def _described_subject(sent: Sentence, ctx: Context, agent: Mention, types) -> list[Mention]:
    """What a clause G是A…V的N describes as made by ``agent``: G right before 是, or the body 该联盟 opening the
    sentence stands for (该联盟是世界经济论坛于2017年发起成立的公私合作平台: the alliance)."""
    clause = sent.clause_start(agent.start)
    copula = COPULA_END.search(sent.text, clause, agent.start)
    if copula is None:
        return []
    named = [m for m in sent.outer if clause <= m.start and m.end <= copula.start() and m.type in types]
    if named:
        return named[-1:] if copula.start() - named[-1].end <= 2 else []
    return [m for m, end in _opening_reference(sent, ctx, set(types)) if end == copula.start()]


def _titled_body(sent: Sentence, person: Mention) -> Mention | None:
    """The body named with titles right before ``person`` (清华大学交叉信息研究院助理教授|杨植麟), if any."""
    body = next((m for m in reversed(sent.outer) if m.end <= person.start), None) if person.type == "PERSON" else None
    return body if body is not None and body.type in AGENT_TYPES and titled(sent, body, person) else None


AT_EVENT = re.compile(r"在[^，。；,;在]{1,40}?(?:大会|论坛|峰会|会议|发布会|活动|盛典|展会|博览会)(?:上|中|期间)")  # 在L举行的E上
SETTING = re.compile(r"在[^，。；,;]{1,20}[中上][，,]")  # where the subject acts: (X)在…主题演讲中，(发布)
BOTH_CLAUSE = re.compile(rf"[，,]{BOTH_WORDS}[^，,。；;]*[，,](?:并|还|也|同时)")


def _both_opening(sent: Sentence, vs: int, types) -> tuple[list[Mention], float] | None:
    """The two parties the sentence opens with, joined by 与/和, where a clause on 双方 goes on to the verb at ``vs``
    (A与B宣布，双方将成立C，并联合推出D: A and B)."""
    both = BOTH_CLAUSE.search(sent.text, sent.start, vs)
    if not both or both.end() > vs:
        return None
    parties = [m for m in sent.outer if m.end <= both.start() and m.type in types]
    for a, b in zip(parties, parties[1:]):  # 软银集团（SoftBank Group）与OpenAI: the alias in brackets, then B
        if a.id != b.id and sent.gap(a.end, b.start).lstrip("”\"）)") in ("与", "和", "及"):
            return [a, b], 0.75
    return None


def _speaker_for(sent: Sentence, ctx: Context, vs: int, types) -> tuple[list[Mention], float]:
    """英伟达CEO黄仁勋发布…, A董秘X表示，设立B…: a person named with a title acts for the body before the title, as
    one titled at a single body does where the person is the subject (黄仁勋同时发布了P; 其首席执行官李健首次公开亮相，发布了P),
    past the event where the person speaks (黄仁勋在L举行的E上发表主题演讲，展示了P)."""
    settings = [m.span() for m in AT_EVENT.finditer(sent.text, sent.start, vs)]
    before = [m for m in sent.outer if m.end <= vs and not placed(sent.text, m.start)
              and not any(a <= m.start and m.end <= b for a, b in settings)]
    if not before or before[-1].type != "PERSON" or len(AT_EVENT.sub("", sent.gap(before[-1].end, vs))) > 20:
        return [], 0.0
    said = SETTING.sub("", sent.gap(before[-1].end, vs).lstrip("）)"))  # X在主题演讲中，发布了P: X acts
    named = sent.defined_by(before[-1])  # A CEO X（Latin name）表示: X, named again in brackets
    before = [m for m in before if m.end <= named.end] if named else before
    held = {f.tail for f in ctx.facts.values() if f.relation == "holds_position_at" and f.head == before[-1].id}
    body = ctx.by_id.get(held.pop()) if len(held) == 1 and len(CLAUSE_COMMA.findall(said)) <= 1 else None
    if body is not None and body.type in types:
        return [Mention(before[-1].start, before[-1].end, body.id, body.type)], 0.7
    if len(before) < 2:
        return [], 0.0
    person, body = before[-1], before[-2]
    titles = titled(sent, body, person)
    if body.type in types and titles and \
            (not re.search(r"[，,]", said) or SAYS.match(said) and len(re.findall(r"[，,]", said)) == 1):
        return _place_government(sent, ctx, body, titles), 0.8
    return [], 0.0


def _place_government(sent: Sentence, ctx: Context, body: Mention, titles: str) -> list[Mention]:
    """``body``, or for a place or its party committee with its 市长/省长… (苏州市副市长X与B签约, 大同市委副书记、
    市长X与B签署协议), the place's government the article names, standing where the place is named; none
    where it names none for a place, the committee for a committee."""
    level = next((lv for title, lv in GOVERNMENT_OF_TITLE.items() if title in titles), None)
    surface = sent.text[body.start:body.end]
    committee = PARTY_COMMITTEE.fullmatch(surface) if body.type == "GOVERNMENT" else None
    if level is None or body.type != "LOCATION" and committee is None:
        return [body]
    gov = _government(ctx, level, committee.group(1) if committee else surface.rstrip("市省区县州"))
    return [Mention(body.start, body.end, gov, "GOVERNMENT")] if gov else [body] * bool(committee)


def _event_organiser(sent: Sentence, ctx: Context, vs: int, types) -> tuple[list[Mention], float]:
    """“科大讯飞AI TechDay”系列活动在深圳落地，并升级…: an event named after its organiser acts for it, as does
    the one the sentence says holds it (三星电子…在圣何塞举行Galaxy Unpacked 2025发布会，正式推出P)."""
    before = [m for m in sent.outer if m.end <= vs and not placed(sent.text, m.start)]
    if not before or before[-1].type != "EVENT":
        return [], 0.0
    event, between = before[-1], sent.gap(before[-1].end, vs)
    if len(between) > 25 or len(re.findall(r"[，,]", between)) > 1:
        return [], 0.0
    organiser = next((m for m in sent.mentions if m.start == event.start and m.end < event.end and m.type in types), None)
    hosts = {f.head for f in ctx.facts.values() if f.relation == "hosts_event" and f.tail == event.id
             and f.evidence_start == sent.start}
    organiser = organiser or next((m for m in sent.outer if m.id in hosts and m.end <= event.start and m.type in types), None)
    return ([organiser], 0.7) if organiser else ([], 0.0)


def _pronoun_subject(sent: Sentence, ctx: Context, vs: int, types) -> tuple[list[Mention], float]:
    commas = [sent.start, *(m.end() + sent.start for m in re.finditer(r"[，,]", sent.text[sent.start:vs]))]
    clause_start = commas[-1]
    # the pronoun ends the clause before the verb, or begins the clause before one that
    # goes on with 并/还/也 or a joint act (双方将…，并共同推出; 双方拟各出资…，共同发起设立); a word inside a name is
    # none (阿里巴巴集团董事会主席X在…)
    subject, before = _unnamed(sent, clause_start, vs), ""
    if len(commas) > 1 and re.match(r"并|还|也|同时|共同|联合", subject):
        before = _unnamed(sent, commas[-2], commas[-1])
    said = lambda words: re.search(words + r"[^，。；]{0,12}$", subject) or re.match(words, before) or \
        re.match(words + r"(?=拟|将|已|还|也|于|以|通过|计划)", subject)  # 公司拟以自有资金10亿元在L设立B: the clause's subject
    if said(BOTH_WORDS):
        both = ctx.both_parties(clause_start, types)
        return (both, 0.75) if len(both) == 2 else ([], 0.0)
    if said(ALL_WORDS):
        every = ctx.deal_parties(clause_start, types)
        return (every, 0.75) if len(every) > 2 else ([], 0.0)
    pronoun = said(PRONOUN_WORDS)
    if pronoun:  # 公司于<N>年推出: a company, not the university named last; 公司 alone: the article's
        # 其 in a sentence on 该公司 stands for it: 该公司致力于…，其推出的P
        word = COMPANY_WORD.match(pronoun.group()) or COMPANY_WORD.match(sent.text, sent.start, clause_start)
        m = ctx.antecedent(clause_start, types & {"COMPANY"} if word else types, topic_first=bool(word) and not word.group(1))
        if m:
            return [m], 0.75
    return [], 0.0


def _opening_subject(sent: Sentence, vs: int, types, tails: list[Mention]) -> tuple[list[Mention], float]:
    """A昨日连发两则公告，…，同时又宣布对B增资: a clause that goes on with no name before its verb but the
    ``tails`` has the sentence's opening name for subject; not a parent (A旗下B…，并对C进行升级: B's act)."""
    clause = GOES_ON_CLAUSE.search(sent.text, sent.start, vs)
    first = sent.outer[0] if sent.outer else None
    if not clause or first is None or first.type not in types or any(
            clause.start() <= m.start < vs and m not in tails for m in sent.outer) or \
            not OPENS.fullmatch(sent.text, sent.start, first.start) or UNIT_AFTER.match(sent.text, first.end):
        return [], 0.0
    return [first], 0.7


def _unnamed(sent: Sentence, a: int, b: int) -> str:
    """The text from ``a`` to ``b`` with the names in it blanked out, so that no word of a name
    (集团 in 阿里巴巴集团) reads as a pronoun."""
    chars = list(sent.text[a:b])
    for m in sent.mentions:
        for i in range(max(m.start, a), min(m.end, b)):
            chars[i - a] = "\u3000"
    return "".join(chars)


def _investments(sent: Sentence, ctx: Context, add) -> None:
    """B完成…融资，A领投、C跟投: the investors named with 领投/跟投 invest in the one that raised;
    in a later sentence, 本轮融资由A领投，C跟投 speaks of the round B raised (so it does after A向B投资 in its own),
    and A、C等作为基石投资者参与认购 of the shares B listed; A认购配套募集资金 of the shares the company the article
    is about issues; 由A领投、C跟投，B完成…融资 names them first."""
    raised = FINANCING.search(sent.text[sent.start:sent.end])
    if raised:
        pos = sent.start + raised.start()
        investees, _ = sent.subjects(pos, AGENT_TYPES)
        ctx.raised = investees[-1] if investees else ctx.raised
        pos = sent.start if LED_FIRST.match(sent.text, sent.start) else pos
    elif (ROUND.match(sent.text, sent.start) or CORNERSTONE.search(sent.text, sent.start, sent.end)
          or INVESTOR_LIST.search(sent.text, sent.start, sent.end) or OLD_HOLDERS.search(sent.text, sent.start, sent.end)) \
            and ctx.raised:  # 产业投资方——A、B; 另有老股东C追加投资: the round just raised
        pos, investees = sent.start, [ctx.raised]
    elif (toward := TOWARD_INVESTEE.search(sent.text, sent.start, sent.end)) \
            and ROUND.search(sent.text, toward.end(), sent.end):  # A将向B投资…，本轮融资由A领投，C跟投: B's round
        pos = toward.end()
        investees = [m for m in sent.outer if toward.start() < m.start and m.end <= pos and m.type in AGENT_TYPES][-1:]
    elif (subscribed := SUBSCRIBED.search(sent.text, sent.start, sent.end)) and ctx.topic is not None \
            and ctx.topic.type == "COMPANY" and not any(subscribed.start() < m.start < subscribed.end() for m in sent.mentions):
        pos, investees = sent.start, [ctx.topic]  # A将认购配套募集资金: the shares of the company the article is about
        # (not 认购B定向增发的股票: B's)
    else:
        return
    if not investees:
        return
    # 老股东A继续加注/加码; A、B作为基石投资者, but not 由C担任保荐人，引入基石投资者: C is no investor
    for lead in re.finditer(r"领投|跟投|参投|(?<!增)加注|加码|认购|联合投资|共同投资|(?<=作为基石|作为战略|作为锚定)投资者|投资(?!者)",
                            sent.text[pos:sent.end]):
        if any(m.start <= pos + lead.start() < m.end for m in sent.mentions):
            continue  # 哈勃科技创业投资有限公司: a word inside a name is no act
        investors, weight = sent.subjects(pos + lead.start(), AGENT_TYPES)
        for a in investors:
            if a not in investees:
                add(a, "invests_in", investees[-1], sent, 0.75 * weight)
    for listed in INVESTOR_LIST.finditer(sent.text, pos, sent.end):
        for a in _listed_investors(sent, listed.end()):
            if a not in investees:
                add(a, "invests_in", investees[-1], sent, 0.75)


def _listed_investors(sent: Sentence, start: int) -> list[Mention]:
    """The organisations listed from ``start`` to the end of the clause, and of the clauses that go on with 以及."""
    end = start
    while (comma := COMMA.search(sent.text, end, sent.end)) and LIST_GOES_ON.match(sent.text, comma.start()):
        end = comma.end()
    end = comma.start() if comma else sent.end
    return [m for m in sent.outer if start <= m.start and m.end <= end and m.type in AGENT_TYPES
            and not UNIT_AFTER.match(sent.text, m.end)]  # A旗下的B: B invests


def agreements(sent: Sentence, ctx: Context, add) -> None:
    """A与B签署…协议 / A携手B合作: every pair of the parties joined before the verb."""
    text = sent.text
    for pattern, relation in ((SIGN, "signs_agreement_with"), (PARTNER, "partners_with")):
        for v in pattern.finditer(text[sent.start:sent.end]):
            vs, ve = sent.start + v.start(), sent.start + v.end()
            if NEGATION.search(text[max(sent.start, vs - 3):vs]) or RUMOURED.match(text, ve, sent.end) \
                    or NOT_INVOLVED.search(text, max(sent.start, vs - 20), vs) or REPORTED.search(text, sent.start, vs):
                continue  # 有媒体报道称，A已与B展开合作: a rumour
            if relation == "signs_agreement_with" and v.group() in ("签署", "签订", "签定", "订立", "签下", "共签", "达成", "签") \
                    and not SIGN_OBJECT.search(re.match(r"[^，。；,;]{0,60}", text[ve:sent.end]).group()):
                continue  # what is signed, up to the end of the clause, is an agreement
            parties = []
            if DEAL_WITH.fullmatch(v.group()):  # A携手B, A签约B, not A与B联手打造的C
                right = sent.objects(ve, PARTIES, 4)
                if right and re.fullmatch(r"[了“”\"「」]?", text[ve:right[0].start]):
                    parties = sent.subjects(vs, PARTIES)[0] + right
            if not parties:  # A与B签署 / A与B携手推出 / A与B联合开发
                parties = _joined_parties(sent, ctx, vs)
            if not parties:  # A与X签订…协议: a party named as no recogniser knew it, untitled, beside a body
                parties = [p for p in _joined_parties(sent, ctx, vs, PARTIES | {"PERSON"})
                           if p.type != "PERSON" or _bare_name(sent, p)]
                parties = parties if len(parties) > 1 and any(p.type in AGENT_TYPES for p in parties) else []
            if not parties and relation == "signs_agreement_with":  # A、B、C(三方)签订, A、B、C三方合作协议签约仪式: the listed sign together
                listed, _ = sent.subjects(vs, PARTIES, max_gap=12)
                parties = listed if len(listed) > 1 and not re.search(r"[与和同跟及]", sent.gap(listed[0].end, listed[-1].start)) \
                    and re.fullmatch(r"(?:[二两三四五六七八九十]方|各方|共同|联合|正式|今日|日前|近日|战略|合作|框架|协议)*",
                                     sent.gap(listed[-1].end, vs)) else []
            if not parties:  # 双方/两家公司签署: the parties 双方 stands for
                both, _ = _pronoun_subject(sent, ctx, vs, PARTIES)
                parties = both if len(both) == 2 else []
            above = None if parties else ABOVE_LISTED.search(text, sent.start, vs)
            if above:  # A负责人与上述企业代表签署: A with each of the companies listed before
                listed = ctx.listed_before(sent.start, {"COMPANY", "ORGANIZATION"})
                parties = sent.subjects(above.start(), PARTIES)[0][-1:] + listed if listed else []
            parties = [p for p in parties if not placed(text, p.start, ("在", "于"))
                       and not (p.type == "LOCATION" and KIND_AFTER_PLACE.match(text, p.end))]
            each = parties[1:] if above else _each_with(sent, parties, vs, ve, relation == "signs_agreement_with")
            if parties and DENIAL.search(text, parties[0].start, vs) \
                    and not (text.startswith("的", ve) and ENDED.search(text, parties[0].start, vs)):
                continue  # A未与B签署 / A否认与B合作, but A与B终止双方签署的协议: they signed it
            if len(parties) > 2 and SOMEONES_PARTNERS.match(text, vs - 1) and \
                    not re.search(r"与|同|跟", sent.gap(parties[0].end, parties[-1].start)):
                continue  # A、B和C将成为首批提供…的合作伙伴: partners of another, not of one another
            paired = _paired(sent, parties)
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    if frozenset((a, b)) in paired if paired else not (a in each and b in each):
                        add(a, relation, b, sent, 0.85 if relation == "signs_agreement_with" else 0.7)


PAIR_LINK = re.compile(r"\s*(?:与|和|同|跟)\s*")
LIST_LINK = re.compile(r"\s*(?:、|和|及|以及)\s*")
# the bodies listed before, as the other side of a deal (与上述企业代表逐一签署, 与以上5家企业签约)
ABOVE_LISTED = re.compile(r"(?:与|和|同|跟)(?:上述|以上|前述)(?:[\d一二两三四五六七八九十]+家)?(?:企业|公司|单位|机构|各方)"
                          r"(?:代表|负责人)?[^，。；,;与和]{0,6}$")
PAIR_BREAK = re.compile(r"\s*[、，,；;]\s*")


def _paired(sent: Sentence, parties: list[Mention]) -> set[frozenset] | None:
    """The pairs of a list of pairs, A与B、C与D(分别签署): A with B and C with D, not A with C; None where
    the parties are no such list."""
    if len(parties) < 4 or len(parties) % 2:
        return None
    for k in range(1, len(parties)):
        gap = sent.gap(parties[k - 1].end, parties[k].start)
        if not (PAIR_LINK if k % 2 else PAIR_BREAK).fullmatch(gap):
            return None
    return {frozenset(parties[k:k + 2]) for k in range(0, len(parties), 2)}


def _each_with(sent: Sentence, parties: list[Mention], vs: int, ve: int, signing: bool) -> list[Mention]:
    """The parties that each deal with the others, not with one another: A、B分别与C签署 (A and B);
    A分别/相继/先后与B、C签署 (B and C); A与B、C等高校签约 (B and C: a list closed by 等 names several deals),
    as A与B、C签署, A、B两家厂商同C签订 (a list closed by its count) and, where they sign (``signing``), A、B与C签署 do
    where they do not act as three (三方共同签署, 签署三方协议: the verb ends at ``ve``)."""
    each = re.search(r"(?:分别|相继|先后|各自)(?:与|和|同|跟)", sent.text[sent.start:vs])
    if not each and len(parties) > 2 and EACH_BEFORE_VERB.search(sent.gap(parties[-1].end, vs)):
        return _listed_side(sent, parties)
    if not each and len(parties) > 2 and ET_AL.match(sent.text, parties[-1].end):
        return parties[1:]
    if not each:  # A与B、C签署: A with B and A with C, unless they sign as three (三方, 共同); A、B与C签署 too, not A、B与C合作
        listed = [] if len(parties) < 3 or MANY_SIDED.search(sent.gap(parties[0].end, vs)) \
            or MANY_SIDED_OBJECT.match(sent.text, ve) else _listed_side(sent, parties)
        return listed if signing or listed[:1] == parties[1:2] or listed and COUNTED_LIST.match(sent.text, listed[-1].end) else []
    before = [p for p in parties if p.end <= sent.start + each.start()]
    return before if len(before) > 1 else [p for p in parties if p.start >= sent.start + each.end()]


def _listed_side(sent: Sentence, parties: list[Mention]) -> list[Mention]:
    """Of the parties a 与 parts in two, the side that lists several (A与B、C分别签署: B and C), or none."""
    link = next((k for k in range(1, len(parties))
                 if re.search(r"与|和|同|跟", sent.gap(parties[k - 1].end, parties[k].start))), None)
    if link is None:
        return []
    left, right = parties[:link], parties[link:]
    return right if len(left) == 1 else left if len(right) == 1 else []


def _bare_name(sent: Sentence, person: Mention) -> bool:
    """Whether a person's name stands with no title before or after it (not 宝钢股份副总经理X, X董事长)."""
    return _titled_body(sent, person) is None and not TITLE_BESIDE.match(sent.text, person.end) and \
        not re.search(rf"(?:{TITLE_BESIDE.pattern})$", sent.text[sent.start:person.start])


def _joined_parties(sent: Sentence, ctx: Context, vs: int, types=PARTIES) -> list[Mention]:
    """The parties before a verb that a 与/和/同/跟/联合 joins: A(宣布)与B(在L)签署, A联合B成立,
    公司与B签署 (the company 公司 stands for)."""
    before = [m for m in sent.mentions if m.end <= vs and m.type in types]
    for i in range(len(before) - 1, -1, -1):
        b = before[i]
        owner = _chain_owner(sent, b)  # A与B旗下全资子公司C签署: C is the party, joined where B is
        link = JOINED.search(sent.text, sent.start, owner.start)
        right = [r for r in sent.coordinated_after(b, types) if r.end <= vs]  # A与B、C、D共同签署: near the list's end
        if not link or len(sent.text[right[-1].end:vs]) > 25 or re.search(r"[。；]", sent.text[b.end:vs]) \
                or any(m.start <= link.start() < m.end for m in sent.mentions) or BELONGING_TO.match(sent.text, b.end):
            continue  # 工业和信息化部、B: the 和 of a name links nothing
        if any(owner.start - len(link.group(1)) <= m.start < owner.start and m.type in AGENT_TYPES
               and not UNIT_AFTER.match(sent.text, m.end) for m in before[:i]):
            continue  # A与B…合作 with another name C after B: the party joined is B, not C (法国…超市C is C)
            # but A与B旗下的C签署: C is the party
        left, _ = sent.subjects(owner.start - len(link.group(0)), types)
        if left and PARTNER_LINK.match(link.group()) and re.search(r"[，,]", sent.text[left[-1].end:b.start]):
            continue  # …的行动，联合B: 联合 joins no party across a comma
        if not left:  # A总经理X与B总经理Y签署: X signs for A
            left, _ = _speaker_for(sent, ctx, b.start - len(link.group(0)), PARTIES)
        if not left and not any(m.type == "PERSON" and m.end == link.start() for m in sent.mentions):
            left, _ = _pronoun_subject(sent, ctx, b.start - len(link.group(0)), PARTIES)  # A发布公告称，公司与B签署
            # but not 公司控股股东X与B签署: the person X is the party
        if left and JOINED.search(sent.text, sent.start, left[0].start):  # A相继与B和C: B is joined to A too
            earlier = _joined_parties(sent, ctx, left[0].end, types)
            left = earlier[:-1] + left if earlier[-1:] == left[:1] else left
        if left:
            return left + right
    return []


def _chain_owner(sent: Sentence, m: Mention) -> Mention:
    """The name that opens the chain of owners before ``m``: B for C in B旗下全资子公司C or B股东C (``m`` if none)."""
    prev = next((x for x in reversed(sent.outer) if x.end <= m.start), None)
    prev = prev and (sent.defined_by(prev) or prev)  # B（PIF）: the name the bracket defines
    if prev is not None and prev.type in AGENT_TYPES and OWNED_BY.fullmatch(sent.text, prev.end, m.start):
        return _chain_owner(sent, prev)
    return m


def place_chains(sent: Sentence) -> list[list[Mention]]:
    """The sentence's places, each with the places right after it (山西省大同市, 杭州文晖路, 库比蒂诺的Apple Park)
    or joined to them (北京首钢园和国家会议中心)."""
    chains: list[list[Mention]] = []
    for loc in [m for m in sent.mentions if m.type == "LOCATION"]:
        if chains and sent.text[chains[-1][-1].end:loc.start] in ("", "的", "和", "与", "及", "、"):
            chains[-1].append(loc)
        else:
            chains.append([loc])
    return chains


def places(sent: Sentence, ctx: Context, add) -> None:
    """在L举行的E / E在L开幕 / A在L举行E / X在L成立 / X落户L / 总部位于L的X; where L is a chain of places
    (在山西省大同市开幕), the thing is in each."""
    text = sent.text
    located = {"EVENT", "COMPANY", "ORGANIZATION"}
    for chain in place_chains(sent):
        start, end, before = chain[0].start, chain[-1].end, text[chain[0].start - 1:chain[0].start]
        if REPORTED.search(text, sent.start, start):
            continue  # 有媒体报道称，A计划在L成立…: a rumour, not a place
        found, confidence = [], 0.8
        # A在位于L的V举办E: where A holds E, not where A is; but 设在位于L的X: X is in L
        held_at = text.endswith("在位于", sent.start, start) and text[end:end + 1] != "的"
        before = "在" if held_at else before
        if not held_at and SETTLE.search(text[max(sent.start, start - 5):start]) and text[end:end + 1] == "的":
            thing = next((m for m in sent.outer if 0 <= m.start - end - 1 <= 6 and m.type in located
                          and not re.search(r"[，。；,;、]", text[end:m.start])), None)
            found = [thing] if thing else []  # 总部位于深圳的大疆, 总部位于美国的游戏公司Kabam
            # but A位于杭州文晖路的证券营业部: what is there follows 的, not the name before
        elif not held_at and (settle := SETTLE.search(text, max(sent.start, start - 6), start)) and before != "至" and \
                (before not in ("在", "于") or settle.end() == start):
            found = sent.subjects(settle.start(), located)[0]
            if found and (BY.search(text, found[0].start - 1, found[0].start) or text.endswith("依托", 0, found[0].start)):
                found = []  # 由A发起，秘书处设在L, 依托A发起成立的机构，位于L: A acts, it is not what is there
            found = found or _clause_topic(sent, ctx, settle.start(), located)
            if PROJECT_SETTLING.search(text, max(sent.start, settle.start() - 12), settle.start()):
                found = []  # A储能电池项目落户L: A's project is there, A need not be
            confidence = 0.75  # X落户L, X总部位于L, X总部设在L, X秘书处设在L
        elif before in ("在", "于"):
            defined = ALIAS_DEFINITION.match(text, end)  # 在北京经济技术开发区（以下简称“北京经开区”）成立
            after = defined.end() if defined else end
            held = re.match(rf"[^，。；]{{0,4}}?(?:{PLACE_VERB})", text[after:sent.end])  # E在L开幕, 在L举行的E
            verb = held or re.match(r"[^，。；]{0,4}?(?:(?:注册|揭牌|挂牌)?成立|揭牌)", text[after:sent.end])  # X在L成立, X在L揭牌
            set_up = None if verb else SET_UP_IN.match(text, after, sent.end)  # A在L设立B: B is there, A need not be
            if verb or set_up:
                kinds = {"EVENT"} if held else {"COMPANY", "ORGANIZATION"}
                ve = (verb or set_up).end() + (0 if set_up else after)
                found = sent.objects(ve + (1 if text[ve:ve + 1] == "的" else 0), kinds, 15) or \
                    (sent.subjects(start - 1, kinds, max_gap=12)[0] if verb else []) or \
                    (_organised_topic(sent, start) if held else [])
        for thing in found:
            for loc in chain:
                add(thing, "located_in", loc, sent, confidence)


def _organised_topic(sent: Sentence, pos: int) -> list[Mention]:
    """The event a sentence opens with, where a remark on its organisers comes before the clause at ``pos``
    and no other event (台北国际电脑展（Computex 2025）由A与B共同主办，5月20日至23日在L举行)."""
    first = next((m for m in sent.outer if m.start >= sent.start), None)
    if first is None or first.type != "EVENT" or \
            any(m.type == "EVENT" and m.id != first.id and first.end <= m.start < pos for m in sent.outer):
        return []
    defined = ALIAS_DEFINITION.match(sent.text, first.end)
    remark = ORGANISED_BY.match(sent.text, defined.end() if defined else first.end)
    return [first] if remark and remark.end() <= pos and sent.clause_start(pos) >= remark.end() else []


THIS_OPENS = re.compile(r"(?:该|这家|这一)([\u4e00-\u9fff]{2,4}?)(?:是|系|由|在|于|将|已)")  # 该研究院是…: a sentence on it
COMPANY_KIND = re.compile(r"(?:全资|控股|合资)?(?:子公司|公司|企业)(?=[，。；,;]|$)")  # (这家由A设立的)企业，
NEW_COMPANY = re.compile(r"(?:该|这家|新设立的)?(?:合资公司|新公司|合资企业)")  # the company a founding just set up


def _clause_topic(sent: Sentence, ctx: Context, pos: int, types) -> list[Mention | str]:
    """What a clause that names nothing before ``pos`` is about: the entity whose name ends in the noun
    that opens it (联合研究院将落户L: …联合研究院), the company founded last for 合资公司 or 新公司, or, where
    it opens with a seat (总部, 秘书处, 主会场) or is its verb alone, the one the sentence opens with (X成立于…，
    由…创立，总部位于L; A由B发起，秘书处设在L; E1暨E2在L开幕，主会场设在M; 该研究院是…的机构，位于L)."""
    clause = sent.clause_start(pos)
    if any(clause <= m.start < pos for m in sent.mentions):
        return []
    if clause > sent.start and (SEAT.match(sent.text, pos) or clause == pos):
        opener = THIS_OPENS.match(sent.text, sent.start)
        if opener:  # 该研究院是由A发起成立的机构，位于L: the institute just named
            return ctx.named_before(opener.group(1), sent.start, types)
        if sent.text.startswith("这家", sent.start):  # 这家由A全资设立的子公司，总部设在L: the company named last
            return [m] if (m := ctx.antecedent(sent.start, types)) else []
        first = next((m for m in sent.outer if not placed(sent.text, m.start)), None)
        if first is None or first.type not in types or first.end > clause or BY.search(sent.text, first.start - 1, first.start):
            return []
        return sent.coordinated_after(first, types)
    subject = re.sub(r"(?:将|已经|已|正式|也|还|拟|则)+$", "", sent.gap(clause, pos))
    if NEW_COMPANY.fullmatch(subject):  # 双方将共同出资成立C。合资公司将落户L: C
        founded = [f for f in ctx.facts.values() if f.relation == "founds" and f.evidence_end <= clause
                   and ctx.by_id[f.tail].type in types]
        return [max(founded, key=lambda f: f.evidence_start).tail] if founded else []
    named = ctx.by_head_noun(subject, types)
    return [named] if named else []


def positions(sent: Sentence, ctx: Context, add) -> None:
    """ORG + title(s) + PERSON: 百度智能云副总裁朱勇; 上海市委副书记、市长龚正; A局副局长、B集团副总裁X;
    PERSON + 为/任/， + ORG + title; and 公司/该公司/其 + title(s) + PERSON, for the company meant."""
    text = sent.text
    for person in [m for m in sent.mentions if m.type == "PERSON"]:
        defined = ALIAS_DEFINITION.match(text, person.end)  # 马克·扎克伯格（Mark Zuckerberg），Meta首席执行官
        named = SERVES.match(text, defined.end() if defined else person.end) or _serves_later(sent, person) \
            or _serves_beside(sent, person)
        for held in _titled_after(sent, named.end()) if named else []:
            add(person, "holds_position_at", held, sent, 0.8)  # 吕建明为通策控股集团有限公司董事局主席
        this = THIS_BODY.match(text, named.end()) if named else None
        if this and titles_in(text[this.end():TITLE_END.search(text, this.end(), sent.end).start()]):
            for held in ctx.named_before(this.group(1), this.start(), AGENT_TYPES)[:1]:
                add(person, "holds_position_at", held, sent, 0.75)  # 免去X的该部部长职务, X，该局局长
        bare = BARE_TITLE.match(text, defined.end() if defined else person.end)
        if bare and titles_in(bare.group(1)) and ctx.topic is not None:  # (智源研究院揭牌。)张宏江出任理事长
            add(person, "holds_position_at", ctx.topic, sent, 0.65)  # a title held with no body named: the article's
        appointed = APPOINTED.search(text, sent.clause_start(person.start), person.start)
        as_title = APPOINTED_AS.match(text, person.end) if appointed else None
        if as_title and titles_in(as_title.group(1)) and (not appointed.group(1) or titles_in(appointed.group(1))) \
                and not any(person.end <= m.start < as_title.end() for m in sent.mentions):
            owner = _owner(sent, ctx, person.start, "公司")
            if owner is not None:  # (A公告，)董事会聘任首席增长官X为新任总裁: the company the sentence is on
                add(person, "holds_position_at", owner, sent, 0.65)
        by_title = TITLE_BY.fullmatch(text, sent.clause_start(person.start), person.start)
        if by_title and titles_in(by_title.group(1)) and TAKEN_UP.match(text, person.end):
            held = [m for m, _ in _opening_reference(sent, ctx, {"COMPANY", "ORGANIZATION"})] or [ctx.topic]
            if held[0] is not None:  # 该联盟…，理事长由X出任: the body the sentence is on, else the article's
                add(person, "holds_position_at", held[0], sent, 0.65)
        # …公司董事长刘庆峰表示 / 小米集团宣布，卢伟冰出任集团总裁
        for said in (OWNER_TITLES.search(text, sent.start, person.start), named and OWNED_TITLES.match(text, named.end())):
            owner = _owner(sent, ctx, said.start(1), said.group(1)) if said and titles_in(said.group(2)) else None
            if owner:
                add(person, "holds_position_at", owner, sent, 0.7)
                if FOUNDER.search(said.group(2)):  # 游戏科学成立于2014年，其创始人兼CEO冯骥: he founded it
                    add(person, "founds", owner, sent, 0.7)
        opener = titles_in(sent.gap(sent.start, person.start)) \
            if person.start > sent.start and sent.mentions[0] is person else None
        held = ctx.antecedent(sent.start, {"COMPANY", "ORGANIZATION"}, topic_first=True) if opener else None
        if held is not None:  # (智元机器人发布…。)联合创始人彭志辉表示: titles opening a sentence, at the article's company
            add(person, "holds_position_at", held, sent, 0.65)
            if FOUNDER.search(opener):
                add(person, "founds", held, sent, 0.65)
        mayor = _mayor_of(sent, ctx, person)
        if mayor:  # 合肥市市长罗云峰, with 合肥市人民政府 named in the article
            add(person.id, "holds_position_at", mayor, sent, 0.7)
        held = _title_served_by(sent, ctx, person)
        if held is not None:  # 新公司…，董事长由比亚迪执行副总裁王杰兼任: 王杰 at the new company
            add(person, "holds_position_at", held, sent, 0.7)
        topic = _titled_in_topic_clause(sent, ctx, person)
        if topic is not None:  # A成立于2023年，创始人、CEO X…: X holds the titles at A
            add(person, "holds_position_at", topic, sent, 0.7)
            if FOUNDER.search(sent.gap(sent.clause_start(person.start), person.start)):
                add(person, "founds", topic, sent, 0.7)
            continue
        body = next((m for m in reversed(sent.mentions) if m.end <= person.start and m.type in AGENT_TYPES), None)
        if body is None or any(o.start <= body.start and body.end < o.end and o.type not in PARTIES for o in sent.outer):
            continue  # 东盟博览会秘书处副秘书长X: the title is held at the event's office, not at 东盟
        titles = titled(sent, body, person)
        if titles is None:  # A董事会主席X、首席执行官Y: Y holds the title at A too
            prev = next((m for m in reversed(sent.mentions) if m.end <= person.start), None)
            gap = sent.gap(prev.end, person.start) if prev is not None and prev.type == "PERSON" else ""
            if not (gap.startswith("、") and titles_in(gap[1:]) and titled(sent, body, prev)):
                continue
            titles = gap[1:]
            head = _place_government(sent, ctx, body, titles)
            if head and head[0].id != body.id:  # 四川省委书记X、省长Y: Y heads the province's government
                add(person.id, "holds_position_at", head[0].id, sent, 0.7)
                continue
        for held in _titled_before(sent, body):
            add(person, "holds_position_at", held, sent, 0.85)
        if FOUNDER.search(titles):  # 英伟达创始人兼CEO黄仁勋: he founded it
            add(person, "founds", body, sent, 0.8)
        for title, level in GOVERNMENT_OF_TITLE.items():
            if re.search(rf"(?:^|、)(?:常务)?(?:副)?{title}", titles[1:] if titles.startswith(title) else titles) and \
                    not titles.startswith(("副" + title, title)):  # 市委常委、常务副市长X: at the city's government too
                gov = _government(ctx, level)
                if gov:
                    add(person.id, "holds_position_at", gov, sent, 0.7)


TITLE_SERVED_BY = re.compile(r"([^，。；,;由]{1,12})由[^，。；,;]{0,24}$")  # (…，)董事长由(A执行副总裁)X(兼任)
SERVING_END = re.compile(r"(?:担任|兼任|出任|接任)(?=[，。；,;]|$)")


def _title_served_by(sent: Sentence, ctx: Context, person: Mention) -> Mention | None:
    """The company a sentence is about, where a later clause gives its titles to ``person`` by 由…担任
    (A成立，董事长由X担任; 新公司坐落于L，董事长由A副总裁X兼任): the company it opens with, or the one
    新公司/合资公司 stands for."""
    clause = sent.clause_start(person.start)
    by = TITLE_SERVED_BY.fullmatch(sent.text, clause, person.start)
    if clause == sent.start or not by or not titles_in(by.group(1)) or not SERVING_END.match(sent.text, person.end):
        return None
    opener = NEW_COMPANY.match(sent.text, sent.start)
    if opener:
        found = _clause_topic(sent, ctx, opener.end(), {"COMPANY", "ORGANIZATION"})
        return found[0] if found else None
    first = next(iter(sent.outer), None)
    return first if first is not None and first.start == sent.start and first.type in ("COMPANY", "ORGANIZATION") else None


def _titled_in_topic_clause(sent: Sentence, ctx: Context, person: Mention) -> Mention | None:
    """The company or organisation a sentence opens with, where a later clause opens with titles alone, perhaps
    before 为/是, and then ``person`` and nothing else is named between (阶跃星辰成立于2023年4月，创始人、CEO姜大昕…;
    B已于前天注册成立，…，法定代表人为吴凯); a sentence that opens with 该基金 opens with the one it stands for
    (该基金由A、B共同出资设立，董事长为X)."""
    clause = sent.clause_start(person.start)
    if clause == sent.start or not titles_in(re.sub(r"(?:为|是)$", "", sent.gap(clause, person.start))):
        return None
    this = _opening_reference(sent, ctx, {"COMPANY", "ORGANIZATION"})
    if this:
        return this[0][0]
    first = next(iter(sent.outer), None)
    if first is None or first.type not in ("COMPANY", "ORGANIZATION") \
            or any(first.end <= m.start < person.start for m in sent.mentions):
        return None
    return first


def _serves_later(sent: Sentence, person: Mention) -> re.Match | None:
    """A serving verb in the clause after one about ``person`` that names no other person, where ``person`` opens
    the sentence or a clause and the later clause names nothing before the verb (陈立武现年65岁，曾于2009年至2021年
    担任A首席执行官; 卢伟冰2019年加入小米，此前曾任B副总裁)."""
    if person.start > sent.clause_start(person.start):
        return None
    later = SERVES_LATER.match(sent.text, person.end, sent.end)
    comma = CLAUSE_COMMA.search(sent.text, person.end, later.end()) if later else None
    return later if comma and not any(person.end <= m.start < later.end() and (m.type == "PERSON" or m.start > comma.start())
                                      for m in sent.mentions) else None


SERVING_VERB = re.compile(r"现任|曾任|担任|出任|接任|升任|调任|兼任|当选")
PERSON_LINK = re.compile(r"[和与及、][^，。；,;]*$")  # (X)和A董事长(Y): the next person is listed with X


def _serves_beside(sent: Sentence, person: Mention) -> re.Match | None:
    """The serving verb after the person listed right after ``person`` (X和A董事长Y同时出任B董事: X serves at B too)."""
    nxt = next((m for m in sent.mentions if m.type == "PERSON" and m.start >= person.end), None)
    named = SERVES.match(sent.text, nxt.end) if nxt and PERSON_LINK.fullmatch(sent.gap(person.end, nxt.start)) else None
    return named if named and SERVING_VERB.search(named.group()) else None


TITLE_END = re.compile(r"[，。；,;（）()]|$")  # where the titles after a body end


def _titled_after(sent: Sentence, pos: int) -> list[Mention]:
    """The bodies named from ``pos`` on, each with its titles, perhaps past an alias in brackets:
    (X出任)A高级副总裁和COO、B总裁, (X担任)A（Cadence）首席执行官."""
    bodies = []
    while (body := next((m for m in sent.outer if m.start == pos and m.type in AGENT_TYPES), None)) is not None:
        defined = defined_alias(sent.text, body.start, body.end, body.type)  # A（Cadence）首席执行官
        after = defined.end() if defined else body.end
        following = next((m for m in sent.outer if m.start >= after), None)
        end = TITLE_END.search(sent.text, after, sent.end).start()
        end = min(end, following.start) if following else end
        words = sent.gap(after, end)
        listed = following is not None and following.start == end and re.search(r"(?:、|和|及|兼)$", words)
        if not titles_in(words[:-1] if listed else words) or following is not None and following.start == end \
                and following.type == "PERSON":
            break  # X，A董事长Y: the title is Y's
        bodies.append(body)
        if not listed:
            break
        pos = end
    return bodies


def _mayor_of(sent: Sentence, ctx: Context, person: Mention) -> str | None:
    """The id of the government a place's 市长/省长/区长… right before ``person`` heads, where the article names it."""
    place = next((m for m in reversed(sent.mentions) if m.end <= person.start), None)
    title = re.fullmatch(r"(?:常务)?副?(市长|省长|区长|县长|州长)", sent.gap(place.end, person.start)) \
        if place is not None and place.type == "LOCATION" else None
    if title is None:
        return None
    return _government(ctx, GOVERNMENT_OF_TITLE[title.group(1)], sent.text[place.start:place.end].rstrip("市省区县州"))


def _government(ctx: Context, level: str, place: str = "") -> str | None:
    """The id of the article's government at ``level`` (市, 省 …) of ``place``, if it names one:
    合肥市人民政府 for 合肥 and 市; 市政府 or 上海市人民政府 for 市 and any place."""
    return next((e.id for e in ctx.by_id.values() if e.type == "GOVERNMENT" and "政府" in e.name and any(
        n.startswith(place) and (n[len(place):].startswith(level) or n.endswith((f"{level}政府", f"{level}人民政府")))
        for n in (e.name, *e.aliases))), None)


def _owner(sent: Sentence, ctx: Context, pos: int, pronoun: str) -> Mention | None:
    """The company 公司/集团 at ``pos`` means: the one the sentence opens with, as reports call the company
    they are about; 该公司/其 mean the latest named before."""
    first = next((m for m in sent.outer if m.type in ("COMPANY", "ORGANIZATION") and not placed(sent.text, m.start)), None)
    if pronoun in ("公司", "集团", "本公司") and first is not None and first.end <= pos:
        return first
    return ctx.antecedent(pos, {"COMPANY"} if COMPANY_WORD.fullmatch(pronoun) else AGENT_TYPES,  # 公司 is no institute
                          topic_first=pronoun in ("公司", "集团", "本公司"))  # 公司总裁X, opening a sentence: the article's company


def _titled_before(sent: Sentence, body: Mention) -> list[Mention]:
    """``body`` and the bodies listed before it each with its titles: 中共中央总书记、中央军委主席(X); or, opening
    the clause, a government body that shares the title with it (市科委、中关村管委会主任X: two offices, one head)."""
    bodies = [body]
    for prev in reversed([m for m in sent.outer if m.end <= body.start]):
        gap = sent.gap(prev.end, bodies[0].start)
        if gap == "、" and prev.type == body.type == "GOVERNMENT" and bodies == [body] \
                and sent.clause_start(prev.start) == prev.start:
            return [prev, body]
        if prev.type not in AGENT_TYPES or gap[-1:] not in ("、", "兼") or not titles_in(gap[:-1]):
            break
        bodies.insert(0, prev)
    return bodies


def _opening_reference(sent: Sentence, ctx: Context, kinds: set[str]) -> list[tuple[Mention, int]]:
    """该联盟 opening a sentence: the body of ``kinds`` named last that ends in the noun, and where the noun ends."""
    this = THIS_OPENING.match(sent.text, sent.start)
    for end in range(this.start(1) + 2, this.end() + 1) if this else []:
        named = ctx.named_before(sent.text[this.start(1):end], this.start(), kinds)
        if named:
            return [(named[0], end)]
    return []


def memberships(sent: Sentence, ctx: Context, add) -> None:
    """P成员名单…包括A、B / P…，A、B等入选(首批成员): each listed party is a member of P."""
    text = sent.text
    kinds = {"POLICY", "ORGANIZATION"}
    guidance = [g.span() for g in GUIDANCE.finditer(text, sent.start, sent.end)]

    def led(m: Mention) -> bool:  # 由A、B发起: A and B act, they are not what is joined, but 由A发起的G is G
        return bool(BY.search(text, sent.clause_start(m.start), m.start)) and not text.startswith("的", m.start - 1)

    def aside(m: Mention) -> bool:  # G在C指导下，由A、B发起，首批成员…: the members are G's
        return led(m) or any(s <= m.start and m.end <= e for s, e in guidance)

    for group, pos in [(m, m.end) for m in sent.mentions if m.type in kinds and not led(m)] + _opening_reference(sent, ctx, kinds):
        clause = MEMBERS_CLAUSE.search(text, pos, sent.end)  # G成立于<N>年，(其)成员单位包括A、B; G在L成立，…
        if clause and any(pos <= m.start < clause.start() and m.type != "LOCATION" and not aside(m) for m in sent.mentions):
            clause = None
        named_member = MEMBER_WORD.match(text[pos:pos + 8])
        if not named_member and not clause and not MEMBERS_PUBLISHED.match(text, pos):
            continue
        being = IS.search(text, sent.start, group.start) if named_member else None
        for member in sent.subjects(being.start(), AGENT_TYPES)[0] if being else []:
            add(member, "member_of", group, sent, 0.7)  # A也是G的成员单位
        listing = LISTING.search(text, clause.end() if clause else pos, sent.end)
        while listing:  # …名单：白金会员为A，黄金会员分别为B、C: each tier's list
            tier = MEMBER_TIER.match(text, listing.end())
            start = tier.end() if tier else listing.end()
            first = next((m for m in sent.mentions if m.start >= start and m.type in AGENT_TYPES), None)
            if first is None or len(text[start:first.start]) > 4:
                break
            members = sent.coordinated_after(first, AGENT_TYPES)
            for member in members:
                add(member, "member_of", group, sent, 0.75)
            listing = NEXT_TIER.match(text, members[-1].end)
    for made in MADE_OF.finditer(text, sent.start, sent.end):  # 由A、B组成的G / 这个由A、B组成的联盟
        after = next((m for m in sent.outer if m.start >= made.end()), None)
        group = after if after is not None and after.type in kinds and after.start - made.end() <= 2 else \
            next(iter(ctx.named_before(made.group(2), made.start(), kinds)), None) if made.group(2) else None
        for member in [m for m in sent.outer if made.start(1) <= m.start < made.end(1) and m.type in AGENT_TYPES] if group else []:
            add(member, "member_of", group, sent, 0.7)
    for first in [m for m in sent.outer if m.type in AGENT_TYPES]:  # 联盟成员A、B等200余家单位的代表出席会议
        word = MEMBER_BEFORE.search(text, max(sent.start, first.start - 10), first.start)
        if word is None:
            continue
        named = ctx.named_before(word.group(1), word.start(), kinds) if word.group(1) else \
            [m for m in sent.outer if m.end == word.start() and m.type in kinds]
        for member in sent.coordinated_after(first, AGENT_TYPES) if named else []:
            add(member, "member_of", named[0], sent, 0.7)
    for listed in BARE_LISTED.finditer(text, sent.start, sent.end):  # 公布《…名单》。A、B等企业入选，C则有两家工厂同时上榜
        members = sent.subjects(listed.start(), AGENT_TYPES)[0]
        edge = members[0].start if members else listed.start()  # the list named before the members, not one of them
        last = next((m for m in reversed(ctx.mentions[:bisect_left(ctx.starts, edge)])
                     if m.type in ("POLICY", "ORGANIZATION", "EVENT") and m.end <= edge), None)
        for member in members if last is not None and last.type == "POLICY" else []:
            add(member, "member_of", last, sent, 0.7)
    for its in ITS.finditer(text, sent.start, sent.end):  # G是…组织，A、B等企业均为其会员
        group = next((m for m in sent.outer if m.type in kinds and m.end <= its.start()), None) or \
            ctx.antecedent(its.start(), {"ORGANIZATION"})
        for member in sent.subjects(its.start(), AGENT_TYPES)[0] if group and MEMBER_WORD.match(text[its.end():its.end() + 8]) else []:
            add(member, "member_of", group, sent, 0.7)
    for joined in JOINED_UNNAMED.finditer(text, sent.start, sent.end):  # 该联盟是…，宁德时代早在2020年即已加入
        clause = sent.clause_start(joined.start())
        opening = [m for m, _ in _opening_reference(sent, ctx, kinds)] or \
            [m for m in sent.outer[:1] if m.start == sent.start and m.type in kinds]
        members = [m for m in sent.subjects(joined.start(), AGENT_TYPES, max_gap=12)[0] if m.start >= clause]
        for member in members if opening and clause > sent.start else []:
            add(member, "member_of", opening[0], sent, 0.65)
    groups = [(m, m.end) for m in sent.mentions if m.type in kinds and not led(m)]
    by = BY.search(text, sent.start, sent.end)
    named = THIS_ONE.search(text, sent.start, by.start()) if by else None
    if named:  # 该联盟由A牵头发起，B、C等入选首批成员单位: the alliance just named
        groups += [(m, by.end()) for m in ctx.named_before(named.group(1), named.start(), kinds)]
    for group, pos in groups:
        comma = re.compile(r"[，,]").search(text, pos, sent.end)  # P…，A、B等入选/加入/当选为理事单位
        first = next((m for m in sent.mentions if comma and m.start >= comma.end()), None)
        if first is None or first.type not in AGENT_TYPES or first.start - comma.end() > 2 or \
                any(m.type in kinds and pos <= m.start < comma.start() and not led(m) for m in sent.mentions) or \
                JOINED_AFTER.match(text, pos):  # A、G当选副理事长单位，B、C当选理事单位: G is elected too, not joined
            continue
        members = sent.coordinated_after(first, AGENT_TYPES)
        joined = JOINED_AFTER.match(text, members[-1].end)
        if joined and not any(joined.end() <= m.start <= joined.end() + 8 for m in sent.mentions):
            for member in members:  # the members of what was just named, which the verb does not name again
                add(member, "member_of", group, sent, 0.7)


# 加入 closing a clause with nothing joined after it: (该联盟是…，A早在2020年即)已加入
JOINED_UNNAMED = re.compile(r"加入(?=[，。；,;]|$)")
# 将A、B等36家实体列入“实体清单”: what is put on a list or into a body is its member
PUT_ON = re.compile(r"(?:将|把)([^，。；,;将把]{2,60}?)(?:列入|纳入)")


def put_on_list(sent: Sentence, add) -> None:
    """将A、B等…列入P / 把A纳入G: each party between 将 and the verb is a member of what follows it."""
    for put in PUT_ON.finditer(sent.text, sent.start, sent.end):
        group = sent.objects(put.end(), frozenset({"POLICY", "ORGANIZATION"}), 4)[:1]
        for member in [m for m in sent.mentions if put.start(1) <= m.start and m.end <= put.end(1)
                       and m.type in AGENT_TYPES] if group else []:
            add(member, "member_of", group[0], sent, 0.7)


def elected_units(sent: Sentence, ctx: Context, add) -> None:
    """A、B当选(G)副会长单位 / A任首届理事长单位 / C成为理事单位: they are members of G, else of the body a clause 由A担任… opens
    with (专题组由A和B共同担任组长单位), else of the body the title names, else of the association named last
    (加入中国汽车工业协会，并…与B、C一同当选理事单位)."""
    topic = ctx.topic if ctx.topic is not None and ctx.topic.type == "ORGANIZATION" else None
    for elected in ELECTED_UNIT.finditer(sent.text, sent.start, sent.end):
        named = [m for m in sent.mentions if elected.start(1) <= m.start < elected.end(1) and m.type == "ORGANIZATION"]
        by = BY.search(sent.text, sent.start, elected.start())
        opening = THIS_ONE.search(sent.text, sent.start, by.start()) if by else None
        named = named or (ctx.named_before(opening.group(1), opening.start(), {"ORGANIZATION"}) if opening else [])
        group = named[-1] if named else topic or _association_before(ctx, elected.start())
        for member in sent.subjects(elected.start(), AGENT_TYPES)[0] if group else []:
            add(member, "member_of", group, sent, 0.7)


def _association_before(ctx: Context, pos: int) -> Mention | None:
    """The latest organisation before ``pos`` whose name ends in an association's word (联盟, 协会…)."""
    return next((m for m in reversed(ctx.before(pos, {"ORGANIZATION"}))
                 if re.search(rf"(?:{ASSOCIATION})$", ctx.by_id[m.id].name)), None)


# B由A全资持股, and B由A控股 where the clause ends (not 由A控股的C: C is the unit)
WHOLLY_OWNED = re.compile(r"(?<![自理缘事])由([^，。；,;由]{2,30}?)(?:(?:全资|100%)(持股|控股|拥有|设立|成立)|控股(?=[，。；,;]|$))")


def wholly_owned(sent: Sentence, ctx: Context, add) -> None:
    """B…，由A全资持股 / 这家由A全资设立的子公司 / B由A控股: B, the sentence's first company or else the one named
    last before it, is part of A (and founded by A where A set it up)."""
    for own in WHOLLY_OWNED.finditer(sent.text, sent.start, sent.end):
        parent = next((m for m in sent.outer if (m.start, m.end) == own.span(1) and m.type in ("COMPANY", "ORGANIZATION")), None)
        first = next((m for m in sent.outer if m.end <= own.start()), None)
        child = (first if first is None or first.type == "COMPANY" else None) if first else \
            ctx.antecedent(sent.start, {"COMPANY"})
        if parent and child and child.id != parent.id:
            add(child, "part_of", parent, sent, 0.75)
            if own.group(2) in ("设立", "成立"):
                add(parent, "founds", child, sent, 0.7)


def parts(sent: Sentence, ctx: Context, add) -> None:
    """A旗下(的)B、C / A旗下有两家公司，分别为B和C / A的子公司B / B是A的子公司 / A公告，公司控股子公司B:
    B is part of A."""
    text = sent.text
    for m in PART_WORD.finditer(text, sent.start, sent.end):
        if any(x.start < m.end() and m.start() < x.end for x in sent.mentions):
            continue  # 腾讯控股: part of a name
        parents, _ = sent.subjects(m.start(), AGENT_TYPES, max_gap=14)
        if not parents or re.search(r"[，。；,;]", text[parents[-1].end:m.start()]):
            parents = _pronoun_parent(sent, ctx, m.start())
            if not parents:
                continue
        elif re.search(r"(?:给|向|对|与|和|同|把|从|为|由|至|到)$", text[parents[-1].end:m.start()]):
            # A将B股权出售给旗下C: 旗下 is A's, the one the clause is about, not B's
            clause = sent.clause_start(parents[-1].start)
            parents = [next(x for x in sent.outer if x.start >= clause and x.type in AGENT_TYPES)]
        listed = UNITS_LISTED.match(text, m.end(), sent.end)
        if listed and not any(m.end() <= x.start < listed.end() for x in sent.mentions):
            children = sent.objects(listed.end(), AGENT_TYPES, 0)  # A旗下有两家上市公司，分别为B和C
        else:
            children = sent.objects(m.end(), AGENT_TYPES, 10, units=True)
            if children and (UNIT_GAP.search(text, m.end() + 1, children[0].start) or
                             UNIT_ACTS.search(text, m.end(), children[0].start) or EVERY_UNIT.match(text, m.end())):
                continue  # 旗下炼厂的原料由B提供, 旗下基金的被投企业B, 旗下公司结盟B, 旗下各公司部署B: B is not the unit
        listed_owner = text[parents[-1].start - 1:parents[-1].start] == "、"  # X、A旗下的B、C: B is the item, C the next
        for i, child in enumerate(children):
            if i and (listed_owner or re.search(r"与|同|以及", text[children[i - 1].end:child.start])) or UNIT_AFTER.match(text, child.end):
                break  # A子公司B与C签约: C is B's counterpart; A旗下的B以及C跟投: C is one more investor;
                # A下属的B和C下属的D: C is a parent of its own
            add(child, "part_of", parents[-1], sent, 0.8)
    for its in IS_ITS_UNIT.finditer(text, sent.start, sent.end):  # A并入B，成为其全资子公司
        pair = [m for m in sent.outer if m.end <= its.start() and m.type in AGENT_TYPES][-2:]
        if len(pair) == 2 and not re.search(r"[，,。；;]", text[pair[0].end:pair[1].start]):
            add(pair[0], "part_of", pair[1], sent, 0.7)
    for as_unit in AS_UNIT.finditer(text, sent.start, sent.end):  # (B)作为A旗下分公司，(B)…: B is A's unit
        parent = next((m for m in sent.outer if m.start == as_unit.start(1)), None)
        child = next((m for m in sent.outer if m.end == as_unit.start()), None) or \
            next((m for m in sent.outer if 0 <= m.start - as_unit.end() <= 2), None)  # B作为A的子公司, / 作为…，B
        if parent and child and parent.type in AGENT_TYPES and child.type in AGENT_TYPES and \
                PART_OF_PARENT.fullmatch(text, parent.end, as_unit.end(1)):
            add(child, "part_of", parent, sent, 0.75)
    for own in re.finditer(r"拥有", text[sent.start:sent.end]):  # A拥有B、C: units; A拥有B<N>%的权益: a stake
        pos = sent.start + own.start()
        if NEGATION.search(text[max(sent.start, pos - 3):pos]):
            continue
        owners, _ = sent.subjects(pos, AGENT_TYPES, max_gap=4)
        for owned in sent.objects(pos + len(own.group()), {"COMPANY", "ORGANIZATION"}, 0) if owners else []:
            if STAKE.match(text, owned.end):
                add(owners[-1], "invests_in", owned, sent, 0.7)
            else:
                add(owned, "part_of", owners[-1], sent, 0.7)
    agents = [m for m in sent.outer if m.type in AGENT_TYPES]
    for a, b in zip(agents, agents[1:]):
        if IS_UNIT_OF.fullmatch(text, a.end, b.start) and PART_OF_PARENT.match(text, b.end) or \
                BELONGS_TO.fullmatch(text, a.end, b.start):
            add(a, "part_of", b, sent, 0.8)
        elif re.fullmatch(r"(?:的)?(?:母公司|母集团)", text[a.end:b.start]):  # 谷歌母公司Alphabet
            add(a, "part_of", b, sent, 0.8)
    for b in agents:  # B将从L退市，成为A的全资子公司: B, opening the clause before, is the unit
        clause = sent.clause_start(b.start)
        if clause > sent.start and IS_UNIT_OF.fullmatch(text, clause, b.start) and PART_OF_PARENT.match(text, b.end):
            child = next((m for m in agents if m.start == sent.clause_start(clause - 1) and m.id != b.id), None)
            if child is not None:
                add(child, "part_of", b, sent, 0.7)


def branch_parents(sent: Sentence, ctx: Context, add) -> None:
    """A bank's branch, named by law with its bank's name or short name, where the article names the bank on
    its own (国开行湖北省分行 with 国家开发银行): part of it. A 分公司 only where it opens with its parent's full legal
    name (北京抖音信息服务有限公司杭州分公司): a short name it opens with may be the listed arm's or the group's
    (中国石化四川分公司)."""
    for m in sent.mentions:
        text = sent.text[m.start:m.end]
        if m.type not in AGENT_TYPES or not text.endswith(("分行", "支行", "分公司")):
            continue
        legal = text.endswith("分公司")
        for parent in ctx.by_id.values():
            if parent.id != m.id and parent.type in AGENT_TYPES and any(
                    len(n) >= 2 and text.startswith(n) and len(text) > len(n) + 2 and (not legal or n.endswith("公司"))
                    for n in (parent.name, *parent.aliases)):
                add(m, "part_of", parent.id, sent, 0.7)


def _pronoun_parent(sent: Sentence, ctx: Context, pos: int) -> list[Mention]:
    """公司控股子公司B, 其下属的B: the parent is the company 公司/其 stands for, as where 公司 opens the clause of
    a verb that makes or reaches the unit (公司拟以自有资金10亿元在L设立全资子公司B), or that verb's subject
    (A于6月7日出资30亿元设立全资子公司B); A公告，控股子公司B,
    A…，拟向全资子公司B: in a clause that names no one before the word, the company the sentence opens with."""
    said = re.search(PRONOUN_WORDS + r"(?:的)?$", sent.text[sent.start:pos])
    if said and not any(x.start < pos and sent.start + said.start() < x.end for x in sent.mentions):
        # not …有限公司子公司: 公司 ends a name; 公司 alone in a sentence that names no one before it: the article's
        alone = said.group(0).removesuffix("的") in ("公司", "集团") and not any(
            x.end <= sent.start + said.start() and x.type in AGENT_TYPES for x in sent.mentions)
        parent = ctx.antecedent(sent.start + said.start(), AGENT_TYPES, topic_first=alone)
        return [parent] if parent else []
    made = MADE_UNIT.search(sent.text, sent.start, pos)
    opener = sent.clause_start(made.start()) if made else pos
    if made and re.match(PRONOUN_WORDS, sent.text[opener:made.start()]):  # 公司拟…在L设立全资子公司B, 公司拟…向全资子公司B增资
        parent = ctx.antecedent(opener, AGENT_TYPES, topic_first=True)
        return [parent] if parent else []
    makers = sent.subjects(made.start(), AGENT_TYPES)[0] if made else []
    if makers:  # A（以下简称“a”）于6月7日出资30亿元设立全资子公司B: the one who sets it up, however far before
        return makers[-1:]
    clause = re.search(r"[，,:：][^，,:：的]{0,6}$", sent.text[sent.start:pos])
    if clause and not any(sent.start + clause.start() < x.end and x.start < pos for x in sent.mentions):
        first = next((m for m in sent.outer if m.type in PARTIES | {"PERSON"} and not placed(sent.text, m.start)), None)
        if first is not None and first.end < pos and first.type in ("COMPANY", "ORGANIZATION") \
                and sent.text[first.start - 1:first.start] != "由":  # 本轮融资由A领投，…老股东B: A is no parent
            return [first]
    return []


def shareholders(sent: Sentence, ctx: Context, add) -> None:
    """B的第一大股东(为)A / A成为B的第三大股东: A invests in B; B(的)控股股东A, 公司控股股东A: B is part of A;
    A为B的发起人之一: A founds B."""
    text = sent.text
    agents = [m for m in sent.outer if m.type in AGENT_TYPES | {"PERSON"}]
    for held in [m for m in agents if text[m.start - 1:m.start] == "在" and STAKE_IN.match(text, m.end)]:
        for h in sent.subjects(held.start - 1, AGENT_TYPES | {"PERSON"}, max_gap=12)[0]:  # A在B的持股, A在B有<N>%的股份
            add(h, "invests_in", held, sent, 0.7)
    for word in OWNER_ROLE.finditer(text, sent.start, sent.end):
        brought = BROUGHT_IN.search(text, sent.start, word.start())
        if brought and ("投资者" in word.group() or brought.group().startswith("新增")):  # B引入A作为战略投资者, B新增A为股东
            at = brought.start()
            investees = sent.subjects(at, AGENT_TYPES)[0] or _pronoun_parent(sent, ctx, at)
            investors = [m for m in agents if at + 2 <= m.start and m.end <= brought.end(1)]
            for a in sent.coordinated_after(investors[0], AGENT_TYPES) if investors else []:
                for b in investees[-1:]:
                    add(a, "invests_in", b, sent, 0.7)
            continue
        company = next((m for m in agents if m.end == word.start() and m.type != "PERSON"), None)
        if company is None and not any(m.start < word.start() <= m.end for m in sent.mentions):
            company = next(iter(_pronoun_parent(sent, ctx, word.start())), None)
        if company is None:
            continue

        def holds(holder: Mention, future: bool = False) -> None:
            if "发起" in word.group():
                add(holder, "founds", company, sent, 0.7)  # A为B的发起人之一
            elif re.search("控股|控制|实控", word.group()) and holder.type != "PERSON":
                if future:
                    add(holder, "acquires", company, sent, 0.7)  # A将成为B的控股股东: A takes B over
                else:
                    add(company, "part_of", holder, sent, 0.7)  # a controlling shareholder or controller is the parent
            else:
                add(holder, "invests_in", company, sent, 0.7)

        holder = next((m for m in agents if m.start >= word.end()), None)
        if holder and re.fullmatch(r"[、，,]?|(?:仍|仍然|依然|依旧|则|也|现|目前)?(?:为|是)", text[word.end():holder.start]):
            holds(holder)  # B控股股东A及机构投资者: A at least; B的第一大股东仍是A
        elif holder and re.fullmatch(r"(?:包括|主要有|有|分别为|分别是|为|是)[,，:：]?", text[word.end():holder.start]):
            for h in sent.coordinated_after(holder, AGENT_TYPES | {"PERSON"}):  # B的投资方包括A、C和D
                holds(h)
        verb = re.search(r"(?:成为|是|为|系|作为)$", text[sent.start:company.start]) \
            if company.end == word.start() else None
        if verb and re.search(r"(?:想|欲|希望|谋求|争取|力争)成为$", text[sent.start:company.start]):
            continue  # 想成为B的控股股东: a wish
        if verb:
            future = bool(re.search(r"(?:将|拟|有望|即将)(?:成为|为)$", text[sent.start:company.start]))
            for h in sent.subjects(company.start - len(verb.group()), AGENT_TYPES | {"PERSON"})[0]:
                holds(h, future)


def transfers(sent: Sentence, add) -> None:
    """(A将)B<N>%股权(全部)转让/出售给C: C buys B."""
    text = sent.text
    for v in TRANSFER.finditer(text, sent.start, sent.end):
        if NEGATION.search(text, max(sent.start, v.start() - 3), v.start()):
            continue
        sold = next((m for m in reversed(sent.outer) if m.end <= v.start() and m.type in ("COMPANY", "ORGANIZATION")), None)
        if sold is None or not STAKE.match(text, sold.end) or re.search(r"[，。；,;]", text[sold.end:v.start()]) \
                or len(text[sold.end:v.start()]) > 25:
            continue
        for buyer in sent.objects(v.end(), AGENT_TYPES | {"PERSON"}, 2):
            add(buyer, "acquires", sold, sent, 0.7)


# what joins an organiser to its yearly event: 英伟达（NVIDIA）年度GTC大会
HOST_ANNUAL = re.compile(r"(?:[（(][^（）()]{1,20}[)）])?(?:年度|一年一度的)")


def nested_hosts(sent: Sentence, ctx: Context, add) -> None:
    """An event named after its organiser (科大讯飞AI TechDay) is hosted by it; not the meeting that founds
    the organisation named (…产业联盟成立大会), which others hold, nor an event the sentence says another holds
    (小米集团…举行小米汽车上市发布会: 小米集团, not 小米汽车); so is an event its organiser's 年度 names (英伟达年度GTC大会)."""
    for event in [m for m in sent.mentions if m.type == "EVENT"]:
        if any(f.relation == "hosts_event" and f.tail == event.id and f.evidence_start == sent.start
               for f in ctx.facts.values()):
            continue
        for m in sent.mentions:
            if m.type in ("COMPANY", "ORGANIZATION") and (m.start == event.start and m.end < event.end
                                                          and not FOUNDING_MEETING.fullmatch(sent.text, m.end, event.end)
                                                          or HOST_ANNUAL.fullmatch(sent.text, m.end, event.start)):
                add(m, "hosts_event", event, sent, 0.7)


# the organisers named by their roles: (E的)主办方包括A和B，承办方为C; A、B分别作为主办和承办单位
HOST_ROLE = r"(?:联合|共同)?(?:主办|承办|协办)"
ROLE_NAMES = re.compile(rf"{HOST_ROLE}(?:方|单位)(?:分别|还|主要|则)?(?:包括|包含|为|是|有)[：:]?")
ROLE_TAKEN = re.compile(rf"(?:分别|共同|联合|则)?(?:作为|担任|是|为)(?:{HOST_ROLE}[和、及与]?)+(?:方|单位)")


def host_roles(sent: Sentence, ctx: Context, add) -> None:
    """主办方包括A和B，承办方为C / A、B分别作为主办和承办单位: each organiser hosts the event named last."""
    organisers = AGENT_TYPES | {"LOCATION"}
    for role in ROLE_NAMES.finditer(sent.text, sent.start, sent.end):
        first = next((m for m in sent.outer if m.start >= role.end()), None)
        if first is not None and first.type in organisers and first.start - role.end() <= 1:
            _hosted_last(ctx, sent.coordinated_after(first, organisers), role.start(), sent, add)
    for role in ROLE_TAKEN.finditer(sent.text, sent.start, sent.end):
        hosts = sent.subjects(role.start(), organisers)[0]
        if hosts and re.fullmatch(r"[^，。；,;]{0,4}", sent.gap(hosts[-1].end, role.start())):
            _hosted_last(ctx, hosts, hosts[0].start, sent, add)


def _hosted_last(ctx: Context, hosts: list[Mention], pos: int, sent: Sentence, add) -> None:
    """Each of ``hosts`` hosts the latest event named before ``pos``."""
    for event in ctx.before(pos, {"EVENT"})[-1:]:
        for host in hosts:
            add(host, "hosts_event", event, sent, 0.75)


# --- dates ----------------------------------------------------------------------------------

DATE = re.compile(r"(?:(\d{4}) ?年 ?)?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]"  # 2023年5月23日, IT之家's 9 月 19 日
                  r"|(?<![\d.])((?:19|20)\d\d)([-./])(\d{1,2})\5(\d{1,2})(?![\d.])")
DAY_ONLY = re.compile(r"(?:^|[，,。\s])(\d{1,2})日(?=[，,\s]|上午|下午|晚间|晚|早间|凌晨)")
RELATIVE = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前一天": -1, "前天": -2}
WEEKDAYS = "一二三四五六日"  # 上周五: a day of the week before the dateline's, found where its year is known
LAST_WEEK = r"上周[一二三四五六日天]"
# the day a dateline's story tells of, relative or in the dateline's month (…11月24日电 昨日，…; …3月15日电（记者 李明）14日，…),
# also after a dateline in brackets (（2024年11月21日）前天上午，…; （2024年7月6日 上海）前一天下午，…)
DATELINE_THEN = re.compile(r"\s*(?:[)）]?\s*(?:电|讯)[)）]?\s*[（(]?[^，。；]{0,12}?[)）]?|[^，。；（()）]{0,8}[)）])\s*(?:(%s)|(\d{1,2})日)"
                           % "|".join(RELATIVE))
LOCAL_DAY = re.compile(r"当地时间\s*(\d{1,2})[日号]")  # (北京时间1月23日凌晨消息，…)当地时间22日: the day before where it was
# or a relative day later in the dateline's sentence (本报杭州1月21日讯 由A创立的B（以下简称“b”），昨日正式发布…; …已于上周五印发)
DATELINE_LATER = re.compile(r"\s*[)）]?\s*(?:电|讯)[^。！？；\n]*?(%s)" % "|".join([*RELATIVE, LAST_WEEK]))
# a date known only to the month or the year (2021年1月 → 2021-01, 2018年 → 2018); not a year that
# ends a range or a target (2023-2025年, 到2025年), nor one inside a title (《…2024年工作要点》)
YEAR_MONTH = re.compile(r"(?<![\d\-—－~～至到])(\d{4})年(?:(\d{1,2})月份?)?(?![\d以前后]|[底末初]前)")
TITLE = re.compile(r"《[^《》]*(?:》|$)")  # a title, or one the dateline's window cuts off
UNTIL = re.compile(r"(?<!截)[至到]$")  # (将持续)至9月15日: the end of a period, not the day of the news


# a sentence that speaks of another time than the day the article reports (此前, 去年, 近日, 将于)
CLAUSE_END = re.compile(r"[，,]|$")
DATE_CLAUSE = re.compile(r"(?:早在|在)?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:初|底|末|中旬|上旬|下旬)?")
# a sentence that opens on the day after the one told before it (开幕次日，A推出B), some days after (两天后，A在L召开E),
# or on the day before it (闭幕前一天，A与B签订…), or some days or weeks before or after (一周前，A已在L发布B)
NEXT_DAY = re.compile(r"[^，,。；]{0,8}?(?:(次日|翌日|第二天|隔天)|([一两二三四五六七八九十]|\d{1,2})(天|日|周|个?星期)(后|之后|前|之前)"
                      r"|前一天|前一日)")
DAY_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
OTHER_TIME = re.compile(r"此前|之前|以前|早前|早在|去年|前年|曾|近日|日前|近期|近年|以来|将于|计划于|预计")
SAME_DAY = re.compile(r"当天|当日|同日|同一天|同天")  # (双方)当天签署…，将在2026年推出: the day told before, not 2026


class DateFinder:
    """Dates for facts: the sentence's own date, else the dateline's for the title and lead sentence,
    else, where the sentence speaks of no other time, the last day stated before it (会上, 同日, …)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        published = doc.user_data.get("kg_published")
        self.published = date.fromisoformat(published) if published and len(published) == 10 else None
        title_end = doc.user_data.get("kg_title_end", -1)
        self.lead_start = title_end + 1 if title_end >= 0 else 0
        lead = re.match(r"[^。！？；\n]*", doc_text(doc)[self.lead_start:])
        self.lead_end = self.lead_start + (lead.end() if lead else 0)
        self.month = self.published.isoformat()[:7] if self.published else None
        text = doc_text(doc)
        window = min(self.lead_end, self.lead_start + 40)
        # a day at the head of the lead is read whole (…与OpenAI于2025年|2月3日), with the whole sentence, for a
        # relative day later in it
        head = DATE.search(text, self.lead_start, self.lead_end)
        self.dateline = self.find(text[self.lead_start:self.lead_end if head and head.start() < window else window])
        if self.dateline and re.search(r"-\d\d-\d\d$", self.dateline):
            self.month = self.dateline[:-3]  # 2023-05 or --05
        self.days: list[tuple[int, str]] | None = None  # (sentence start, the day it states), made on first use

    def find(self, text: str) -> str | None:
        m = next((d for d in DATE.finditer(text) if not UNTIL.search(text, 0, d.start())), None)
        if m:  # 2023年5月23日, 5月23日, 2023-05-23, 2023.5.23, 2023/5/23
            year, month, day = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(6), m.group(7))
            month, day = int(month), int(day)
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            if not year and self.published:
                year = self.published.year - (1 if (month, day) > (self.published.month, self.published.day + 1) else 0)
            after = DATELINE_THEN.match(text, m.end())  # 本报北京11月24日电 昨日，…: the day before the dateline's
            later = None if after else DATELINE_LATER.match(text, m.end())
            if after and after.group(2) and int(after.group(2)) <= day:
                shift = int(after.group(2)) - day  # 3月15日电 14日，…: the 14th
            else:  # a time zone behind Beijing's is at most a day behind
                relative = after.group(1) if after else later.group(1) if later else None
                local = LOCAL_DAY.search(text, m.end())
                if relative and relative.startswith("上周"):  # 2024年12月4日讯 …已于上周五印发: 2024-11-29
                    weekday = date(int(year), month, day).weekday() if year else None
                    shift = 0 if weekday is None else -(weekday + 7 - WEEKDAYS.index(relative[-1].replace("天", "日")))
                else:
                    shift = (RELATIVE[relative] if relative else 0) - (local is not None and int(local.group(1)) != day)
            try:  # int(): １９９５ is written 1995; a year-less day is shifted in a common year
                when = date(int(year or 2001), month, day) + timedelta(days=shift)
            except ValueError:
                return None
            return when.isoformat() if year else when.strftime("--%m-%d")
        day = DAY_ONLY.search(text)
        if day and self.month:  # 23日，… in an article dated May
            return f"{self.month}-{int(day.group(1)):02d}" if 1 <= int(day.group(1)) <= 31 else None
        for word, shift in RELATIVE.items():
            if word in text and self.published:
                return (self.published + timedelta(days=shift)).isoformat()
        m = YEAR_MONTH.search(TITLE.sub("", text))
        if m and m.group(2):
            return f"{int(m.group(1))}-{int(m.group(2)):02d}" if 1 <= int(m.group(2)) <= 12 else None
        return str(int(m.group(1))) if m else None

    def of(self, sent: Sentence, at: int | None = None) -> str | None:
        """The date of a fact stated in ``sent``, its tail named at ``at``: a date the sentence states, unless
        the clause at ``at`` speaks of another time and states none (A成立于2016年，…，此前已推出B), or states its own
        day (…获悉，E将于3月27日举行)."""
        own = self.find(sent.text[sent.start:sent.end])
        same_day = SAME_DAY.search(sent.text, sent.start, sent.end)
        if own and not re.search(r"-\d\d$", own) and same_day \
                and same_day.start() < YEAR_MONTH.search(sent.text, sent.start, sent.end).start():
            own = self.day_before(sent.start) or own  # a bare year or month after it tells a later time
        if own and at is not None:
            opens = max(sent.start, *(sent.text.rfind(c, sent.start, at) + 1 for c in "，,"))
            closes = CLAUSE_END.search(sent.text, at, sent.end).start()
            clause = sent.text[opens:closes]
            before = sent.text[max(sent.start, *(sent.text.rfind(c, sent.start, opens - 1) + 1 for c in "，,")):opens - 1]
            if OTHER_TIME.search(clause) and not self.find(clause) and not DATE_CLAUSE.fullmatch(before):
                return None  # but 2020年8月，A曾联合B成立C: the clause before states only its time
            later = self.find(clause) if OTHER_TIME.search(clause) and re.search(r"-\d\d-\d\d$", own) else None
            if later:  # 3月20日，记者获悉，E将于3月27日在L举行: the clause's own day, in the sentence's year
                return own[:4] + later[1:] if later.startswith("--") and own[0] != "-" else later
        if own:
            return own
        in_lead = sent.end <= self.lead_start or sent.start < self.lead_end
        if in_lead or OTHER_TIME.search(sent.text, sent.start, sent.end):
            return self.dateline if in_lead else None
        day = self.day_before(sent.start)
        shift = NEXT_DAY.match(sent.text, sent.start) if day else None
        return _next_day(day, _days_shifted(shift)) if shift else day

    def day_before(self, pos: int) -> str | None:
        """The last day (not a bare month or year) that a sentence of the text before ``pos`` states."""
        if self.days is None:
            text = doc_text(self.doc)
            self.days = [(start, day) for start, end in sentence_bounds(self.doc) if start >= self.lead_start
                         for day in [self.find(text[start:end]) or (self.dateline if start < self.lead_end else None)]
                         if day and re.search(r"-\d\d-\d\d$", day)]
        return next((day for start, day in reversed(self.days) if start < pos), None)


def _days_shifted(shift: re.Match) -> int:
    """How many days a NEXT_DAY match moves on: 1 for 次日, N for N天后, -7 for 一周前, -1 for 前一天."""
    if shift.group(1):
        return 1
    if not shift.group(2):
        return -1
    days = (DAY_COUNT.get(shift.group(2)) or int(shift.group(2))) * (1 if shift.group(3) in "天日" else 7)
    return -days if shift.group(4).endswith("前") else days


def _next_day(day: str, days: int = 1) -> str:
    """The day ``days`` after ``day`` (2024-07-04 or --07-04; -1: the day before), written the same way."""
    year = not day.startswith("--")
    when = date.fromisoformat(day if year else "2001" + day[1:]) + timedelta(days=days)
    return when.isoformat() if year else when.strftime("--%m-%d")
