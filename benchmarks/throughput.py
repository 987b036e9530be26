"""Throughput, memory and scaling of extraction and building, on real sentences.

    python benchmarks/throughput.py [--sizes 1000,10000,100000] [--workers 1,2] [--parts bare,stages,cli]
                                    [--profile N] [--keep DIR] [--config CFG]

Articles are sentences of CLUENER (train, dev), MSRA (test, val) and FinRE
(train) from ../shared/data, interleaved and cycled with unique ids past their
count (about 24,700 distinct sentences, 43 characters on average). For each size:

- ``bare``: the network alone, the calls the tokenizer makes (every head of the
  tokenizer's network over the sentence pieces of ``BATCH`` articles at a time);
- ``stages``: the build path in this process with the pipeline loaded once,
  timed stage by stage (read, tokenize = LAC, each entity component, relations,
  JSON, merge into the graph, RDF files, HTML), articles streamed in batches;
  "extract" is everything up to JSON, i.e. what ``kg extract`` does per article;
- ``cli``: ``kg extract FILE -o OUT --workers N --quiet`` as a subprocess for each
  N of ``--workers``: wall time (start-up and model loading included), CPU time
  of all its processes, and the peak RSS of its largest process
  (``getrusage(RUSAGE_CHILDREN)`` in a fresh intermediate process, so each run
  is measured alone).

``--profile N`` also prints cProfile's top N functions (by own time) of the
in-process extraction of the first size. Prints Markdown tables; the targets
(issue 7) are listed under them. Timings on a shared machine are noisy.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from itertools import cycle, islice, zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
SOURCES = [("cluener", "data/cluener/train.json"), ("cluener", "data/cluener/dev.json"),
           ("msra", "data/msra_ner/test"), ("msra", "data/msra_ner/val"), ("finre", "data/finre/train.txt")]
BATCH = 1000  # articles per batch in the stage-by-stage run
ENTITY_STAGE = ("kg_lac_ner", "kg_ner", "kg_entity_rules", "kg_catalogue", "kg_entity_resolver", "kg_canonicalizer")

sys.path.insert(0, str(ROOT))

# Runs a command, then prints the CPU seconds of all its processes and the peak RSS (KiB) of the largest:
# run in a fresh interpreter for each measurement.
RUSAGE = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); " \
         "r = resource.getrusage(resource.RUSAGE_CHILDREN); print(r.ru_utime + r.ru_stime, r.ru_maxrss)"


def sentences() -> list[str]:
    """The distinct sentences of the sources, interleaved (one of each source in turn)."""
    per_source = []
    for kind, rel in SOURCES:
        out = subprocess.run([sys.executable, str(SCORE), "make-docs", kind, str(SHARED / rel)],
                             check=True, capture_output=True, text=True).stdout
        per_source.append([json.loads(line)["text"] for line in out.splitlines() if line.strip()])
    seen, texts = set(), []
    for group in zip_longest(*per_source):
        for text in group:
            if text and text not in seen:
                seen.add(text)
                texts.append(text)
    return texts


def write_corpus(texts: list[str], n: int, path: Path) -> int:
    """``n`` articles as JSON Lines (texts cycled, ids unique); returns their characters."""
    chars = 0
    with open(path, "w", encoding="utf-8") as f:
        for i, text in enumerate(islice(cycle(texts), n)):
            f.write(json.dumps({"id": f"bench-{i}", "title": "", "text": text}, ensure_ascii=False) + "\n")
            chars += len(text)
    return chars


def bare_ner(texts: list[str], tagger) -> float:
    """Seconds for the tokenizer's network alone over the articles (every head it has: LAC's tags and,
    with kg.LACTokenizer.v2, the names), called as the tokenizer's ``pipe`` calls it in the
    stage-by-stage run: the sentences of ``BATCH`` articles at a time."""
    from kg.lac import chunks

    heads = tuple(tagger.crfs)
    start = time.perf_counter()
    for begin in range(0, len(texts), BATCH):
        tagger.paths([piece for text in texts[begin:begin + BATCH] for piece in chunks(text)], heads)
    return time.perf_counter() - start


def staged_build(corpus: Path, nlp, out_dir: Path) -> dict[str, float]:
    """Seconds per stage of a build in this process, articles streamed in batches of ``BATCH``."""
    from kg.graph import KnowledgeGraph
    from kg.pipeline import make_docs, to_json
    from kg.readers import read_inputs

    times: dict[str, float] = defaultdict(float)
    kg = KnowledgeGraph()
    articles = read_inputs([corpus])
    while True:
        t = time.perf_counter()
        batch = list(islice(articles, BATCH))
        times["read"] += time.perf_counter() - t
        if not batch:
            break
        t = time.perf_counter()
        docs = make_docs(nlp, batch)
        times["tokenize (LAC)"] += time.perf_counter() - t
        for name, component in nlp.pipeline:
            t = time.perf_counter()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
            times[name] += time.perf_counter() - t
        t = time.perf_counter()
        extractions = [to_json(doc, a) for doc, a in zip(docs, batch)]
        for e in extractions:
            json.dumps(e, ensure_ascii=False)
        times["json"] += time.perf_counter() - t
        t = time.perf_counter()
        for e in extractions:
            kg.add_extraction(e)
        times["merge"] += time.perf_counter() - t
    from kg.html import write_html
    from kg.rdf import write_rdf

    t = time.perf_counter()
    write_rdf(kg, {fmt: out_dir / f"graph.{fmt}" for fmt in ("ttl", "jsonld", "nq")})
    times["rdf"] += time.perf_counter() - t
    t = time.perf_counter()
    write_html(kg, out_dir / "graph.html")
    times["html"] += time.perf_counter() - t
    times["_entities"], times["_facts"] = kg.summary()["entities"], kg.summary()["facts"]
    return times


def cli_extract(corpus: Path, out: Path, workers: int, config: str | None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (all processes) and peak RSS (KiB, largest process) of ``kg extract``."""
    cmd = [sys.executable, "-m", "kg.cli", "extract", str(corpus), "-o", str(out), "--workers", str(workers), "--quiet",
           *(["--config", config] if config else [])]
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUSAGE, *cmd], check=True, capture_output=True, text=True, cwd=ROOT)
    cpu, rss = proc.stdout.split()[-2:]
    return time.perf_counter() - start, float(cpu), int(rss)


