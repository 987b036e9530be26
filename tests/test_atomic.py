"""Atomic writes (issue 8): a ``kg build`` or ``kg load`` killed with SIGKILL half way leaves the
previous outputs intact and readable, and no file a reader would take for an output."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from rdflib import Dataset

import kg
from kg.outputs import OUTPUTS, write_outputs
from kg.store import query_store

ARTICLES = 150  # enough that writing the outputs takes a moment to catch


def big_input(path: Path) -> Path:
    """``ARTICLES`` articles of eight real news sentences each (CLUENER train set)."""
    source = SHARED / "data" / "cluener" / "train.json"
    if not source.is_file():
        pytest.skip(f"{source} is absent: the data sets live in ../shared beside the repository")
    sentences = [json.loads(line)["text"] for line in source.read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as f:
        for i in range(ARTICLES):
            body = sentences[8 * i:8 * i + 8]
            f.write(json.dumps({"id": f"c{i}", "title": body[0][:30], "text": "".join(body[1:])}, ensure_ascii=False)
                    + "\n")
    return path


def kill_when(args: list[str], ready, timeout: float = 300) -> None:
    """Start ``kg ARGS`` and SIGKILL it as soon as ``ready()`` holds; fail if it ends first."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while not ready():
            assert proc.poll() is None, f"kg {args[0]} ended before it could be killed: {proc.stderr.read()!r}"
            assert time.monotonic() < deadline, f"kg {args[0]} took too long"
            time.sleep(0.002)
        time.sleep(0.2)  # well into writing
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_killed_build_leaves_previous_outputs(seed_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out, ignore=shutil.ignore_patterns("store"))
    before = snapshot(out)
    assert set(OUTPUTS) <= set(before)
    kill_when(["build", str(big_input(tmp_path / "big.jsonl")), "-o", str(out), "--quiet", "--workers", "1"],
              lambda: any(name.endswith(".tmp") for name in os.listdir(out)))

    after = snapshot(out)
    leftovers = set(after) - set(before)
    assert leftovers and all(name.startswith(".") and name.endswith(".tmp") for name in leftovers)
    assert {k: v for k, v in after.items() if k in before} == before
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nq", "nquads"), ("graph.jsonld", "json-ld")):
        assert len(Dataset().parse(out / name, format=fmt)) > 0
    graph = kg.load(out)
    assert graph.entity("工业和信息化部")

    write_outputs(graph, out)  # the next build into the folder removes what the killed one left
    assert sorted(os.listdir(out)) == sorted(before)


def test_killed_store_load_leaves_previous_store(seed_build, tmp_path):
    """``kg load`` replacing a store, killed during its bulk load: the old store still answers."""
    store = tmp_path / "store"
    subprocess.run([sys.executable, "-m", "kg", "load", str(seed_build), str(store), "--quiet"], cwd=ROOT, check=True)
    ask = 'ASK { ?s rdfs:label "工业和信息化部"@zh }'
    assert query_store(store, ask).askAnswer
    big = tmp_path / "big.nq"
    with big.open("w", encoding="utf-8") as f:
        for i in range(600_000):
            f.write(f'<https://e.org/s{i}> <https://e.org/p> "对象 {i}" <https://e.org/g{i % 97}> .\n')
    kill_when(["load", str(big), str(store), "--quiet"],
              lambda: any(p.name.startswith(".store.loading-") for p in tmp_path.iterdir()))
    assert query_store(store, ask).askAnswer
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["big.nq", "store"]
