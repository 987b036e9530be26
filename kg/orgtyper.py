"""Company, government or organisation: the type of an organisation's name that no head word,
branch or catalogue entry gives (曼联, 港金管局, 微软), by naive Bayes over its characters.

The counts in ``kg/org_typer.json`` are made by ``python scripts/train_org_typer.py`` from the
company, government and organization names of CLUENER2020 train. Features: the name's last one,
two and three characters, its first one and two, every character and character pair in it, the
character before it and the one or two after it. The resolver asks for a type only where the
name's own words say nothing, and takes it only where the posterior is at least ``threshold``.
Naive Bayes is overconfident and CLUENER's names are not technology news: at 0.95 it typed many
well-known companies of the catalogue (寒武纪, 滴滴, 第四范式) as government bodies, hence 0.999
(``scripts/train_org_typer.py`` prints both checks).
"""
from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

TYPER_PATH = Path(__file__).with_name("org_typer.json")
TYPES = ("COMPANY", "GOVERNMENT", "ORGANIZATION")


def features(text: str, start: int, end: int) -> list[str]:
    """The features of the name ``text[start:end]`` in its sentence.

    >>> features("由曼联主办", 1, 3)[:6]
    ['s1:联', 's2:曼联', 's3:曼联', 'p1:曼', 'p2:曼联', 'r1:主']
    """
    name = text[start:end]
    out = [f"s1:{name[-1:]}", f"s2:{name[-2:]}", f"s3:{name[-3:]}", f"p1:{name[:1]}", f"p2:{name[:2]}",
           f"r1:{text[end:end + 1]}", f"r2:{text[end:end + 2]}", f"l1:{text[start - 1:start] if start else ''}"]
    out += [f"u:{c}" for c in name] + [f"b:{name[i:i + 2]}" for i in range(len(name) - 1)]
    if name.isascii():
        out.append("ascii")
    return out


class OrgTyper:
    """Multinomial naive Bayes with add-one smoothing over ``features``."""

    def __init__(self, prior: dict[str, int], counts: dict[str, dict[str, int]]) -> None:
        total = sum(prior.values())
        vocabulary = len(set().union(*(set(c) for c in counts.values())))
        self.log_prior = {t: math.log(prior[t] / total) for t in TYPES}
        self.counts = counts
        self.denominator = {t: sum(counts[t].values()) + vocabulary for t in TYPES}

    @classmethod
    def load(cls, path: str | Path = TYPER_PATH) -> "OrgTyper":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["prior"], data["counts"])

    def posterior(self, text: str, start: int, end: int) -> dict[str, float]:
        feats = features(text, start, end)
        scores = {t: self.log_prior[t] + sum(math.log((self.counts[t].get(f, 0) + 1) / self.denominator[t])
                                             for f in feats) for t in TYPES}
        top = max(scores.values())
        z = sum(math.exp(s - top) for s in scores.values())
        return {t: math.exp(s - top) / z for t, s in scores.items()}

    def type(self, text: str, start: int, end: int, threshold: float = 0.999) -> str | None:
        """The most probable type where its posterior is at least ``threshold``, else None."""
        post = self.posterior(text, start, end)
        best = max(post, key=post.get)
        return best if post[best] >= threshold else None


@cache
def load_typer(path: str | None = None) -> OrgTyper:
    """The typer at ``path`` (default ``kg/org_typer.json``), loaded once per process."""
    return OrgTyper.load(path or TYPER_PATH)
