"""Article → spaCy ``Doc`` → extraction (the ``kg extract`` JSON) → graph.

The pipeline is described by ``kg/pipeline.cfg``: a ``spacy.blank("zh")``
pipeline with the LAC tokenizer and the components of ``kg.entities`` and
``kg.relations``, each registered by name. ``make_nlp(path)`` loads another
config, so a user can swap or add a component without touching code.

A document is the article's title, a newline and its text; offsets in the
output are relative to the field ("title" or "text") a mention was found in.
"""
from __future__ import annotations

import configparser
from dataclasses import replace
from collections.abc import Callable, Container, Iterable, Iterator
from functools import cache
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc

from . import entities, lac, ner, relation_model, relations  # noqa: F401  (register the tokenizer and components)
from .entities import doc_text
from .graph import KnowledgeGraph
from .readers import Article, InputError, read_inputs

CONFIG_PATH = Path(__file__).with_name("pipeline.cfg")


def make_nlp(config: str | Path | None = None, overrides: dict | None = None) -> Language:
    """The pipeline described by a spaCy config file (default: kg/pipeline.cfg)."""
    try:
        cfg = util.load_config(config or CONFIG_PATH, overrides=overrides or {})
        return util.load_model_from_config(cfg, auto_fill=True, validate=True)
    except (OSError, ValueError, configparser.Error) as exc:  # no such file, bad syntax, unknown component
        raise InputError(str(config or CONFIG_PATH), f"not a usable pipeline config: {exc}") from None


@cache
def default_nlp() -> Language:
    return make_nlp()


def make_doc(nlp: Language, article: Article) -> Doc:
    """The tokenized document of an article, with what the components need to know about it."""
    return make_docs(nlp, [article])[0]


def make_docs(nlp: Language, articles: list[Article]) -> list[Doc]:
    """The tokenized documents of articles, tokenized together where the tokenizer has a ``pipe``."""
    texts = [f"{a.title}\n{a.text}" if a.title else a.text for a in articles]
    tokenizer = nlp.tokenizer
    docs = list(tokenizer.pipe(texts, batch_size=len(texts) or 1) if hasattr(tokenizer, "pipe") else map(tokenizer, texts))
    for doc, article in zip(docs, articles):
        doc.user_data["kg_article_id"] = article.id
        doc.user_data["kg_published"] = article.published
        doc.user_data["kg_title_end"] = len(article.title) if article.title else -1
    return docs


def _place(doc: Doc, start: int, end: int) -> dict:
    """Offsets relative to the field (title or text) that holds them."""
    title_end = doc.user_data["kg_title_end"]
    if start < title_end:
        return {"start": start, "end": end, "field": "title"}
    shift = title_end + 1 if title_end >= 0 else 0
    return {"start": start - shift, "end": end - shift}


def to_json(doc: Doc, article: Article, threshold: float | None = None) -> dict:
    """The extraction of one article, in the format of ../shared/eval/score.py."""
    out_entities = []
    for ent in doc._.kg_entities or []:
        item = {"id": ent.id, "name": ent.name, "type": ent.type, "aliases": sorted(ent.aliases),
                "mentions": [{"text": m.text, **_place(doc, m.start_char, m.end_char)} for m in ent.mentions]}
        if ent.wikidata:
            item["wikidata"] = ent.wikidata
        out_entities.append(item)
    out_relations, text = [], doc_text(doc)
    for fact in doc._.kg_facts or []:
        if threshold is not None and fact.confidence < threshold:
            continue
        where = _place(doc, fact.evidence_start, fact.evidence_end)
        item = {"head": fact.head, "relation": fact.relation, "tail": fact.tail, "date": fact.date,
                "evidence": text[fact.evidence_start:fact.evidence_end],
                "evidence_start": where["start"], "evidence_end": where["end"],
                "confidence": round(fact.confidence, 3)}
        if "field" in where:
            item["evidence_field"] = "title"
        out_relations.append(item)
    return {**article.to_json(), "entities": out_entities, "relations": out_relations}


MAX_PIECE = 20_000  # characters of text in one Doc; longer articles are read piece by piece


