#!/usr/bin/env python3
"""Evaluate the newskg NER (models/ner_cluener) and LAC alone on CLUENER dev and MSRA test.

    python scripts/eval_ner.py [--model models/ner_cluener] [--out build/ner_eval] [--no-lac]

For each benchmark the documents come from ``score.py make-docs``; predictions are
written in score.py's format (``{"id","entities":[{"id","name","type","mentions":
[{"text","start","end"}]}],"relations":[]}`` a line) to OUT/{system}_{bench}.jsonl
and scored with ``score.py spans`` (exact span and type; for MSRA the scorer folds
COMPANY/GOVERNMENT/ORGANIZATION into ORG).

The LAC baseline maps LAC's word tags PER→PERSON, LOC→LOCATION, ORG→ORGANIZATION
(LAC has no company/government distinction). Throughput is characters per second
over CLUENER dev, one process, one thread, texts in file order.

``make-docs`` prints each distinct text once (MSRA test has 5 repeated sentences,
whose earlier ids it leaves out); those ids are filled in here with the same text
so that every gold sentence gets a prediction.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import kg.lac  # noqa: E402,F401  (registers kg.LACTokenizer.v1)

SCORE = Path("/work/shared/eval/score.py")
BENCHMARKS = {
    "cluener": Path("/work/shared/data/cluener/dev.json"),
    "msra": Path("/work/shared/data/msra_ner/test"),
}
LAC_TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def _score_module():
    spec = importlib.util.spec_from_file_location("newskg_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_docs(kind: str, path: Path) -> list[dict]:
    out = subprocess.run([sys.executable, str(SCORE), "make-docs", kind, str(path)],
                         check=True, capture_output=True, text=True).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    have = {d["id"] for d in docs}
    for i, (text, _) in enumerate(_score_module().benchmark_sentences(kind, path)):
        doc_id = f"{kind}-{i:05d}"
        if doc_id not in have:  # a repeated sentence: make-docs printed it under its last id
            docs.append({"id": doc_id, "title": "", "text": text})
    return docs


def record(doc_id: str, mentions: list[tuple[int, int, str, str]]) -> dict:
    """score.py's document format; mentions with the same surface and type form one entity."""
    entities: dict[tuple[str, str], dict] = {}
    for start, end, text, label in mentions:
        ent = entities.setdefault((text, label), {"id": f"e{len(entities)}", "name": text, "type": label,
                                                  "mentions": []})
        ent["mentions"].append({"text": text, "start": start, "end": end})
    return {"id": doc_id, "entities": list(entities.values()), "relations": []}


def lac_mentions(doc) -> list[tuple[int, int, str, str]]:
    return [(t.idx, t.idx + len(t.text), t.text, LAC_TYPES[t.tag_]) for t in doc if t.tag_ in LAC_TYPES]


def ner_mentions(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]


def run(nlp, docs: list[dict], mentions) -> tuple[list[dict], float]:
    texts = [d["text"] for d in docs]
    list(nlp.pipe(texts[:20]))  # warm up (LAC session, first allocations)
    t0 = time.perf_counter()
    preds = [record(d["id"], mentions(doc)) for d, doc in zip(docs, nlp.pipe(texts, batch_size=64))]
    return preds, time.perf_counter() - t0


def score(kind: str, path: Path, pred_path: Path) -> tuple[str, dict]:
    table = subprocess.run([sys.executable, str(SCORE), "spans", kind, str(path), str(pred_path)],
                           check=True, capture_output=True, text=True).stdout
    data = json.loads(subprocess.run([sys.executable, str(SCORE), "spans", kind, str(path), str(pred_path), "--json"],
                                     check=True, capture_output=True, text=True).stdout)
    return table, data


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "ner_cluener")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "ner_eval")
    parser.add_argument("--no-lac", dest="lac", action="store_false", help="skip the LAC-alone baseline")
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append", help="one benchmark only")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    systems = {}
    if args.lac:
        lac = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.LACTokenizer.v1"}}})
        systems["lac"] = (lac, lac_mentions)
    systems["ner"] = (spacy.load(args.model), ner_mentions)

    summary: dict[str, dict] = {}
    for kind in args.only or list(BENCHMARKS):
        path = BENCHMARKS[kind]
        docs = make_docs(kind, path)
        n_chars = sum(len(d["text"]) for d in docs)
        for name, (nlp, mentions) in systems.items():
            preds, seconds = run(nlp, docs, mentions)
            pred_path = args.out / f"{name}_{kind}.jsonl"
            with open(pred_path, "w", encoding="utf-8") as f:
                for p in preds:
                    f.write(json.dumps(p, ensure_ascii=False) + "\n")
            table, data = score(kind, path, pred_path)
            label = "LAC alone" if name == "lac" else f"LAC + ner ({args.model.name})"
            print(f"== {kind}: {label}: {len(docs)} docs, {n_chars} chars in {seconds:.1f}s = "
                  f"{n_chars / seconds:,.0f} chars/s")
            print(table)
            summary[f"{name}/{kind}"] = {"chars_per_s": round(n_chars / seconds),
                                         **{t: v["f1"] for t, v in data.items()}}
    print("== summary (F1; chars/s)")
    for key, row in summary.items():
        print(f"{key:14s} " + "  ".join(f"{k}={v}" for k, v in row.items()))
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
