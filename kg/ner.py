"""The statistical recogniser: Baidu LAC's encoder fine-tuned on CLUENER2020 and MSRA NER, as ``kg_ner``.

The model (models/ner_lac, made by ``scripts/train_lac_ner.py``) is LAC's character
embedding and two BiGRU layers, fine-tuned with two heads (a linear layer and a CRF
each): ``cluener`` tags COMPANY, GOVERNMENT, ORGANIZATION, PERSON and LOCATION names,
``msra`` MSRA's ORG, PER and LOC, character by character. It runs on onnxruntime, like
LAC; a name it finds need not follow LAC's words. The component sets ``doc._.kg_ner``
to the cluener head's (start, end, label) character spans, which ``kg_entity_resolver``
takes as candidates beside those of LAC, the rules and the catalogue, and
``doc._.kg_ner_votes`` to the msra head's, which only confirm LAC's names.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .entities import doc_text
from .lac import CharTagger, chunks

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner_lac"
if not MODEL_PATH.exists():  # installed as a package: models/ is kg/models/
    MODEL_PATH = Path(__file__).resolve().parent / "models" / "ner_lac"
LABELS = ("COMPANY", "GOVERNMENT", "ORGANIZATION", "PERSON", "LOCATION")
TAGS = ["O"] + [f"{part}-{label}" for label in LABELS for part in "BI"]
MSRA_TAGS = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-LOC", "I-LOC"]  # the second head's (MSRA NER)


def spans(path, tags: list[str] = TAGS) -> list[tuple[int, int, str]]:
    """The (start, end, label) names of a tag path over ``tags``; an I- tag continues only its own label.

    >>> spans([0, 1, 2, 0, 7])  # O B-COMPANY I-COMPANY O B-PERSON
    [(1, 3, 'COMPANY'), (4, 5, 'PERSON')]
    """
    out, begin, label = [], None, None
    for i, tag in enumerate([*map(int, path), 0]):
        part, _, name = tags[tag].partition("-")
        if part == "I" and name == label:
            continue
        if begin is not None:
            out.append((begin, i, label))
        begin, label = (i, name) if part in ("B", "I") else (None, None)
    return out


class NerModel:
    """The tagger's network and CRF scores, loaded once per process and path (``ner_model()``).

    The network has one output (a head) per training set: ``cluener`` tags ``TAGS``, and
    ``msra``, where trained, tags MSRA's ORG, PER and LOC (``MSRA_TAGS``)."""

    def __init__(self, path: Path):
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        self.heads: dict[str, list[str]] = meta["heads"]
        if self.heads.get("cluener") != TAGS:
            raise ValueError(f"{path}: the model's cluener head tags {self.heads.get('cluener')}, not {TAGS}")
        crf = np.load(path / "crf.npz")
        crfs = {h: (crf[f"{h}.transitions"], crf[f"{h}.start"], crf[f"{h}.end"]) for h in self.heads}
        self.tagger = CharTagger(str(path / "model.onnx"), crfs)

    def names(self, texts: list[str], heads: tuple[str, ...] = ("cluener",)) -> list[dict[str, list[tuple[int, int, str]]]]:
        """For each text, the (start, end, label) names each of ``heads`` tags; texts should be
        sentence-sized. Texts of similar length share a call, padded (the network reads their lengths)."""
        return [{h: spans(found[h], self.heads[h]) for h in heads} for found in self.tagger.paths(texts, heads)]


@cache
def ner_model(path: Path = MODEL_PATH) -> NerModel:
    return NerModel(path)


@Language.factory("kg_ner", default_config={"model": None, "heads": ["cluener"], "votes": ["msra"]})
def make_ner(nlp: Language, name: str, model: str | None, heads: list[str], votes: list[str]) -> NerTagger:
    """Names tagged by the model at ``model`` (default: models/ner_lac): those of ``heads`` as
    ``doc._.kg_ner``, the resolver's candidates; those of ``votes`` as ``doc._.kg_ner_votes``,
    which only confirm LAC's names (the ``msra`` head's labels, ORG, PER and LOC, are not ours).
    The model is loaded on first use."""
    return NerTagger(Path(model) if model else MODEL_PATH, heads, votes)


class NerTagger:
    """The ``kg_ner`` component; ``pipe`` tags the sentences of a batch of documents together."""

    def __init__(self, path: Path, heads: list[str], votes: list[str]):
        self.path, self.groups = path, {"heads": heads, "votes": votes}
        self.run = (*heads, *votes)  # the heads the network is asked for

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            pieces = [chunks(doc_text(doc)) for doc in batch]
            names = iter(ner_model(self.path).names([p for ps in pieces for p in ps], self.run))
            for doc, doc_pieces in zip(batch, pieces):
                found: dict[str, list[tuple[int, int, str]]] = {group: [] for group in self.groups}
                offset = 0
                for piece in doc_pieces:
                    tagged = next(names)
                    for group, members in self.groups.items():
                        found[group] += [(offset + s, offset + e, label) for h in members for s, e, label in tagged[h]]
                    offset += len(piece)
                doc._.kg_ner, doc._.kg_ner_votes = found["heads"], found["votes"]
                yield doc
