"""Readers: news files in, ``Article`` objects out.

Formats: the weekly digest Markdown (numbered items ``[**title**](url)`` then a
paragraph), JSON Lines of ``{"id","url","title","text","published"?}`` (or a
``.json`` file holding one array of such objects), plain ``.txt`` (one article a
file, the first line its title), ``.html`` pages (text without scripts or
styles, title from ``<title>`` or ``<h1>``), folders of these, and ``-`` for
standard input.

Text is decoded from UTF-8 (with or without BOM), UTF-16 with BOM or GB18030
(which covers GBK and GB2312); control characters, zero-width spaces and lone
surrogates are dropped. Input that cannot be used raises ``InputError`` whose
message names the file (and line).

>>> arts = list(read_text("1. [**标题**](https://example.com/a)\\n\\n5月1日，百度发布文心一言。\\n", "digest.md"))
>>> arts[0].title, arts[0].url
('标题', 'https://example.com/a')
>>> html_text("<html><title>T</title><script>x()</script><p>A&amp;B</p></html>")
('A&B', 'T')
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

SUFFIXES = {".md", ".markdown", ".jsonl", ".json", ".txt", ".text", ".html", ".htm"}


class InputError(Exception):
    """Input that cannot be used; the message names the file (and line)."""

    def __init__(self, source: str | os.PathLike, message: str, line: int | None = None):
        where = f"{source}:{line}" if line else str(source)
        super().__init__(f"{where}: {message}")
        self.source, self.line, self.reason = str(source), line, message


class DuplicateArticle(InputError):
    """An article whose id was seen before in the same run (skipped: the first one wins)."""


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str | None = None  # file the article came from

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


def content_id(title: str, text: str) -> str:
    """A stable id for an article that has neither id nor URL."""
    return "sha1-" + hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()[:16]


def make_article(title: str, text: str, *, id: str | None = None, url: str | None = None,
                 published: str | None = None, source: str | None = None) -> Article:
    """An article with cleaned title and text and its id (given id, else URL, else content hash)."""
    title, text = " ".join(clean_text(title or "").split()), clean_text(text or "")
    url = clean_text(url or "") or None
    given = clean_text(str(id)) if id is not None else ""
    return Article(id=given or url or content_id(title, text), title=title, text=text, url=url,
                   published=normalise_date(published), source=source)


# C0/C1 controls but tab and newline, DEL, zero-width space, BOM, lone surrogates, non-characters
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop control and zero-width characters; line and paragraph separators become newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text).strip()


_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?")


def normalise_date(value) -> str | None:
    """'2023-05-19T08:00:00Z', '2023/5/19' or '2023年5月19日' -> '2023-05-19'; None if no valid date."""
    if not value:
        return None
    m = _DATE.search(str(value))
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}" if m.group(3) else f"{y:04d}-{mo:02d}"


# --- HTML -----------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"}
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "hr"}


class _HTMLText(HTMLParser):
    """Collects the visible text of a page, its ``<title>`` and its first ``<h1>``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self.skip = 0
        self.where: str | None = None  # "title" or "h1" while inside one
        self.h1_done = False

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "title":
            self.where = "title"
        elif tag == "h1" and not self.h1_done:
            self.where = "h1"
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in ("title", "h1") and self.where == tag:
            self.h1_done = self.h1_done or tag == "h1"
            self.where = None
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.where == "title":
            self.title.append(data)
            return
        if self.where == "h1":
            self.h1.append(data)
        self.parts.append(data)


def html_text(markup: str) -> tuple[str, str]:
    """``(text, title)`` of an HTML page or fragment: scripts, styles and tags dropped,
    entities decoded, one line per block; the title from ``<title>``, else the first ``<h1>``."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    title = " ".join("".join(parser.title).split()) or " ".join("".join(parser.h1).split())
    return "\n".join(line for line in lines if line), title


_HTML_DOC = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<(/?)(html|head|body|div|p|br|span|a|script|style|h[1-6]|ul|ol|li|table|tr|td|"
                       r"article|section|img|strong|em|b|i|font|iframe)\b[^<>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether a text field holds markup rather than prose."""
    return bool(_HTML_DOC.match(text) or _HTML_TAG.search(text))


# --- formats -------------------------------------------------------------------

_ITEM = re.compile(r"^\s*\d+\.\s*\[\*\*(?P<title>.*?)\*\*\s*(?P<rest>.*?)\]\((?P<url>[^)\s]+)\)", re.S | re.M)

Located = Iterator[tuple[int | None, Article]]  # (line in the file, article)


def read_digest(text: str, source: str) -> Located:
    """Items of a weekly digest: ``N. [**title**](url)`` followed by the paragraph."""
    items = list(_ITEM.finditer(text))
    if not items:
        raise InputError(source, "no digest items found (expected lines like '1. [**title**](url)')")
    for item, nxt in zip(items, items[1:] + [None]):
        body = text[item.end(): nxt.start() if nxt else len(text)]
        title = (item.group("title") + item.group("rest")).replace("*", "").replace("\n", "")
        line = text.count("\n", 0, item.start("title")) + 1
        yield line, make_article(title, body, url=item.group("url"), source=source)


