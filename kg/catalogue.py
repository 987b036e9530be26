"""The entity catalogue (``ontologies/catalogue.ttl``): well-known entities with their aliases.

Used to find names in text, to type them, and to give every surface form of
one real thing the same id (工信部 = 工业和信息化部; 腾讯 ≠ 腾讯云).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .graph import norm
from .schema import KG, ONTOLOGY_DIR, TYPE_BY_CLASS

CATALOGUE_PATH = ONTOLOGY_DIR / "catalogue.ttl"


@dataclass(frozen=True)
class Entry:
    id: str
    type: str  # COMPANY …
    name: str  # the @zh label
    aliases: tuple[str, ...]
    parent: str | None = None
    wikidata: str | None = None


class Lexicon:
    """Surface forms with a value each, found in text by longest match at each position.

    Surfaces match case-insensitively; Latin-only ones only at word boundaries.

    >>> lex = Lexicon({"工业和信息化部": 1, "工信部": 1, "GPT-4": 2})
    >>> lex.scan("工业和信息化部会同工信部评估gpt-4")
    [(0, 7, 1), (9, 12, 1), (14, 19, 2)]
    """

    def __init__(self, surfaces: dict | None = None):
        self._exact: dict = {}
        self._lengths: dict[str, list[int]] = {}
        for surface, value in (surfaces or {}).items():
            self.add(surface, value)

    def add(self, surface: str, value) -> None:
        """Add a surface form (the first value given for a form stays)."""
        key = surface.lower()
        if len(key) < 2 or key in self._exact:
            return
        self._exact[key] = value
        lengths = self._lengths.setdefault(key[:2], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)

    def scan(self, text: str) -> list[tuple[int, int, object]]:
        """Longest non-overlapping matches, left to right; a match gives way to a longer one that
        starts inside it (联合国家发展改革委: 国家发展改革委, not 联合国).

        >>> Lexicon({"联合国": 1, "国家发展改革委": 2}).scan("联合国家发展改革委")
        [(2, 9, 2)]
        """
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text
        found, i = [], 0
        while i < len(text) - 1:
            length = self._longest(text, lowered, i) if lowered[i:i + 2] in self._lengths else 0
            if length and not any(self._longest(text, lowered, k) > length + k - i for k in range(i + 1, i + length)
                                  if lowered[k:k + 2] in self._lengths):
                found.append((i, i + length, self._exact[lowered[i:i + length]]))
                i += length
            else:
                i += 1
        return found

    def _longest(self, text: str, lowered: str, i: int) -> int:
        """The length of the longest surface that starts at ``i`` (0 if none)."""
        for length in self._lengths.get(lowered[i:i + 2], ()):
            piece = lowered[i:i + length]
            if i + length <= len(text) and piece in self._exact and \
                    not (piece.isascii() and not word_bounded(text, i, i + length)):
                return length
        return 0


class Catalogue:
    """Entries by id and by normalised surface form, and a scanner for their names in text."""

    def __init__(self, entries: list[Entry]):
        self.entries = {e.id: e for e in entries}
        self.by_surface: dict[str, Entry] = {}
        self.lexicon = Lexicon()
        for e in entries:
            for surface in (e.name, *e.aliases):
                self.by_surface.setdefault(norm(surface), e)
                self.lexicon.add(surface, e)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, surface: str) -> Entry | None:
        return self.by_surface.get(norm(surface))

    def scan(self, text: str) -> list[tuple[int, int, Entry]]:
        """Catalogue names in ``text``, longest match first.

        >>> cat = Catalogue([Entry("miit", "GOVERNMENT", "工业和信息化部", ("工信部",))])
        >>> [(s, e, m.id) for s, e, m in cat.scan("工业和信息化部会同工信部")]
        [(0, 7, 'miit'), (9, 12, 'miit')]
        """
        return self.lexicon.scan(text)


def word_bounded(text: str, start: int, end: int) -> bool:
    """No ASCII letter or digit touches the span on either side."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def parse_catalogue(path: Path) -> list[Entry]:
    g = Graph().parse(path, format="turtle")
    entries = []
    for node, cls in g.subject_objects(RDF.type):
        etype = TYPE_BY_CLASS.get(str(cls).rsplit("#", 1)[-1]) if str(cls).startswith(str(KG)) else None
        if etype is None:
            continue
        labels = [l for l in g.objects(node, RDFS.label) if isinstance(l, Literal)]
        zh = [str(l) for l in labels if l.language == "zh"]
        others = [str(l) for l in labels if l.language != "zh"]
        alts = [str(l) for l in g.objects(node, SKOS.altLabel)]
        if not zh:
            continue
        parent = g.value(node, KG.partOf)
        same = [str(o) for o in g.objects(node, OWL.sameAs) if "wikidata.org/entity/" in str(o)]
        entries.append(Entry(id=str(node).rsplit("/", 1)[-1], type=etype.code, name=zh[0],
                             aliases=tuple(dict.fromkeys(zh[1:] + others + alts)),
                             parent=str(parent).rsplit("/", 1)[-1] if parent else None,
                             wikidata=same[0].rsplit("/", 1)[-1] if same else None))
    return sorted(entries, key=lambda e: e.id)


@cache
def load_catalogue(path: str | None = None) -> Catalogue:
    """The catalogue at ``path`` (default: ontologies/catalogue.ttl), parsed once per process."""
    return Catalogue(parse_catalogue(Path(path) if path else CATALOGUE_PATH))
