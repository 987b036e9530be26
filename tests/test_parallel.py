"""Extraction in local worker processes: same results, in input order, with a bounded number of batches in flight."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ROOT, SHARED, run_kg
from kg.parallel import batches, extract_local, in_order
from kg.pipeline import extract
from kg.readers import read_inputs

SEED_DOCS = SHARED / "eval" / "seed_docs.jsonl"


def seed_articles() -> list:
    if not SEED_DOCS.is_file():
        pytest.skip(f"{SEED_DOCS} is absent: the development set lives in ../shared beside the repository")
    return list(read_inputs([SEED_DOCS]))


def test_batches_cover_every_item_in_order():
    assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches([], 3)) == []


def test_in_order_keeps_input_order_and_bounds_work_in_flight():
    """Later batches may finish first; results still come in input order, and the stream is never read far ahead."""
    lock, outstanding, peak = threading.Lock(), [0], [0]

    def work(batch: list[int]) -> list[int]:
        with lock:
            outstanding[0] += 1
            peak[0] = max(peak[0], outstanding[0])
        threading.Event().wait(0.02 * (3 - batch[0] % 3))  # earlier batches take longer
        with lock:
            outstanding[0] -= 1
        return [x * 10 for x in batch]

    read = [0]

    def items():
        for i in range(40):
            read[0] = i + 1
            yield i

    with ThreadPoolExecutor(4) as pool:
        out = []
        for value in in_order(lambda b: pool.submit(work, b), items(), batch_size=1, in_flight=3):
            out.append(value)
            assert read[0] - len(out) <= 3  # at most in_flight batches read but not yet yielded
    assert out == [x * 10 for x in range(40)]
    assert peak[0] <= 3


def test_two_workers_give_the_in_process_result_article_for_article():
    articles = seed_articles()
    local = list(extract(articles))
    parallel = list(extract_local(articles, workers=2, batch_size=2))
    assert [d["id"] for d in parallel] == [a.id for a in articles]
    assert parallel == local


def test_cli_workers_option(tmp_path):
    """``kg extract --workers 2`` on more articles than one batch per worker uses the pool; the output is the same."""
    rows = [json.loads(line) for line in SEED_DOCS.read_text("utf-8").splitlines()] if SEED_DOCS.is_file() else []
    if not rows:
        pytest.skip(f"{SEED_DOCS} is absent")
    big = tmp_path / "many.jsonl"
    big.write_text("".join(json.dumps({**rows[i % len(rows)], "id": f"copy-{i}"}, ensure_ascii=False) + "\n"
                           for i in range(40)), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    proc = run_kg("extract", str(big), "-o", str(out), "--workers", "2")
    got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert got == list(extract(read_inputs([big])))
    total_entities = sum(len(d["entities"]) for d in got)
    total_facts = sum(len(d["relations"]) for d in got)
    summary = [line for line in proc.stderr.splitlines() if line.startswith("kg extract:")]
    assert len(summary) == 1
    assert summary[0].startswith(f"kg extract: 40 articles, {total_entities} entities, {total_facts} facts in ")
    assert "\r" not in proc.stderr  # no progress bar when standard error is not a terminal


def test_progress_bar_only_on_a_terminal_and_not_with_quiet(tmp_path):
    """With standard error on a terminal the bar is drawn (and cleared); --quiet silences bar and summary."""
    n = len(seed_articles())
    for quiet in (False, True):
        leader, follower = pty.openpty()
        args = ["extract", str(SEED_DOCS), "-o", str(tmp_path / "p.jsonl"), "--workers", "1"]
        proc = subprocess.run([sys.executable, "-m", "kg.cli", *args, *(["--quiet"] if quiet else [])],
                              stderr=follower, stdout=subprocess.DEVNULL, cwd=ROOT, timeout=300)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        shown = b"".join(chunks).decode("utf-8", "replace")
        assert proc.returncode == 0
        if quiet:
            assert shown == ""
        else:
            assert "\r" in shown and "articles" in shown
            assert f"kg extract: {n} articles, " in shown