def profile(corpus: Path, nlp, top: int) -> str:
    from kg.pipeline import extract
    from kg.readers import read_inputs

    prof = cProfile.Profile()
    prof.enable()
    for doc in extract(read_inputs([corpus]), nlp):
        json.dumps(doc, ensure_ascii=False)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="numbers of articles, comma-separated")
    ap.add_argument("--workers", default="1,2", help="--workers values for the cli runs")
    ap.add_argument("--parts", default="bare,stages,cli", help="which measurements: bare, stages, cli")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's top N of the first size")
    ap.add_argument("--keep", default=None, help="write corpora and outputs here (default: a temporary folder)")
    ap.add_argument("--config", default=None, help="spaCy config of the pipeline (default kg/pipeline.cfg)")
    args = ap.parse_args()
    if not SCORE.exists():
        sys.exit(f"{SCORE} not found: the data live in ../shared beside the repository")
    sizes = [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    parts = set(args.parts.split(","))
    from kg.pipeline import make_nlp

    texts = sentences()
    print(f"{len(texts)} distinct sentences, {sum(map(len, texts)) / len(texts):.1f} characters on average\n")
    nlp = make_nlp(args.config) if parts & {"stages", "bare"} or args.profile else None
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    speed, stages, cli = [], [], []
    for n in sizes:
        corpus = work / f"corpus-{n}.jsonl"
        chars = write_corpus(texts, n, corpus)
        row = {"n": n, "chars": chars}
        if "bare" in parts:
            row["bare"] = bare_ner([t for t in islice(cycle(texts), n)], nlp.tokenizer.tagger())
        if "stages" in parts:
            out_dir = work / f"build-{n}"
            out_dir.mkdir(exist_ok=True)
            t = staged_build(corpus, nlp, out_dir)
            extract_s = sum(v for k, v in t.items() if k not in ("merge", "rdf", "html") and not k.startswith("_"))
            row["extract"] = extract_s
            row["entities"] = t["tokenize (LAC)"] + sum(t[k] for k in nlp.pipe_names if k in ENTITY_STAGE)
            row["relations"] = sum(t[k] for k in nlp.pipe_names if k not in ENTITY_STAGE)
            stages.append([f"{n:,}"] + [f"{t[k]:.1f}" for k in ["read", "tokenize (LAC)", *nlp.pipe_names, "json",
                                                                 "merge", "rdf", "html"]]
                          + [f"{int(t['_entities']):,}", f"{int(t['_facts']):,}"])
        if "cli" in parts:
            runs = {w: cli_extract(corpus, work / f"out-{n}-{w}.jsonl", w, args.config) for w in workers}
            base = runs[workers[0]][0]
            cli += [[f"{n:,}", w, f"{s:.1f}", f"{cpu:.1f}", f"{cpu / s:.2f}", f"{n / s:,.0f}", f"{chars / s:,.0f}",
                     f"{1000 * s / n:.2f}", f"{rss / 1024:.0f}", f"{base / s:.2f}×"]
                    for w, (s, cpu, rss) in runs.items()]
        if "extract" in row or "bare" in row:
            ex, bare = row.get("extract"), row.get("bare")
            speed.append([f"{n:,}", f"{chars:,}",
                          f"{n / ex:,.0f}" if ex else "-", f"{chars / ex:,.0f}" if ex else "-",
                          f"{1000 * ex / n:.2f}" if ex else "-",
                          f"{n / bare:,.0f}" if bare else "-", f"{chars / bare:,.0f}" if bare else "-",
                          f"{bare / ex:.2f}" if ex and bare else "-",
                          f"{row['entities'] / bare:.2f}×" if ex and bare else "-",
                          f"{row['relations'] / row['entities']:.0%}" if ex else "-"])
        if args.profile and n == sizes[0]:
            print(f"## cProfile: extraction of {n:,} articles in this process\n\n```\n"
                  f"{profile(corpus, nlp, args.profile).strip()}\n```\n")
    if speed:
        print("## Extraction in one process (pipeline loaded) vs the bare NER model\n")
        print(table(["articles", "characters", "docs/s", "chars/s", "ms/article", "bare NER docs/s",
                     "bare NER chars/s", "end-to-end / bare", "entity stage / bare", "relations / entity stage"],
                    speed) + "\n")
        print("(entity stage: the tokenizer and the entity components, up to kg_canonicalizer; relations: the rest)\n")
    if stages:
        print("## Seconds per stage (build path, one process)\n")
        print(table(["articles", "read", "tokenize (LAC)", *nlp.pipe_names, "json", "merge", "rdf", "html",
                     "entities", "facts"], stages) + "\n")
    if cli:
        print("## kg extract as a subprocess (start-up and model loading included)\n")
        print(table(["articles", "workers", "wall s", "CPU s", "cores used", "docs/s", "chars/s", "ms/article",
                     "peak RSS MiB", f"speed-up vs {workers[0]}"], cli) + "\n")
        print("(cores used = CPU s / wall s: below the number of workers, the machine gave the run less than that)\n")
    print("Targets: end-to-end / bare ≥ 0.75; ms/article at 100k within 15% of 1k; peak RSS at 100k ≤ 1.2× 1k; "
          "2 workers ≥ 1.7× one (issue 7); entity stage ≤ 1.3× bare (issue 3); relations ≤ 20% of the entity "
          "stage (issue 4).")


if __name__ == "__main__":
    main()
