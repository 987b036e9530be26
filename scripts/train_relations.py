#!/usr/bin/env python3
"""Train newskg's relation classifier (models/rel_finre) on FinRE.

    python scripts/train_relations.py

Steps:
1. Read FinRE train and valid from ../shared/data/finre (head, tail, label,
   sentence a line). For each pair of names in a sentence, find the two mentions
   closest to each other, order them by position, and make the classifier's
   input with ``kg.relation_model.pair_text`` (the names replaced by Ａ and Ｂ).
2. Map the labels to the component's: 签约/合作 → coop; 收购/拟收购 → acq;
   入股/注资/持股/增持/买资 → inv; 拥有 → own; 成立 → found; each with _fwd where
   the first name in the sentence is the head, _rev where it is the tail (被… labels
   turn it round). Every other label (unknown, 竞争, 自己 …) is a pair with no label.
   Pairs more than 40 characters apart are left out, as the component never asks about them.
3. ``spacy train`` (python API) with scripts/relations.cfg, one thread, fixed seed;
   valid picks the best checkpoint. FinRE test is never read here.
4. Copy the best pipeline to models/rel_finre/.

The data are read from ../shared and never copied into the repository; the
DocBins and checkpoints go to build/relations/ (ignored by git).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from kg.relation_model import LABELS, pair_text  # noqa: E402

FINRE = ROOT.parent / "shared" / "data" / "finre"  # ../shared beside the checkout
CONFIG = ROOT / "scripts" / "relations.cfg"
WORK = ROOT / "build" / "relations"
OUTPUT = ROOT / "models" / "rel_finre"
MAX_GAP = 40
FORWARD = {"签约": "coop", "合作": "coop", "收购": "acq", "拟收购": "acq", "入股": "inv", "注资": "inv",
           "持股": "inv", "增持": "inv", "买资": "inv", "拥有": "own", "成立": "found"}


def closest(sentence: str, head: str, tail: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The non-overlapping mentions of ``head`` and ``tail`` nearest to each other."""
    best = None
    for h in re.finditer(re.escape(head), sentence):
        for t in re.finditer(re.escape(tail), sentence):
            if h.end() <= t.start() or t.end() <= h.start():
                distance = abs(h.start() - t.start())
                if best is None or distance < best[0]:
                    best = (distance, h.span(), t.span())
    return best and best[1:]


def label_of(finre_label: str, head_first: bool) -> str | None:
    """The component's label for a FinRE label, given whether the head comes first."""
    passive = finre_label.startswith("被") and finre_label[1:] in FORWARD
    base = FORWARD.get(finre_label[1:] if passive else finre_label)
    if base is None:
        return None
    if base == "coop":
        return base
    return f"{base}_{'fwd' if head_first != passive else 'rev'}"


def examples(path: Path) -> dict[str, set[str]]:
    """Classifier input text → its labels, one entry per ordered pair of mentions."""
    found: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                continue
            head, tail, finre_label, sentence = parts
            spans = closest(sentence, head, tail)
            if spans is None:
                continue
            h, t = spans
            first, second = sorted((h, t))
            if second[0] - first[1] > MAX_GAP:
                continue
            label = label_of(finre_label, h < t)
            found[pair_text(sentence, first, second)] |= {label} if label else set()
    return found


def to_docbin(nlp, found: dict[str, set[str]], path: Path) -> int:
    db = DocBin()
    for text, labels in found.items():
        doc = nlp.make_doc(text)
        doc.cats = {label: float(label in labels) for label in LABELS}
        db.add(doc)
    db.to_disk(path)
    return len(found)


def main() -> int:
    from spacy.cli.train import train as spacy_train

    if not FINRE.exists():
        print(f"train_relations: {FINRE} not found (FinRE is read from ../shared/data)", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("zh")
    for split in ("train", "valid"):
        n = to_docbin(nlp, examples(FINRE / f"{split}.txt"), WORK / f"{split}.spacy")
        print(f"train_relations: {split}: {n} pairs")
    spacy_train(CONFIG, WORK / "out", overrides={"paths.train": str(WORK / "train.spacy"),
                                                 "paths.dev": str(WORK / "valid.spacy")})
    shutil.rmtree(OUTPUT, ignore_errors=True)
    shutil.copytree(WORK / "out" / "model-best", OUTPUT)
    print(f"train_relations: wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
