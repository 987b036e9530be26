"""Each input format becomes the right articles with stable ids (issue 2, Input)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLE, SHARED, run_kg

from kg.readers import Article, content_id, input_files, make_article, read_inputs, read_text

SEED_DOCS = SHARED / "eval" / "seed_docs.jsonl"


def test_digest_sample_gives_its_fifteen_items():
    articles = list(read_inputs([SAMPLE]))
    assert len(articles) == 15
    first, second = articles[0], articles[1]
    assert first.title == "中国互联网协会发出提醒：警惕“AI换脸”新骗局"
    assert first.url == "https://mp.weixin.qq.com/s/R4phO52P75TTmbMCpbiy2g"
    assert first.id == first.url  # no id in a digest: the URL is the id
    assert first.text.startswith("5月24日，中国互联网协会发文提示")
    assert second.title == "《京津冀产业协同发展实施方案》印发，力争到2025年产业协同发展水平显著"
    assert all(a.url.startswith("https://") and "*" not in a.title and "\n" not in a.title for a in articles)
    assert len({a.id for a in articles}) == 15


def test_digest_matches_the_seed_documents():
    if not SEED_DOCS.is_file():
        pytest.skip(f"{SEED_DOCS} is absent: the development set lives in ../shared beside the repository")
    digest, docs = list(read_inputs([SAMPLE])), list(read_inputs([SEED_DOCS]))
    assert [(a.title, a.url, a.text) for a in digest] == [(d.title, d.url, d.text) for d in docs]


def test_jsonl_fields(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "n1", "url": "https://example.com/1", "title": "百度发布文心一言", "text": "3月16日，百度发布文心一言。",
             "published": "2023-03-16T10:00:00+08:00"},
            {"url": "https://example.com/2", "title": "无编号", "text": "正文", "published": "2023年5月9日"},
            {"title": "既无编号也无链接", "text": "正文二"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    a, b, c = read_inputs([path])
    assert (a.id, a.url, a.title, a.text, a.published) == ("n1", "https://example.com/1", "百度发布文心一言",
                                                            "3月16日，百度发布文心一言。", "2023-03-16")
    assert (b.id, b.published) == ("https://example.com/2", "2023-05-09")
    assert c.id == content_id("既无编号也无链接", "正文二") and c.url is None and c.source == str(path)


def test_seed_docs_jsonl():
    if not SEED_DOCS.is_file():
        pytest.skip(f"{SEED_DOCS} is absent: the development set lives in ../shared beside the repository")
    rows = [json.loads(line) for line in SEED_DOCS.read_text(encoding="utf-8").splitlines()]
    articles = list(read_inputs([SEED_DOCS]))
    assert [(a.id, a.url, a.title, a.text) for a in articles] == [(r["id"], r["url"], r["title"], r["text"]) for r in rows]
    assert len(articles) == 15


def test_json_array_file(tmp_path):
    path = tmp_path / "news.json"
    path.write_text(json.dumps([{"id": "a", "title": "甲", "text": "一"}, {"id": "b", "title": "乙", "text": "二"}],
                               ensure_ascii=False, indent=2), encoding="utf-8")
    assert [a.id for a in read_inputs([path])] == ["a", "b"]


def test_txt_first_line_is_the_title(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("\n\n  阿里云与MongoDB签署合作协议  \n5月10日，阿里云与MongoDB签署战略合作协议。\n第二段。\n", encoding="utf-8")
    (article,) = read_inputs([path])
    assert article.title == "阿里云与MongoDB签署合作协议"
    assert article.text == "5月10日，阿里云与MongoDB签署战略合作协议。\n第二段。"
    assert article.id.startswith("sha1-")


def test_html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>华为发布鸿蒙4</title>
<link rel="canonical" href="https://example.com/harmony4"><style>p { color: red }</style>
<script>document.write("不该出现")</script></head>
<body><h1>华为发布鸿蒙4</h1><p>8月4日，华为&nbsp;发布<b>鸿蒙4</b>。</p><noscript>请启用脚本</noscript>
<p>第二段&lt;b&gt;</p></body></html>""", encoding="utf-8")
    (article,) = read_inputs([path])
    assert article.title == "华为发布鸿蒙4"
    assert article.url == article.id == "https://example.com/harmony4"
    assert article.text == "华为发布鸿蒙4\n8月4日，华为 发布鸿蒙4。\n第二段<b>"
    assert "不该出现" not in article.text and "color" not in article.text and "启用" not in article.text