def _field(row: dict, names: tuple[str, ...], types: tuple[type, ...]):
    """The first of ``names`` present in ``row``, checked to be one of ``types``."""
    for name in names:
        value = row.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, types):
            kinds = " or ".join("a string" if t is str else "a number" for t in types)
            raise ValueError(f"'{name}' must be {kinds}, not {type(value).__name__}")
        return value
    return None


def row_article(row, source: str) -> Article:
    """The article of one JSON object; ``ValueError`` says what is wrong with it."""
    if not isinstance(row, dict):
        raise ValueError(f"expected a JSON object, got {type(row).__name__}")
    text = _field(row, ("text", "content", "body"), (str,)) or ""
    title = _field(row, ("title", "headline"), (str,)) or ""
    if looks_like_html(text):
        text, page_title = html_text(text)
        title = title or page_title
    if not (clean_text(text) or clean_text(title)):
        raise ValueError("article has neither 'title' nor 'text'")
    return make_article(title, text, id=_field(row, ("id",), (str, int)), url=_field(row, ("url", "link"), (str,)),
                        published=_field(row, ("published", "date"), (str, int)), source=source)


def read_jsonl(lines: Iterable[str], source: str, skip_bad: bool = False,
               errors: list[InputError] | None = None) -> Located:
    """One article a line. A malformed line raises ``InputError`` naming the line,
    or, with ``skip_bad``, is appended to ``errors`` and skipped."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield n, row_article(json.loads(line, strict=False), source)
        except json.JSONDecodeError as exc:
            _bad(InputError(source, f"bad JSON line: {exc.msg} (column {exc.colno})", line=n), skip_bad, errors)
        except ValueError as exc:
            _bad(InputError(source, f"bad article: {exc}", line=n), skip_bad, errors)


def read_json_array(text: str, source: str, skip_bad: bool = False,
                    errors: list[InputError] | None = None) -> Located:
    """A ``.json`` file holding one array of article objects."""
    try:
        rows = json.loads(text, strict=False)
    except ValueError as exc:
        raise InputError(source, f"bad JSON: {exc.msg}", line=getattr(exc, "lineno", None)) from None
    if not isinstance(rows, list):
        raise InputError(source, "expected a JSON array of articles or one JSON object a line")
    for n, row in enumerate(rows, 1):
        try:
            yield None, row_article(row, source)
        except ValueError as exc:
            _bad(InputError(source, f"bad article (array item {n}): {exc}"), skip_bad, errors)


def read_plain(text: str, source: str) -> Located:
    """A plain-text article: the first non-empty line is its title."""
    lines = clean_text(text).split("\n", 1)
    if not lines[0].strip():
        raise InputError(source, "empty file")
    yield 1, make_article(lines[0], lines[1] if len(lines) > 1 else "", source=source)


def read_html(markup: str, source: str) -> Located:
    """An HTML page as one article (its canonical URL when the page names one)."""
    text, title = html_text(markup)
    if not (text or title):
        raise InputError(source, "HTML page without text")
    canonical = re.search(r"<link\b[^>]*\brel=[\"']?canonical[\"']?[^>]*\bhref=[\"']([^\"'\s>]+)", markup, re.I)
    yield 1, make_article(title, text, url=canonical.group(1) if canonical else None, source=source)


def _bad(err: InputError, skip_bad: bool, errors: list[InputError] | None) -> None:
    """Raise ``err``, or with ``skip_bad`` record it in ``errors``."""
    if not skip_bad:
        raise err
    if errors is not None:
        errors.append(err)


_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def detect_encoding(data: bytes, source: str) -> str:
    """The encoding of a file from its bytes (or its first lines): UTF-8 (with or without BOM),
    UTF-16 with BOM, else GB18030 (covers GBK/GB2312); binary input is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data.decode("utf-16")
            return "utf-16"
        except UnicodeDecodeError:
            raise InputError(source, "starts with a UTF-16 byte-order mark but is not UTF-16") from None
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_BINARY_CONTROL.findall(text[:8192])) > 0.01 * min(len(text), 8192):
            raise InputError(source, "binary file, not text")
        return encoding
    raise InputError(source, "cannot decode: not UTF-8, UTF-16 or GB18030/GBK text "
                             "(convert it first, e.g. iconv -f BIG5 -t UTF-8)")


def decode(data: bytes, source: str) -> str:
    """The text of a file's bytes, in the encoding ``detect_encoding`` finds."""
    return data.decode(detect_encoding(data, source))


SNIFF = 1 << 16


