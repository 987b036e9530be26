"""Readers: news files in, ``Article`` objects out.

Formats: the weekly digest Markdown (numbered items ``[**title**](url)`` then a
paragraph), JSON Lines of ``{"id","url","title","text","published"?}``, plain
``.txt`` (one article a file), folders of these, and ``-`` for standard input.

>>> arts = list(read_text("1. [**标题**](https://example.com/a)\\n\\n5月1日，百度发布文心一言。\\n", "digest.md"))
>>> arts[0].title, arts[0].url
('标题', 'https://example.com/a')
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator

SUFFIXES = {".md", ".markdown", ".jsonl", ".json", ".txt", ".text"}


class InputError(Exception):
    """Input that cannot be used; the message names the file (and line)."""

    def __init__(self, source: str, message: str, line: int | None = None):
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")
        self.source, self.line = source, line


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
    title, text = clean_text(title or ""), clean_text(text or "")
    return Article(id=str(id or url or content_id(title, text)), title=title, text=text,
                   url=url or None, published=normalise_date(published), source=source)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


def clean_text(text: str) -> str:
    """Drop control and zero-width characters; keep newlines and tabs."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?")


def normalise_date(value) -> str | None:
    """'2023-05-19T08:00:00Z', '2023/5/19' or '2023年5月19日' -> '2023-05-19'; None if no date."""
    if not value:
        return None
    m = _DATE.search(str(value))
    if not m:
        return None
    y, mo, d = m.group(1), int(m.group(2)), m.group(3)
    return f"{y}-{mo:02d}-{int(d):02d}" if d else f"{y}-{mo:02d}"


# --- formats -------------------------------------------------------------------

_ITEM = re.compile(r"^\s*\d+\.\s*\[\*\*(?P<title>.*?)\*\*\s*(?P<rest>.*?)\]\((?P<url>[^)\s]+)\)", re.S | re.M)


def read_digest(text: str, source: str) -> Iterator[Article]:
    """Items of a weekly digest: ``N. [**title**](url)`` followed by the paragraph."""
    items = list(_ITEM.finditer(text))
    if not items:
        raise InputError(source, "no digest items found (expected lines like '1. [**title**](url)')")
    for item, nxt in zip(items, items[1:] + [None]):
        body = text[item.end(): nxt.start() if nxt else len(text)]
        title = (item.group("title") + item.group("rest")).replace("*", "").replace("\n", "")
        yield make_article(title, body, url=item.group("url"), source=source)


def read_jsonl(lines: Iterable[str], source: str, skip_bad: bool = False,
               errors: list[InputError] | None = None) -> Iterator[Article]:
    """One article a line. A malformed line raises ``InputError`` naming the line,
    or, with ``skip_bad``, is appended to ``errors`` and skipped."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("expected a JSON object")
            text = row.get("text") or row.get("content") or ""
            title = row.get("title") or ""
            if not isinstance(text, str) or not isinstance(title, str):
                raise ValueError("'title' and 'text' must be strings")
            if not (text.strip() or title.strip()):
                raise ValueError("article has neither 'title' nor 'text'")
            yield make_article(title, text, id=row.get("id"), url=row.get("url"),
                               published=row.get("published") or row.get("date"), source=source)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            err = InputError(source, f"bad JSON line: {exc}", line=n)
            if not skip_bad:
                raise err from None
            if errors is not None:
                errors.append(err)


def read_plain(text: str, source: str) -> Iterator[Article]:
    """A plain-text article: the first non-empty line is its title."""
    lines = text.strip().split("\n", 1)
    if not lines[0].strip():
        raise InputError(source, "empty file")
    yield make_article(lines[0], lines[1] if len(lines) > 1 else "", source=source)


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else GB18030 (covers GBK/GB2312); binary input is refused."""
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file, not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(source, "cannot decode as UTF-8 or GB18030 (GBK)")


def read_text(text: str, source: str, fmt: str | None = None, skip_bad: bool = False,
              errors: list[InputError] | None = None) -> Iterator[Article]:
    """Articles from one file's text; ``fmt`` is 'digest', 'jsonl' or 'txt' (guessed when None)."""
    if not text.strip():
        raise InputError(source, "empty file")
    fmt = fmt or guess_format(text, source)
    if fmt == "jsonl":
        return read_jsonl(text.splitlines(), source, skip_bad, errors)
    if fmt == "digest":
        return read_digest(text, source)
    return read_plain(text, source)


def guess_format(text: str, source: str) -> str:
    suffix = Path(source).suffix.lower()
    if suffix in (".jsonl", ".json"):
        return "jsonl"
    if suffix in (".md", ".markdown") or _ITEM.search(text[:4000]):
        return "digest"
    if suffix in (".txt", ".text"):
        return "txt"
    return "jsonl" if text.lstrip().startswith("{") else "txt"


def input_files(paths: Iterable[str | Path]) -> list[str]:
    """Expand folders (recursively, files with a known suffix, sorted); '-' stays '-'."""
    files: list[str] = []
    for p in paths:
        if str(p) == "-":
            files.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            files += sorted(str(f) for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(str(path))
        else:
            raise InputError(str(p), "no such file or folder")
    return files


def read_inputs(paths: Iterable[str | Path], skip_bad: bool = False,
                errors: list[InputError] | None = None) -> Iterator[Article]:
    """All articles of the given files and folders, in order.

    Articles with an id seen before in this run are skipped (the first wins)."""
    seen: set[str] = set()
    for name in input_files(paths):
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        source = "<stdin>" if name == "-" else name
        for article in read_text(decode(data, source), source, skip_bad=skip_bad, errors=errors):
            if article.id not in seen:
                seen.add(article.id)
                yield article
