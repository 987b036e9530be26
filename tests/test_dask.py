"""Extraction on a real Dask cluster (two worker processes over loopback) equals the local run, article for article."""
from __future__ import annotations

import json

import pytest

from conftest import SHARED, run_kg
from kg.parallel import extract_dask
from kg.pipeline import extract
from kg.readers import read_inputs

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")

SEED_DOCS = SHARED / "eval" / "seed_docs.jsonl"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def articles():
    if not SEED_DOCS.is_file():
        pytest.skip(f"{SEED_DOCS} is absent: the development set lives in ../shared beside the repository")
    return list(read_inputs([SEED_DOCS]))


def test_dask_extraction_equals_local_run(cluster, articles):
    remote = list(extract_dask(articles, cluster.scheduler_address, batch_size=2))
    assert [d["id"] for d in remote] == [a.id for a in articles]
    assert remote == list(extract(articles))

    def pipelines_loaded() -> int:
        from kg.parallel import worker_nlp

        return worker_nlp.cache_info().misses

    with distributed.Client(cluster.scheduler_address) as client:
        assert list(client.run(pipelines_loaded).values()) == [1, 1]  # both workers worked, each loaded it once


def test_cli_dask_option(cluster, articles, tmp_path):
    out = tmp_path / "pred.jsonl"
    run_kg("extract", str(SEED_DOCS), "-o", str(out), "--dask", cluster.scheduler_address, "--quiet")
    assert [json.loads(line) for line in out.read_text("utf-8").splitlines()] == list(extract(articles))
