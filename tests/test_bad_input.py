"""Bad input (issue 8): a one-line message naming the file (and line), exit status 2 when the
input cannot be used, no traceback, and the outputs of an earlier run left as they were;
usable oddities (GBK, BOM, HTML, control characters, repeated ids) are read correctly."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import SHARED, run_kg

from kg.outputs import OUTPUTS

GBK_TITLE = "工信部印发京津冀产业协同发展实施方案"
GBK_TEXT = "5月23日，工业和信息化部会同国务院有关部门联合制定印发《京津冀产业协同发展实施方案》。"


def earlier_outputs(tmp_path: Path) -> tuple[Path, Path, dict[Path, bytes]]:
    """An ``-o`` file and an ``-o`` folder holding the outputs of an earlier run, and their bytes."""
    out_file, out_dir = tmp_path / "earlier.jsonl", tmp_path / "earlier-build"
    out_dir.mkdir()
    out_file.write_bytes(b'{"id": "earlier"}\n')
    for name in OUTPUTS:
        (out_dir / name).write_bytes(f"earlier {name}\n".encode())
    return out_file, out_dir, snapshot(tmp_path)


def snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def refused(tmp_path: Path, inputs: list[str], *words: str, commands=("extract",), options=(),
            stdin: bytes | None = None) -> str:
    """Run the commands on ``inputs``; each must exit 2 with one line on standard error that holds
    ``words``, no traceback, and leave the earlier outputs (and every other file) as they were."""
    out_file, out_dir, before = earlier_outputs(tmp_path)
    message = ""
    for command in commands:
        out = out_file if command == "extract" else out_dir
        proc = run_kg(command, *inputs, "-o", str(out), *options, input=stdin, check=False)
        message = proc.stderr.strip()
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and len(message.splitlines()) == 1, proc.stderr
        assert message.startswith(f"kg {command}: error: ")
        for word in words:
            assert word in message
        assert snapshot(tmp_path) == before
    return message


def test_missing_file(tmp_path):
    refused(tmp_path, [str(tmp_path / "nowhere.jsonl")], "nowhere.jsonl", "no such file", commands=("extract", "build"))


def test_empty_file(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    refused(tmp_path, [str(path)], f"{path}: empty file", commands=("extract", "build"))


def test_whitespace_and_control_characters_only_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \r\n\x0b\x0c\x7f\t\n \xe2\x80\x8b\n")
    refused(tmp_path, [str(path)], f"{path}: empty file")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    refused(tmp_path, [str(path)], f"{path}: binary file")


def test_undecodable_text(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes("華為發布鴻蒙作業系統，臺灣媒體報導。".encode("big5") + b"\xff\xfe\x80" * 3)
    refused(tmp_path, [str(path)], f"{path}: cannot decode", "GB18030")


def test_malformed_json_line_names_file_and_line(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "title": "甲", "text": "一"}\n\n{"id": "b", "title": "乙", "text": 二}\n',
                    encoding="utf-8")
    refused(tmp_path, [str(path)], f"{path}:3: bad JSON line", commands=("extract", "build"))


def test_malformed_line_on_standard_input(tmp_path):
    refused(tmp_path, ["-"], "<stdin>:2: bad JSON line", stdin=b'{"id": "a", "title": "t", "text": "x"}\n{oops\n')


@pytest.mark.parametrize("row, words", [
    ({"id": "x"}, ("neither 'title' nor 'text'",)),
    ({"id": "x", "title": 5, "text": "正文"}, ("'title' must be a string",)),
    ({"id": ["x"], "title": "t", "text": "正文"}, ("'id' must be a string or a number",)),
    ({"title": "t", "text": "正文", "url": {"href": "u"}}, ("'url' must be a string",)),
    (["not", "an", "object"], ("expected a JSON object",)),
])
def test_missing_or_mistyped_fields(tmp_path, row, words):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "ok", "title": "t", "text": "x"}\n' + json.dumps(row) + "\n", encoding="utf-8")
    refused(tmp_path, [str(path)], f"{path}:2: bad article", *words)


def test_nothing_usable_even_when_skipping(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("{oops\n[]\n", encoding="utf-8")
    message = refused(tmp_path, [str(path)], "no usable articles", commands=("extract", "build"), options=["--skip-bad"])
    assert str(path) in message


def test_folder_without_inputs(tmp_path):
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "data.csv").write_text("a,b\n", encoding="utf-8")
    refused(tmp_path, [str(folder)], f"{folder}: no input files")


def test_skip_bad_skips_names_and_counts(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        '{"id": "a1", "title": "百度发布文心一言", "text": "3月16日，百度发布文心一言。"}\n'
        '{"id": "a2", "title": 7}\n'
        '{broken\n'
        '{"id": "a3", "title": "阿里云与MongoDB签署合作协议", "text": "5月10日，阿里云与MongoDB签署战略合作协议。"}\n',
        encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    out_dir = tmp_path / "out"
    proc = run_kg("build", str(folder), "-o", str(out_dir), "--skip-bad")
    assert "Traceback" not in proc.stderr
    for where in (f"{folder / 'a.jsonl'}:2: bad article", f"{folder / 'a.jsonl'}:3: bad JSON line",
                  f"{folder / 'b.txt'}: empty file", f"{folder / 'c.txt'}: binary file"):
        assert f"skipped {where}" in proc.stderr
    assert "4 bad lines or files skipped" in proc.stderr
    import kg

    assert sorted(kg.load(out_dir).graph.graph["articles"]) == ["a1", "a3"]
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(OUTPUTS)


def test_usable_oddities_are_read(tmp_path):
    """GBK, GB18030, UTF-8 with BOM, UTF-16, HTML pages and fields, control characters, lone
    surrogates and repeated ids, all in one run of ``kg extract`` over a folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1-gbk.txt").write_bytes(f"{GBK_TITLE}\r\n{GBK_TEXT}\r\n".encode("gbk"))
    (folder / "2-gb18030.txt").write_bytes("生僻字𠀾公司发布产品\n㐀㐁两个扩展字。".encode("gb18030"))
    (folder / "3-bom.txt").write_bytes("\ufeff带BOM的标题\n正文。".encode("utf-8"))
    (folder / "4-utf16.txt").write_bytes("UTF-16的标题\n正文。".encode("utf-16"))
    (folder / "5-page.html").write_bytes(
        '<html><head><meta charset="gbk"><title>华为发布鸿蒙4</title><script>alert(1)</script></head>'
        "<body><p>8月4日，华为发布鸿蒙4。</p><style>p{}</style></body></html>".encode("gbk"))
    rows = [
        {"id": "ctl", "title": "控制\x07字符\x1b标题\x85", "text": "正文\x00有\u200b控制\x7f字符\ud800和孤立代理\udfff。"},
        {"id": "html", "title": "", "text": "<div><h1>网页标题</h1><p>段落&amp;一</p><script>steal()</script></div>"},
        {"id": "ctl", "title": "重复的编号", "text": "后来的一篇不算。"},
    ]
    (folder / "6-rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n",
                                          encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_kg("extract", str(folder), "-o", str(out))
    assert "Traceback" not in proc.stderr
    assert f"skipped {folder / '6-rows.jsonl'}:3: duplicate id 'ctl' (first in {folder / '6-rows.jsonl'}:1)" \
        in proc.stderr
    assert "1 articles with a repeated id skipped" in proc.stderr
    docs = {Path(d["source"]).name + ("#" + d["id"] if d["source"].endswith(".jsonl") else ""): d
            for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(docs) == ["1-gbk.txt", "2-gb18030.txt", "3-bom.txt", "4-utf16.txt", "5-page.html",
                            "6-rows.jsonl#ctl", "6-rows.jsonl#html"]
    assert (docs["1-gbk.txt"]["title"], docs["1-gbk.txt"]["text"]) == (GBK_TITLE, GBK_TEXT)
    assert docs["2-gb18030.txt"]["title"] == "生僻字𠀾公司发布产品"
    assert docs["3-bom.txt"]["title"] == "带BOM的标题" and docs["4-utf16.txt"]["title"] == "UTF-16的标题"
    page = docs["5-page.html"]
    assert (page["title"], page["text"]) == ("华为发布鸿蒙4", "8月4日，华为发布鸿蒙4。")
    assert (docs["6-rows.jsonl#ctl"]["title"], docs["6-rows.jsonl#ctl"]["text"]) == ("控制字符标题", "正文有控制字符和孤立代理。")
    assert (docs["6-rows.jsonl#html"]["title"], docs["6-rows.jsonl#html"]["text"]) == ("网页标题", "网页标题\n段落&一")
    gbk = docs["1-gbk.txt"]
    for mention in (m for e in gbk["entities"] for m in e["mentions"]):
        field = gbk[mention.get("field", "text")]
        assert field[mention["start"]:mention["end"]] == mention["text"]
    assert any(e["name"] == "工业和信息化部" for e in gbk["entities"])


def test_long_article(tmp_path):
    """An article of 50,000 characters (a long report, read in pieces) is extracted, offsets right."""
    sentences = cluener_sentences()
    text = "\n".join(sentences[i % len(sentences)] for i in range(2500))[:50_000]
    path = tmp_path / "long.txt"
    path.write_text("一篇很长的报告\n" + text, encoding="utf-8")
    out = tmp_path / "long.jsonl"
    run_kg("extract", str(path), "-o", str(out), "--quiet")
    (doc,) = map(json.loads, out.read_text(encoding="utf-8").splitlines())
    assert len(doc["text"]) == len(text) and len(doc["entities"]) > 100
    for mention in (m for e in doc["entities"] for m in e["mentions"] if "field" not in m):
        assert text[mention["start"]:mention["end"]] == mention["text"]


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("NEWSKG_SLOW"), reason="takes minutes: set NEWSKG_SLOW=1 to run it")
def test_ten_megabyte_article(tmp_path):
    """A 10 MB article is extracted (no length limit, no traceback); benchmarks time it."""
    sentences = cluener_sentences()
    lines, size, i = ["一篇十兆字节的文章"], 0, 0
    while size < 10_000_000:
        lines.append(sentences[i % len(sentences)])
        size += len(lines[-1].encode("utf-8")) + 1
        i += 1
    path = tmp_path / "big.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "big.jsonl"
    run_kg("extract", str(path), "-o", str(out), "--quiet")
    (doc,) = map(json.loads, out.read_text(encoding="utf-8").splitlines())
    assert len(doc["text"].encode("utf-8")) >= 9_900_000 and doc["entities"]


def cluener_sentences() -> list[str]:
    """Real Chinese news sentences (CLUENER train set), for articles of any length."""
    path = SHARED / "data" / "cluener" / "train.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent: the data sets live in ../shared beside the repository")
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
