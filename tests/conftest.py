"""Shared fixtures: real runs of the ``kg`` command on the bundled sample and the seed documents."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "seed_digest.md"
SHARED = ROOT.parent / "shared"


def run_kg(*args: str, input: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run the real ``kg`` command line in a subprocess; stdout and stderr as text."""
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], input=input, capture_output=True, cwd=ROOT)
    out = subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"),
                                      proc.stderr.decode("utf-8"))
    if check and out.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({out.returncode}):\n{out.stderr}")
    return out


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The folder written by ``kg build data/seed_digest.md``."""
    out = tmp_path_factory.mktemp("seed-build")
    run_kg("build", str(SAMPLE), "-o", str(out), "--quiet")
    return out


@pytest.fixture(scope="session")
def seed_extraction(tmp_path_factory) -> list[dict]:
    """``kg extract`` of ../shared/eval/seed_docs.jsonl, one dict per document."""
    docs = SHARED / "eval" / "seed_docs.jsonl"
    if not docs.is_file():
        pytest.skip(f"{docs} is absent: the development set lives in ../shared beside the repository")
    out = tmp_path_factory.mktemp("seed-extract") / "pred.jsonl"
    run_kg("extract", str(docs), "-o", str(out), "--quiet")
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
