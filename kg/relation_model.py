"""A statistical relation classifier as the spaCy component ``kg_relation_model``.

The patterns of ``kg.relations`` state a fact only where the sentence has one of
their forms. This component looks at the pairs of companies that they left
unrelated: two mentions in one sentence, at most ``max_gap`` characters apart,
and asks a text classifier which relations the words around them state. The
classifier sees the pair's context with the two names replaced by placeholders
(``pair_text``), so it learns the wording, not the names. It is a spaCy
``textcat_multilabel`` pipeline of its own, trained on FinRE by
``scripts/train_relations.py`` (models/rel_finre).

A label is kept only where its probability reaches ``min_score`` and the
context holds a trigger word of that relation, taken from the patterns
themselves (``kg.relations.TRIGGERS``); its probability is the fact's confidence.
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .entities import doc_text
from .relations import SIGN_OBJECT, TRIGGERS, Facts, mentions_of, sentences

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "rel_finre"
if not MODEL_PATH.exists():  # installed as a package: models/ is kg/models/
    MODEL_PATH = Path(__file__).resolve().parent / "models" / "rel_finre"
FIRST, SECOND = "Ａ", "Ｂ"
CONTEXT = 6
# label → (relation, whether the second name is the head)
LABELS = {
    "coop": ("partners_with", False),
    "acq_fwd": ("acquires", False), "acq_rev": ("acquires", True),
    "inv_fwd": ("invests_in", False), "inv_rev": ("invests_in", True),
    "own_fwd": ("part_of", True), "own_rev": ("part_of", False),
    "found_fwd": ("founds", False), "found_rev": ("founds", True),
}


def pair_text(text: str, first: tuple[int, int], second: tuple[int, int]) -> str:
    """The context of two mentions (``first`` before ``second``) with their names replaced.

    >>> pair_text("据悉，甲公司拟收购乙公司全部股权。", (3, 6), (9, 12))
    '据悉，Ａ拟收购Ｂ全部股权。'
    """
    return (text[max(0, first[0] - CONTEXT):first[0]] + FIRST + text[first[1]:second[0]] + SECOND
            + text[second[1]:second[1] + CONTEXT])


@Language.factory("kg_relation_model", default_config={"model": None, "min_score": 0.4, "max_gap": 40,
                                                        "types": ["COMPANY"]})
def make_relation_model(nlp: Language, name: str, model: str | None, min_score: float, max_gap: int,
                        types: list[str]):
    """Facts the classifier at ``model`` (default: models/rel_finre) finds between the
    unrelated pairs of ``types`` that ``kg_relations`` left; appended to ``doc._.kg_facts``."""
    classifier = None  # loaded on first use: the component is off in the default pipeline

    def relation_model(doc: Doc) -> Doc:
        nonlocal classifier
        related = {frozenset((f.head, f.tail)) for f in doc._.kg_facts or []}
        text = doc_text(doc)
        pairs = []
        for sent in sentences(doc, mentions_of(doc)):
            ms = [m for m in sent.outer if m.type in types]
            for i, a in enumerate(ms):
                for b in ms[i + 1:]:
                    if a.id != b.id and frozenset((a.id, b.id)) not in related and 0 <= b.start - a.end <= max_gap:
                        pairs.append((sent, a, b))
        if not pairs:
            return doc
        classifier = classifier or spacy.load(model or MODEL_PATH)
        added = Facts(doc)
        for (sent, a, b), scored in zip(pairs, classifier.pipe(pair_text(text, (a.start, a.end), (b.start, b.end))
                                                               for _, a, b in pairs)):
            for label, score in scored.cats.items():
                relation, reverse = LABELS[label]
                if score < min_score or not TRIGGERS[relation].search(scored.text):
                    continue
                if relation == "partners_with" and TRIGGERS["signs_agreement_with"].search(scored.text) \
                        and SIGN_OBJECT.search(scored.text):
                    relation = "signs_agreement_with"
                head, tail = (b, a) if reverse else (a, b)
                added.add(head, relation, tail, sent, score)
        doc._.kg_facts = (doc._.kg_facts or []) + list(added.found.values())
        return doc

    return relation_model
