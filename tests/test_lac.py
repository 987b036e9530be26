"""The LAC tokenizer (kg.lac): sentences of different lengths tagged together, padded."""
from __future__ import annotations

from kg.lac import lac_model
from kg.pipeline import default_nlp

TEXTS = ["工业和信息化部会同国家发展改革委印发《京津冀产业协同发展实施方案》。",
         "", "阿里云与MongoDB签署战略合作协议", "腾讯",
         "百度发布文心一言；" * 30]  # longer than one model call: split into sentences


def test_padded_sentences_are_tagged_as_alone():
    sentences = [s for s in TEXTS if s]
    assert lac_model().tag(sentences) == [lac_model().tag([s])[0] for s in sentences]
    assert ("国家发展改革委", "ORG") in lac_model().tag(sentences[:1])[0]


def test_the_tokenizers_pipe_gives_the_documents_it_gives_one_by_one():
    tokenizer = default_nlp().tokenizer
    piped = [[(t.text, t.tag_) for t in doc] for doc in tokenizer.pipe(TEXTS, batch_size=3)]
    assert piped == [[(t.text, t.tag_) for t in tokenizer(text)] for text in TEXTS]
    assert piped[1] == [] and ("腾讯", "ORG") in piped[3]