def streamable(name: str) -> bool:
    """A JSON Lines file large enough to read line by line (rather than whole)."""
    if name == "-" or Path(name).suffix.lower() != ".jsonl" or Path(name).stat().st_size <= SNIFF:
        return False
    with open(name, "rb") as f:
        return f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def jsonl_lines(name: str) -> Iterator[str]:
    """A JSON Lines file's lines, read as a stream (memory stays flat however long the file).

    The encoding is found from the first lines; a line that does not decode in it is an error."""
    with open(name, "rb") as f:
        head = f.read(SNIFF)
    if len(head) == SNIFF:
        head = head[: head.rfind(b"\n") + 1] or head
    encoding = detect_encoding(head, name)
    try:
        with open(name, encoding=encoding, newline="") as f:
            yield from f
    except UnicodeDecodeError as exc:
        raise InputError(name, f"cannot decode as {encoding} past byte {exc.start}") from None


def guess_format(text: str, source: str) -> str:
    """'jsonl', 'digest', 'txt' or 'html', from the file's suffix, else its first characters."""
    suffix = Path(source).suffix.lower()
    if suffix in (".jsonl", ".json"):
        return "jsonl"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown") or _ITEM.search(text[:4000]):
        return "digest"
    if suffix in (".txt", ".text"):
        return "txt"
    if _HTML_DOC.match(text):
        return "html"
    return "jsonl" if text.lstrip().startswith(("{", "[")) else "txt"


def read_located(text: str, source: str, fmt: str | None = None, skip_bad: bool = False,
                 errors: list[InputError] | None = None) -> Located:
    """``(line, article)`` pairs of one file's text; ``fmt`` as for ``read_text``."""
    if not clean_text(text):
        raise InputError(source, "empty file")
    fmt = fmt or guess_format(text, source)
    if fmt == "jsonl":
        if text.lstrip().startswith("["):
            return read_json_array(text, source, skip_bad, errors)
        return read_jsonl(text.split("\n"), source, skip_bad, errors)
    if fmt == "digest":
        return read_digest(text, source)
    if fmt == "html":
        return read_html(text, source)
    return read_plain(text, source)


def read_text(text: str, source: str, fmt: str | None = None, skip_bad: bool = False,
              errors: list[InputError] | None = None) -> Iterator[Article]:
    """Articles from one file's text; ``fmt`` is 'digest', 'jsonl', 'txt' or 'html' (guessed when None)."""
    return (article for _, article in read_located(text, source, fmt, skip_bad, errors))


def input_files(paths: Iterable[str | Path]) -> list[str]:
    """Expand folders (recursively, files with a known suffix, hidden ones left out, sorted); '-' stays '-'."""
    files: list[str] = []
    for p in paths:
        if str(p) == "-":
            files.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(str(Path(root, name)) for root, dirs, names in os.walk(path)
                           for name in names if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in Path(root).relative_to(path).parts))
            if not found:
                raise InputError(path, f"no input files in this folder ({', '.join(sorted(SUFFIXES))})")
            files += found
        elif path.is_file():
            files.append(str(path))
        else:
            raise InputError(path, "no such file or folder")
    return files


@cache
def stdin_bytes() -> bytes:
    """Standard input, read once (it is read again after ``check_inputs``)."""
    return sys.stdin.buffer.read()


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return stdin_bytes()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None


def read_inputs(paths: Iterable[str | Path], skip_bad: bool = False,
                errors: list[InputError] | None = None) -> Iterator[Article]:
    """All articles of the given files and folders, in order.

    A file or line that cannot be used raises ``InputError``; with ``skip_bad`` it
    is recorded in ``errors`` and skipped. An article whose id was seen before in
    this run is skipped (the first wins) and recorded in ``errors`` as a
    ``DuplicateArticle``. Input without a single usable article raises ``InputError``.
    """
    paths = [str(p) for p in paths]
    seen: dict[str, str] = {}
    for name in input_files(paths):
        source = "<stdin>" if name == "-" else name
        try:
            if streamable(name):
                located = read_jsonl(jsonl_lines(name), source, skip_bad, errors)
            else:
                located = read_located(decode(_read_bytes(name), source), source, skip_bad=skip_bad, errors=errors)
            for line, article in located:
                where = f"{source}:{line}" if line else source
                if article.id in seen:
                    if errors is not None:
                        errors.append(DuplicateArticle(source, f"duplicate id {article.id!r} "
                                                               f"(first in {seen[article.id]})", line))
                    continue
                seen[article.id] = where
                yield article
        except InputError as exc:
            if not skip_bad:
                raise
            if errors is not None:
                errors.append(exc)
    if not seen:
        raise InputError(", ".join(paths) or "<no input>", "no usable articles")


def check_inputs(paths: Iterable[str | Path], skip_bad: bool = False) -> int:
    """Read and parse every input once, without extracting, so that a bad file or line
    stops a run before the pipeline loads; the number of usable articles."""
    return sum(1 for _ in read_inputs(paths, skip_bad=skip_bad, errors=[]))
