#!/usr/bin/env python3
"""Make kg/org_typer.json: the naive Bayes counts of kg/orgtyper.py.

    python scripts/train_org_typer.py [--output kg/org_typer.json]

Reads the company, government and organization names of CLUENER2020 train from
/work/shared/data/cluener/train.json (never copied into the repository) and counts,
for each type, the features of each name (``kg.orgtyper.features``). Deterministic;
takes a few seconds. Prints the typing accuracy on CLUENER dev's gold names, and a check
closer to technology news: the organisation names of the entity catalogue that no head word
types (寒武纪, 信通院), each in a few plain sentences, typed as the resolver would type them
(the typer where its posterior reaches --threshold, else COMPANY) against COMPANY for all.
The catalogue's names are never typed by the typer at run time (the catalogue types them);
they stand in for the names of news that the catalogue lacks.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.orgtyper import TYPER_PATH, TYPES, OrgTyper, features  # noqa: E402

DATA = Path("/work/shared/data/cluener")
CLUENER_TYPES = {"company": "COMPANY", "government": "GOVERNMENT", "organization": "ORGANIZATION"}


def names(path: Path):
    """(text, start, end_exclusive, TYPE) for each organisation name of a CLUENER file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                for category, entities in sorted(row.get("label", {}).items()):
                    if category in CLUENER_TYPES:
                        for offsets in entities.values():
                            for start, end in offsets:
                                yield row["text"], start, end + 1, CLUENER_TYPES[category]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=TYPER_PATH)
    parser.add_argument("--threshold", type=float, default=0.999, help="for the catalogue check only")
    args = parser.parse_args(argv)
    prior: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    for text, start, end, etype in names(DATA / "train.json"):
        prior[etype] += 1
        counts[etype].update(features(text, start, end))
    data = {"source": "CLUENER2020 train: company, government, organization",
            "prior": {t: prior[t] for t in TYPES},
            "counts": {t: dict(sorted(counts[t].items())) for t in TYPES}}
    args.output.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    typer = OrgTyper(data["prior"], data["counts"])
    right = total = 0
    for text, start, end, etype in names(DATA / "dev.json"):
        post = typer.posterior(text, start, end)
        right += max(post, key=post.get) == etype
        total += 1
    print(f"{sum(prior.values())} names -> {args.output} ({args.output.stat().st_size / 1e3:.0f} kB); "
          f"CLUENER dev gold names typed right: {right / total:.3f} ({right}/{total})")
    typed, default, total = catalogue_check(typer, args.threshold)
    print(f"catalogue names typed right at threshold {args.threshold}: {typed}/{total} "
          f"(all COMPANY: {default}/{total})")
    return 0


def catalogue_check(typer: OrgTyper, threshold: float) -> tuple[int, int, int]:
    from kg.catalogue import load_catalogue
    from kg.entities import head_type

    sentences = ("据悉，{}表示，", "{}与多家企业签署协议", "近日，{}发布了新产品")
    typed = default = total = 0
    for entry in load_catalogue(None).entries.values():
        if entry.type not in TYPES:
            continue
        for name in (entry.name, *entry.aliases):
            if head_type(name) or name.isascii():
                continue
            for sentence in sentences:
                text = sentence.format(name)
                start = text.index(name)
                typed += (typer.type(text, start, start + len(name), threshold) or "COMPANY") == entry.type
                default += entry.type == "COMPANY"
                total += 1
    return typed, default, total


if __name__ == "__main__":
    sys.exit(main())