def pieces(article: Article, limit: int = MAX_PIECE) -> list[tuple[int, Article]]:
    """An article cut at line breaks (else sentence ends) into parts of at most ``limit``
    characters, each with its offset in the text; the title goes with the first.

    >>> [(o, p.text) for o, p in pieces(Article("a", "t", "甲。乙。丙。"), limit=3)]
    [(0, '甲。'), (2, '乙。'), (4, '丙。')]
    """
    text, out, start = article.text, [], 0
    while start < len(text):
        end = len(text)
        if end - start > limit:
            window = text[start:start + limit]
            cut = max(window.rfind("\n"), max(window.rfind(c) for c in "。！？；"))
            end = start + (cut + 1 if cut > 0 else limit)
        out.append((start, replace(article, title=article.title if not out else "", text=text[start:end])))
        start = end
    return out or [(0, article)]


def merge_pieces(parts: list[tuple[int, dict]]) -> dict:
    """One extraction from the extractions of an article's pieces: offsets shifted, entities joined by id."""
    first = parts[0][1]
    entities: dict[str, dict] = {}
    relations: dict[tuple, dict] = {}
    for offset, part in parts:
        for ent in part["entities"]:
            merged = entities.setdefault(ent["id"], {**ent, "aliases": [], "mentions": []})
            merged["aliases"] = sorted(set(merged["aliases"]) | set(ent["aliases"]))
            merged["mentions"] += [m if m.get("field") == "title" else {**m, "start": m["start"] + offset,
                                                                          "end": m["end"] + offset}
                                   for m in ent["mentions"]]
        for rel in part["relations"]:
            if rel.get("evidence_field") != "title":
                rel = {**rel, "evidence_start": rel["evidence_start"] + offset,
                       "evidence_end": rel["evidence_end"] + offset}
            key = (rel["head"], rel["relation"], rel["tail"])
            if key not in relations or relations[key]["confidence"] < rel["confidence"]:
                relations[key] = rel
    return {**first, "entities": list(entities.values()), "relations": list(relations.values())}


def extract(articles: Iterable[Article], nlp: Language | None = None, threshold: float | None = None,
            batch_size: int = 16) -> Iterator[dict]:
    """Extractions of the articles, in order, streamed."""
    nlp = nlp or default_nlp()
    pending: list[Article] = []

    def flush() -> Iterator[dict]:
        split = [(a, pieces(a)) for a in pending]
        flat = [p for _, parts in split for _, p in parts]
        docs = nlp.pipe(make_docs(nlp, flat), batch_size=batch_size)
        for article, parts in split:
            results = [(offset, to_json(next(docs), part, threshold)) for offset, part in parts]
            merged = merge_pieces(results) if len(results) > 1 else results[0][1]
            yield {**merged, **article.to_json()}
        pending.clear()

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def extract_files(paths: Iterable[str | Path], skip_bad: bool = False, errors: list[InputError] | None = None,
                  threshold: float | None = None, nlp: Language | None = None, workers: int = 1,
                  dask: str | None = None, skip: Container[str] = (), config: str | None = None) -> Iterator[dict]:
    """Extractions of every article in the given files and folders, except those whose id is in ``skip``.

    ``workers`` > 1 extracts in that many local processes, ``dask`` (a scheduler
    address) on a Dask cluster; either way results come in input order. ``config``
    is the pipeline's config file (default: kg/pipeline.cfg).
    """
    from .parallel import extract_with

    articles = (a for a in read_inputs(paths, skip_bad=skip_bad, errors=errors) if a.id not in skip)
    return extract_with(articles, threshold=threshold, nlp=nlp, workers=workers, dask=dask, config=config)


def build(paths: Iterable[str | Path], skip_bad: bool = False, errors: list[InputError] | None = None,
          threshold: float | None = None, nlp: Language | None = None, workers: int = 1,
          dask: str | None = None, into: KnowledgeGraph | None = None,
          progress: Callable[[Iterator[dict]], Iterable[dict]] | None = None,
          config: str | None = None) -> KnowledgeGraph:
    """The merged graph of every article in the given files and folders.

    With ``into``, the articles it does not hold yet are merged into that graph (an incremental build).
    ``progress`` wraps the stream of extractions (a progress bar, say).
    """
    kg = into if into is not None else KnowledgeGraph()
    docs = extract_files(paths, skip_bad, errors, threshold, nlp, workers, dask, skip=set(kg.graph.graph["articles"]),
                         config=config)
    for doc in progress(docs) if progress else docs:
        kg.add_extraction(doc)
    return kg
