"""Extraction on many cores: local worker processes or a Dask cluster, results streamed in input order.

Articles go out in batches; each worker process loads the pipeline once
(``worker_nlp``) and returns the batch's extractions. The caller keeps at most
``IN_FLIGHT`` batches per worker outstanding and yields results in the order
the articles came, so memory stays flat however long the input is.

>>> [len(b) for b in batches(range(5), 2)]
[2, 2, 1]
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from itertools import chain, islice
from typing import TYPE_CHECKING

from .readers import Article, InputError

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 16
IN_FLIGHT = 2  # batches outstanding per worker: one running, one queued


def default_workers() -> int:
    """The number of cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@cache
def worker_nlp(config: str | None = None) -> Language:
    """This process's pipeline, loaded on first use (the default one, or the one a config file describes)."""
    from .pipeline import default_nlp, make_nlp

    return make_nlp(config) if config else default_nlp()


def start_worker(config: str | None) -> None:
    """Pool initializer: leave Ctrl-C to the parent (which stops the pool), load the pipeline."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_nlp(config)


def extract_batch(batch: list[Article], threshold: float | None = None, config: str | None = None) -> list[dict]:
    """The extractions of one batch, with this process's pipeline."""
    from .pipeline import extract

    return list(extract(batch, worker_nlp(config), threshold, batch_size=len(batch)))


def in_order(submit: Callable[[list[Article]], Future], articles: Iterable[Article], batch_size: int,
             in_flight: int) -> Iterator[dict]:
    """Submit batches as earlier ones finish (at most ``in_flight`` outstanding); yield results in input order."""
    pending: deque[Future] = deque()
    for batch in batches(articles, batch_size):
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def extract_local(articles: Iterable[Article], workers: int, threshold: float | None = None,
                  config: str | None = None, batch_size: int = BATCH_SIZE) -> Iterator[dict]:
    """Extractions by ``workers`` local processes, each loading the pipeline once, in input order."""
    # spawn: the parent may already hold onnxruntime's threads, which fork would copy in a broken state
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=start_worker, initargs=(config,))
    try:
        yield from in_order(lambda batch: pool.submit(extract_batch, batch, threshold, config),
                            articles, batch_size, workers * IN_FLIGHT)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def extract_dask(articles: Iterable[Article], address: str, threshold: float | None = None,
                 config: str | None = None, batch_size: int = BATCH_SIZE) -> Iterator[dict]:
    """Extractions on the Dask cluster whose scheduler is at ``address``, in input order.

    Each Dask worker process loads the pipeline once, on its first batch; the
    workers need ``kg`` installed (and ``config``, if given, at the same path).
    """
    from distributed import Client

    try:
        client = Client(address)
    except OSError as exc:  # unreachable, refused or timed out
        raise InputError(address, f"cannot connect to the Dask scheduler: {exc}") from None
    with client:
        slots = max(1, sum(client.nthreads().values()))
        yield from in_order(lambda batch: client.submit(extract_batch, batch, threshold, config, pure=False),
                            articles, batch_size, slots * IN_FLIGHT)


def extract_with(articles: Iterable[Article], threshold: float | None = None, nlp: Language | None = None,
                 workers: int = 1, dask: str | None = None, config: str | None = None) -> Iterator[dict]:
    """Extractions in input order: on the Dask cluster at ``dask``, in ``workers`` local processes,
    or in this process (``workers`` 1, a pipeline object ``nlp`` given, or fewer articles than
    one batch per worker)."""
    from .pipeline import extract

    if dask:
        return extract_dask(articles, dask, threshold, config)
    if workers > 1 and nlp is None:
        # Starting workers costs seconds: worth it only when each one gets a batch.
        articles = iter(articles)
        head = list(islice(articles, workers * BATCH_SIZE))
        if len(head) == workers * BATCH_SIZE:
            return extract_local(chain(head, articles), workers, threshold, config)
        articles = head
    return extract(articles, nlp=nlp or worker_nlp(config), threshold=threshold)