def test_folder_recursive_sorted_known_suffixes(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("标题二\n正文", encoding="utf-8")
    (tmp_path / "1.txt").write_text("标题一\n正文", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "j", "title": "标题三", "text": "正文"}\n', encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    (tmp_path / ".graph.ttl.123.tmp").write_text("junk", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("隐藏\n正文", encoding="utf-8")
    assert input_files([tmp_path]) == [str(tmp_path / "1.txt"), str(tmp_path / "a.jsonl"), str(tmp_path / "b" / "2.txt")]
    assert [a.title for a in read_inputs([tmp_path])] == ["标题一", "标题三", "标题二"]


def test_ids_are_given_id_else_url_else_stable_hash():
    assert make_article("t", "x", id="given", url="https://u").id == "given"
    assert make_article("t", "x", id=7).id == "7"
    assert make_article("t", "x", url="https://u").id == "https://u"
    hashed = make_article("t", "x")
    assert hashed.id == make_article(" t ", "x\r\n").id == content_id("t", "x")
    assert hashed.id != make_article("t", "y").id
    assert content_id("标题", "正文") == "sha1-98ad40c9df93dbf6"  # the same in every run and version


def test_format_guessed_from_content():
    assert [a.id for a in read_text('{"id": "x", "title": "t", "text": "正文"}\n', "<stdin>")] == ["x"]
    assert next(read_text("1. [**标题**](https://e.com/a)\n\n正文\n", "<stdin>")).url == "https://e.com/a"
    assert next(read_text("<!doctype html><title>页</title><p>正文</p>", "<stdin>")).title == "页"
    assert isinstance(next(read_text("标题\n正文", "<stdin>")), Article)


def test_standard_input_through_kg_extract():
    lines = "".join(json.dumps({"id": f"s{i}", "title": f"百度发布文心一言{i}", "text": "3月16日，百度在北京发布文心一言。"},
                               ensure_ascii=False) + "\n" for i in range(2))
    out = run_kg("extract", "-", "--quiet", input=lines.encode("utf-8"))
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["s0", "s1"]
    assert all("entities" in d and "relations" in d for d in docs)


def test_digest_on_standard_input_through_kg_extract():
    out = run_kg("extract", "-", "--quiet", input=Path(SAMPLE).read_bytes())
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(docs) == 15 and docs[1]["title"].startswith("《京津冀产业协同发展实施方案》")


def test_large_jsonl_is_streamed_with_line_numbers(tmp_path):
    """A JSON Lines file past the sniffing window is read line by line, GBK included."""
    from kg.readers import InputError, read_inputs, streamable

    rows = [json.dumps({"id": f"a{i}", "title": "标题", "text": f"百度第{i}次发布文心一言。\u2028续"}, ensure_ascii=False)
            for i in range(3000)]
    path = tmp_path / "big.jsonl"
    path.write_bytes(("\n".join(rows) + "\n").encode("gb18030"))
    assert streamable(str(path))
    articles = list(read_inputs([path]))
    assert len(articles) == 3000 and articles[-1].id == "a2999" and articles[0].text.endswith("续")
    path.write_bytes(("\n".join(rows[:2500] + ['{"id": "bad", ', *rows[2500:]]) + "\n").encode("utf-8"))
    with pytest.raises(InputError, match=r"big.jsonl:2501"):
        list(read_inputs([path]))
