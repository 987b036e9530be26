"""The statistical recogniser: Baidu LAC's encoder fine-tuned on CLUENER2020, as ``kg_ner``.

The model (models/ner_lac, made by ``scripts/train_lac_ner.py``) is LAC's character
embedding and two BiGRU layers, fine-tuned with a new linear layer and CRF to tag
COMPANY, GOVERNMENT, ORGANIZATION, PERSON and LOCATION names character by character.
It runs on onnxruntime, like LAC; a name it finds need not follow LAC's words.
The component sets ``doc._.kg_ner`` to (start, end, label) character spans, which
``kg_entity_resolver`` takes as candidates beside those of LAC, the rules and the
catalogue. It is off in the default pipeline (see README, "The statistical model").
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .entities import doc_text
from .lac import chunks, lac_model, viterbi

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner_lac"
if not MODEL_PATH.exists():  # installed as a package: models/ is kg/models/
    MODEL_PATH = Path(__file__).resolve().parent / "models" / "ner_lac"
LABELS = ("COMPANY", "GOVERNMENT", "ORGANIZATION", "PERSON", "LOCATION")
TAGS = ["O"] + [f"{part}-{label}" for label in LABELS for part in "BI"]


def spans(path) -> list[tuple[int, int, str]]:
    """The (start, end, label) names of a tag path over ``TAGS``; an I- tag continues only its own label.

    >>> spans([0, 1, 2, 0, 7])  # O B-COMPANY I-COMPANY O B-PERSON
    [(1, 3, 'COMPANY'), (4, 5, 'PERSON')]
    """
    out, begin, label = [], None, None
    for i, tag in enumerate([*map(int, path), 0]):
        part, _, name = TAGS[tag].partition("-")
        if part == "I" and name == label:
            continue
        if begin is not None:
            out.append((begin, i, label))
        begin, label = (i, name) if part in ("B", "I") else (None, None)
    return out


class NerModel:
    """The tagger's ONNX network and CRF scores, loaded once per process and path (``ner_model()``)."""

    def __init__(self, path: Path):
        import onnxruntime as ort

        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        if meta["tags"] != TAGS:
            raise ValueError(f"{path}: the model's tags {meta['tags']} are not {TAGS}")
        crf = np.load(path / "crf.npz")
        self.crf = (crf["transitions"], crf["start"], crf["end"])
        options = ort.SessionOptions()  # one thread, as LAC's session (kg.lac)
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path / "model.onnx"), sess_options=options,
                                            providers=["CPUExecutionProvider"])

    def names(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """The (start, end, label) names in each text; texts should be sentence-sized."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for batch, ids in lac_model().batches(texts):
            emissions = self.session.run(None, {"token_ids": ids})[0]
            for i, path in zip(batch, viterbi(emissions, *self.crf)):
                out[i] = spans(path)
        return out


@cache
def ner_model(path: Path = MODEL_PATH) -> NerModel:
    return NerModel(path)


@Language.factory("kg_ner", default_config={"model": None})
def make_ner(nlp: Language, name: str, model: str | None):
    """Names tagged by the model at ``model`` (default: models/ner_lac), as ``doc._.kg_ner``;
    the model is loaded on first use (the component is off in the default pipeline)."""
    path = Path(model) if model else MODEL_PATH

    def ner(doc: Doc) -> Doc:
        pieces, found, offset = chunks(doc_text(doc)), [], 0
        for piece, names in zip(pieces, ner_model(path).names(pieces)):
            found += [(offset + s, offset + e, label) for s, e, label in names]
            offset += len(piece)
        doc._.kg_ner = found
        return doc

    return ner
