"""Extraction quality on every data set we have, measured by ../shared/eval/score.py.

    python benchmarks/quality.py [--only seed,cluener,msra,finre,government,companies,…] [--limit N] [--config CFG]
                                 [--catalogue TTL] [--enable COMPONENT]

Prints score.py's tables: the seed documents (entities and relations), CLUENER
dev and MSRA test (exact span and type), FinRE test (relation pairs), and the
news written here (benchmarks/news: entities and relations). The shared data
are read from ../shared; nothing is copied.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
NEWS = ROOT / "benchmarks" / "news"
SETS = {
    "seed": (None, SHARED / "eval" / "seed_docs.jsonl", ["gold", str(SHARED / "eval" / "seed_gold.jsonl")]),
    "cluener": ("cluener", SHARED / "data" / "cluener" / "dev.json", ["spans", "cluener"]),
    "msra": ("msra", SHARED / "data" / "msra_ner" / "test", ["spans", "msra"]),
    "finre": ("finre", SHARED / "data" / "finre" / "test.txt", ["pairs", "finre"]),
}
NEWS_SETS = ("government", "companies", "assorted1", "assorted2", "institutions", "deals", "products", "regional", "finance", "global", "launches", "founding", "rounds", "members", "alliances", "pacts", "releases", "events", "funding", "mergers", "lists", "gadgets", "origins", "signings", "briefs", "overseas", "stakes", "flash", "setups", "accords", "roundup", "digestai", "digestauto", "digestfin", "digestbio", "digestnet")  # benchmarks/news/README.md
SETS.update({name: (None, NEWS / f"{name}_docs.jsonl", ["gold", str(NEWS / f"{name}_gold.jsonl")]) for name in NEWS_SETS})


def documents(kind: str | None, path: Path, limit: int | None) -> list[dict]:
    if kind is None:
        lines = path.read_text(encoding="utf-8").splitlines()
    else:
        lines = subprocess.run([sys.executable, str(SCORE), "make-docs", kind, str(path)],
                               check=True, capture_output=True, text=True).stdout.splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    return docs[:limit] if limit else docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=",".join(SETS))
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each set (a quick look)")
    ap.add_argument("--config", default=None, help="spaCy config of the pipeline (default kg/pipeline.cfg)")
    ap.add_argument("--catalogue", default=None, help="entity catalogue (default ontologies/catalogue.ttl)")
    ap.add_argument("--enable", action="append", default=[], metavar="COMPONENT",
                    help="switch on a component the config leaves off (kg_relation_model)")
    args = ap.parse_args()
    if not SCORE.exists():
        sys.exit(f"{SCORE} not found: the evaluation data live in ../shared beside the repository")
    sys.path.insert(0, str(ROOT))
    from kg.pipeline import extract, make_nlp
    from kg.readers import make_article

    nlp = make_nlp(args.config, {"paths.catalogue": args.catalogue} if args.catalogue else None)
    for name in args.enable:
        nlp.enable_pipe(name)
    for name in args.only.split(","):
        kind, path, score_args = SETS[name]
        docs = documents(kind, path, args.limit)
        articles = [make_article(d.get("title", ""), d["text"], id=d["id"], url=d.get("url")) for d in docs]
        start = time.perf_counter()
        preds = list(extract(articles, nlp=nlp))
        seconds = time.perf_counter() - start
        chars = sum(len(a.title) + len(a.text) for a in articles)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        gold_path = [] if kind is None else [str(path)]
        table = subprocess.run([sys.executable, str(SCORE), score_args[0], *score_args[1:], *gold_path, f.name],
                               check=True, capture_output=True, text=True).stdout
        Path(f.name).unlink()
        print(f"## {name}: {len(docs)} documents, {chars / seconds:,.0f} characters/s\n")
        print("```\n" + table.rstrip() + "\n```\n")


if __name__ == "__main__":
    main()
